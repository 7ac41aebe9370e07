// `npm run content:check [-- PATH...]`: validates packs (default: every pack under content/)
// and prints each problem as `path:line: message`. Exit 1 on any problem.
import path from 'node:path';
import { loadPack } from '../../../src/core/content/loadPack';
import { formatProblem } from '../../../src/core/content/problems';
import { findPackDirs, readPackDir } from '../content/packReader';
import { repoPath } from './repoRoot';

const args = process.argv.slice(2).filter((a) => a !== '--');
const roots = args.length > 0 ? args.map((a) => path.resolve(a)) : [repoPath('content')];
const dirs = roots.flatMap((r) => {
  const found = findPackDirs(r);
  if (found.length === 0) console.log(`${path.relative(process.cwd(), r) || '.'}:1: no pack found (a pack folder holds a pack.yaml)`);
  return found;
});

let total = 0;
const started = performance.now();
for (const dir of dirs) {
  const { problems } = loadPack(readPackDir(dir));
  const shown = path.relative(process.cwd(), dir) || '.';
  for (const p of problems) console.log(formatProblem(shown, p));
  total += problems.length;
  if (problems.length === 0) console.log(`${shown}: ok`);
}
const ms = (performance.now() - started).toFixed(0);
console.log(`content:check: ${dirs.length} pack(s), ${total} problem(s), ${ms} ms`);
process.exit(total > 0 || dirs.length === 0 ? 1 : 0);
