// `npm run scorm -- export --pack <dir> --module <id> --lang en|fr --out <file.zip>`
// Packages one module of a pack as SCORM 1.2 for an LMS such as Moodle. Exit 0 when written,
// 1 when the pack or module cannot be packaged, 2 on bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../../src/core/content/problems';
import { translate } from '../../../src/core/i18n/resources';
import { loadPackDir } from '../content/packCache';
import { RequestError } from '../errors';
import { buildPlayer } from '../scorm/playerBundle';
import { buildScormPackage, writeScormZip } from '../scorm/scormExport';
import { repoPath } from './repoRoot';

const args = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  strict: false,
  options: { pack: { type: 'string' }, module: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
});
const { pack: packDir, module: moduleId, lang = 'en', out } = args.values as Record<string, string | undefined>;
const usage = (message?: string): never => {
  if (message) console.error(message);
  console.error(translate(lang, 'scorm.cli.usage'));
  process.exit(2);
};
if (args.positionals[0] !== 'export' || args.positionals.length !== 1) usage();
if (!packDir || !moduleId || !out) usage();
if (lang !== 'en' && lang !== 'fr') usage(`--lang: ${lang}`);

const loaded = loadPackDir(path.resolve(packDir!));
if (!loaded.pack) {
  for (const p of loaded.problems) console.error(formatProblem(packDir!, p));
  process.exit(1);
}
try {
  const player = await buildPlayer(repoPath());
  const { files, data } = buildScormPackage(loaded.pack, path.resolve(packDir!), moduleId!, lang, player);
  await writeScormZip(files, path.resolve(out!));
  console.log(
    translate(lang, 'scorm.cli.written', { file: out!, lessons: data.lessons.length, questions: data.quiz?.questions.length ?? 0, files: files.size }),
  );
} catch (e) {
  if (e instanceof RequestError) {
    console.error(translate(lang, e.reason, e.params as Record<string, string | number>));
    process.exit(1);
  }
  throw e;
}
