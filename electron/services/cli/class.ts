// `npm run class -- report <folder of progress files> --out <folder> [--lang fr] [--pack DIR]`
//   Imports every .json file of the folder as one class and writes the roster, the trainees ×
//   modules table and the item analysis as CSV, and the PDF class summary. Prints one line per
//   rejected file with its reason, in the chosen language.
// `npm run class -- demo <folder> --trainees N [--seed S] [--attempts A] [--pack DIR]`
//   Writes N realistic, valid progress files (see src/core/classes/demo.ts).
// Exit 0 when done, 1 when the report found no valid file, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { loadContentLibrary } from '../content/contentLibrary';
import { repoPath } from './repoRoot';
import { writeClassReport, writeDemoFiles } from '../classes/classFolders';
import { parseCli, usageExit } from './cliArgs';

const USAGE = `Usage:
  npm run class -- report <folder of progress files> --out <folder> [--lang en|fr] [--pack <content folder>]
  npm run class -- demo <folder> --trainees <N> [--seed <S>] [--attempts <A>] [--pack <content folder>]`;

const usage: (message: string) => never = usageExit(USAGE);
const { values, positionals } = parseCli(usage, {
      out: { type: 'string' },
      lang: { type: 'string' },
      trainees: { type: 'string' },
      seed: { type: 'string' },
      attempts: { type: 'string' },
      pack: { type: 'string' },
    });
const [command, folder, ...extra] = positionals;
if (extra.length > 0) usage(`unexpected argument "${extra[0]}"`);
if (!folder) usage('missing the folder');
const wholeNumber = (name: string, text: string | undefined, min: number): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) usage(`--${name} must be a whole number of at least ${min}`);
  return Number(text);
};
const content = loadContentLibrary([values.pack ? path.resolve(values.pack) : repoPath('content')]);
const shown = (p: string) => path.relative(process.cwd(), path.resolve(p)) || '.';

if (command === 'demo') {
  const trainees = wholeNumber('trainees', values.trainees, 1);
  if (trainees === undefined) usage('demo needs --trainees');
  const seed = wholeNumber('seed', values.seed, 0) ?? 1;
  const attempts = wholeNumber('attempts', values.attempts, 1);
  const files = writeDemoFiles(content, path.resolve(folder), { count: trainees, seed, attempts });
  console.log(`Wrote ${files.length} progress file(s) to ${shown(folder)} (seed ${seed}).`);
  process.exit(0);
} else if (command === 'report') {
  if (!values.out) usage('report needs --out');
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr') usage(`unknown language "${lang}" (known: en, fr)`);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) usage(`${folder} is not a folder`);
  const started = performance.now();
  const report = await writeClassReport(content, path.resolve(folder), path.resolve(values.out), lang);
  for (const r of report.rejected) console.log(`${r.fileName}: ${r.message}`);
  console.log(`${report.trainees} trainee(s) from ${report.imported} file(s); ${report.rejected.length} file(s) rejected.`);
  for (const f of report.written) console.log(`  wrote ${shown(f)}`);
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
  process.exit(report.imported === 0 ? 1 : 0);
} else {
  usage(command ? `unknown command "${command}"` : 'missing the command');
}
