// `npm run content:stats [-- --json] [-- PATH...]`: what each pack contains, per language.
// A pack that does not validate is reported with its problem count (run content:check for them).
import path from 'node:path';
import { loadPack } from '../../../src/core/content/loadPack';
import { formatStats, packStats, type PackStats } from '../../../src/core/content/stats';
import { findPackDirs, readPackDir } from '../content/packReader';
import { repoPath } from './repoRoot';

const args = process.argv.slice(2).filter((a) => a !== '--');
const json = args.includes('--json');
const paths = args.filter((a) => a !== '--json');
const roots = paths.length > 0 ? paths.map((a) => path.resolve(a)) : [repoPath('content')];

const out: (PackStats | { dir: string; problems: number })[] = [];
for (const dir of roots.flatMap((r) => findPackDirs(r))) {
  const { pack, problems } = loadPack(readPackDir(dir));
  const shown = path.relative(process.cwd(), dir) || '.';
  out.push(pack ? packStats(pack) : { dir: shown, problems: problems.length });
}
if (json) console.log(JSON.stringify(out, null, 2));
else for (const s of out) console.log('id' in s ? formatStats(s) : `${s.dir}: does not validate (${s.problems} problem(s)); run npm run content:check`);
process.exit(out.some((s) => !('id' in s)) || out.length === 0 ? 1 : 0);
