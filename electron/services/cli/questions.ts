// `npm run questions -- export --format gift --pack DIR --lang en --out FILE`
// `npm run questions -- import --format gift --in FILE --out DIR [--lang en] [--module ID]`
// Moves questions to and from Moodle (GIFT). Exit 0 when done, 1 on problems, 2 on bad usage.
import path from 'node:path';
import { exportPack, importGift, readGiftFile, writeGiftFile } from '../gift/giftService';
import { parseCli, usageExit } from './cliArgs';

const USAGE = `Usage:
  npm run questions -- export --format gift --pack <pack dir> --lang <en|fr> --out <file.gift>
  npm run questions -- import --format gift --in <file.gift> --out <pack dir> [--lang en] [--module <id>]`;

const usage: (message: string) => never = usageExit(USAGE);
const { values, positionals } = parseCli(usage, {
      format: { type: 'string' },
      pack: { type: 'string' },
      lang: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      module: { type: 'string' },
    });
const [command, ...extra] = positionals;
if (extra.length > 0) usage(`unexpected argument "${extra[0]}"`);
if (values.format !== 'gift') usage(values.format === undefined ? 'missing --format gift' : `unknown format "${values.format}" (known: gift)`);
const shown = (p: string) => path.relative(process.cwd(), path.resolve(p)) || '.';

if (command === 'export') {
  if (!values.pack || !values.lang || !values.out) usage('export needs --pack, --lang and --out');
  const result = exportPack(path.resolve(values.pack), values.lang);
  for (const p of result.problems) console.log(p.message);
  if (result.problems.length > 0) process.exit(1);
  writeGiftFile(values.out, result.text);
  console.log(`Exported ${result.exported} question(s) to ${shown(values.out)}.`);
  if (result.approximated.length > 0) {
    console.log('Written, but Moodle will treat these differently:');
    for (const a of result.approximated) for (const n of a.notes) console.log(`  ${a.ref} (${a.type}): ${n}`);
  }
  if (result.skipped.length > 0) {
    console.log(`Not exported (${result.skipped.length}): GIFT cannot express them:`);
    for (const s of result.skipped) console.log(`  ${s.ref} (${s.type}): ${s.reason}`);
  }
  process.exit(0);
} else if (command === 'import') {
  if (!values.in || !values.out) usage('import needs --in and --out');
  const file = readGiftFile(values.in);
  if (file.text === undefined) {
    console.log(file.problem);
    process.exit(1);
  }
  const result = importGift(file.text, values.out, values.lang ?? 'en', {
    sourceName: path.basename(values.in),
    ...(values.module !== undefined && { module: values.module }),
  });
  const from = shown(values.in);
  if (result.problems.length > 0) {
    for (const p of result.problems) console.log(`${from}: ${p.message}`);
    console.log(`Nothing imported: ${result.problems.length} problem(s). ${shown(values.out)} is unchanged.`);
    process.exit(1);
  }
  const total = result.quizzes.reduce((n, q) => n + q.questions, 0);
  console.log(`Imported ${total} question(s) into ${shown(values.out)}:`);
  for (const q of result.quizzes) console.log(`  ${q.file}: ${q.questions} question(s) ("${q.title}")`);
  if (result.warnings.length > 0) {
    console.log('Changed on the way in:');
    for (const w of result.warnings) console.log(`  ${from}: ${w}`);
  }
  if (result.skipped.length > 0) {
    console.log(`Not imported (${result.skipped.length}): no such question in the app:`);
    for (const s of result.skipped) console.log(`  ${from}: ${s}`);
  }
  process.exit(0);
} else {
  usage(command === undefined ? 'missing command: export or import' : `unknown command "${command}"`);
}
