// `npm run handouts -- <module> --lang en|fr --out <folder> [--pack <id>] [--content <dir>]`
// Writes a module's four PDFs (lesson handout, job aid, quiz sheet, facilitator guide with the
// answer key) into a folder. Exit 0 when written, 1 when the module is not found, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { UI_LANGUAGES } from '../../../src/core/i18n/languages';
import { loadContentLibrary } from '../content/contentLibrary';
import { openHandoutService } from '../handouts/handoutService';
import { repoPath } from './repoRoot';
import { parseCli, usageExit } from './cliArgs';

const USAGE = 'Usage: npm run handouts -- <module> --lang <en|fr> --out <folder> [--pack <pack id>] [--content <folder of packs>]';

const usage: (message: string) => never = usageExit(USAGE);
const { values, positionals } = parseCli(usage, { lang: { type: 'string' }, out: { type: 'string' }, pack: { type: 'string' }, content: { type: 'string', multiple: true } });
if (positionals.length !== 1) usage(positionals.length === 0 ? 'missing the module id' : `unexpected argument "${positionals[1]}"`);
const moduleId = positionals[0]!;
const lang = values.lang;
if (!lang || !(UI_LANGUAGES as readonly string[]).includes(lang)) usage(`--lang must be one of ${UI_LANGUAGES.join(', ')}`);
if (!values.out) usage('missing --out <folder>');

const library = loadContentLibrary([repoPath('content'), ...(values.content ?? []).map((d) => path.resolve(d))]);
const packs = library.catalog(lang).packs.filter((p) => (values.pack ? p.id === values.pack : true) && p.modules.some((m) => m.id === moduleId));
if (packs.length === 0) {
  console.error(`No module "${moduleId}"${values.pack ? ` in the pack "${values.pack}"` : ' in any pack'}.`);
  process.exit(1);
}
if (packs.length > 1) usage(`the module "${moduleId}" is in several packs (${packs.map((p) => p.id).join(', ')}): choose one with --pack`);

const out = path.resolve(values.out);
fs.mkdirSync(out, { recursive: true });
const started = performance.now();
const files = await openHandoutService(library).makeAll({ packId: packs[0]!.id, moduleId, lang });
for (const f of files) {
  fs.writeFileSync(path.join(out, f.fileName), f.bytes);
  console.log(`${path.join(path.relative(process.cwd(), out) || '.', f.fileName)}  ${Math.round(f.bytes.length / 1024)} KB`);
}
console.log(`Wrote ${files.length} PDFs for "${moduleId}" (${lang}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
