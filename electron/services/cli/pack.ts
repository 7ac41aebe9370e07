// `npm run pack -- <command>`: content packs that travel (.academypack).
//   new <dir> --langs en,fr [--id ID]     scaffolds a pack that passes content:check
//   build <dir> --out <file> [--key <private key file>]
//   keygen --out <prefix>                 <prefix>.key (private, PEM) and <prefix>.pub (base64)
//   verify <file> [--policy FILE]         every check of an install, nothing installed
//   install <file> --data <dir> [--policy FILE]
// Exit 0 when done, 1 on a refused pack or content problems, 2 on bad usage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '../../../src/core/content/problems';
import { translate } from '../../../src/core/i18n/resources';
import { ID_PATTERN } from '../../../src/core/ids';
import { scaffoldPack } from '../../../src/core/packs/scaffold';
import { RequestError } from '../errors';
import { buildPackArchive } from '../packs/archiveWriter';
import { APP_VERSION } from '../packs/appVersion';
import { installPackArchive, packIdsIn, stagePackArchive, type InstallOptions } from '../packs/packInstaller';
import { generatePackKeyPair } from '../packs/packSigning';
import { openPolicyService } from '../policy/policyService';
import { repoPath } from './repoRoot';
import { parseCli, usageExit } from './cliArgs';

const USAGE = `Usage:
  npm run pack -- new <dir> --langs en,fr [--id <pack id>]
  npm run pack -- build <dir> --out <file.academypack> [--key <private key file>]
  npm run pack -- keygen --out <prefix>
  npm run pack -- verify <file.academypack> [--policy <policy file>]
  npm run pack -- install <file.academypack> --data <data folder> [--policy <policy file>]`;

const usage: (message: string) => never = usageExit(USAGE);
const { values, positionals } = parseCli(usage, { langs: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' }, policy: { type: 'string' }, data: { type: 'string' } });
const [command, target, ...extra] = positionals;
if (extra.length > 0) usage(`unexpected argument "${extra[0]}"`);

/** A refusal in the administrator's words (English on the command line). */
function refused(e: unknown): never {
  if (e instanceof RequestError) {
    console.log(`refused: ${translate('en', e.reason, e.params)}`);
    process.exit(1);
  }
  throw e;
}

function installOptions(dataDir: string): InstallOptions {
  const policy = openPolicyService(values.policy ? path.resolve(values.policy) : undefined);
  if (policy.problem) {
    console.log(`policy not usable: ${policy.problem}`);
    process.exit(1);
  }
  return { dataDir, appVersion: APP_VERSION, builtInIds: packIdsIn([repoPath('content')]), policy: policy.policy.packs ?? {}, log: (l) => console.log(l) };
}

if (command === 'new') {
  if (!target || !values.langs) usage('new needs <dir> and --langs');
  const dir = path.resolve(target);
  const id = values.id ?? path.basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '');
  if (!ID_PATTERN.test(id)) usage(`"${id}" is not a pack id (lowercase letters, digits and hyphens): give one with --id`);
  const langs = values.langs.split(',').map((l) => l.trim());
  if (langs.some((l) => !/^[a-z]{2}$/.test(l))) usage('--langs lists two-letter language codes, e.g. en,fr');
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    console.log(`${target} is not empty: choose a new or empty folder`);
    process.exit(1);
  }
  for (const [file, text] of Object.entries(scaffoldPack(id, langs))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text, { flag: 'wx' });
  }
  console.log(`New pack "${id}" (${langs.join(', ')}) in ${target}: edit it, then "npm run pack -- build ${target} --out ${id}.academypack".`);
} else if (command === 'build') {
  if (!target || !values.out) usage('build needs <dir> and --out');
  const privateKeyPem = values.key ? fs.readFileSync(path.resolve(values.key), 'utf8') : undefined;
  const result = await buildPackArchive(path.resolve(target), path.resolve(values.out), { minAppVersion: APP_VERSION, ...(privateKeyPem && { privateKeyPem }) });
  if (!result.ok) {
    for (const p of result.problems) console.log(formatProblem(target, p));
    console.log(`Not built: ${result.problems.length} problem(s).`);
    process.exit(1);
  }
  console.log(`Built ${values.out}: pack "${result.manifest.id}" ${result.manifest.version}, ${result.files} file(s), ${result.signed ? 'signed' : 'not signed'}.`);
} else if (command === 'keygen') {
  if (target || !values.out) usage('keygen needs --out <prefix>');
  const prefix = path.resolve(values.out);
  const pair = generatePackKeyPair();
  fs.writeFileSync(`${prefix}.key`, pair.privateKeyPem, { flag: 'wx', mode: 0o600 });
  fs.writeFileSync(`${prefix}.pub`, `${pair.publicKeyBase64}\n`, { flag: 'wx' });
  console.log(`Private key: ${values.out}.key (keep it secret: whoever has it can sign packs)`);
  console.log(`Public key for the policy file (packs.publicKeys):\n${pair.publicKeyBase64}`);
} else if (command === 'verify') {
  if (!target) usage('verify needs <file>');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-pack-verify-'));
  try {
    // refused() exits the process, which skips `finally`: the scratch folder goes first.
    const staged = await stagePackArchive(path.resolve(target), installOptions(scratch)).catch((e: unknown) => {
      fs.rmSync(scratch, { recursive: true, force: true });
      return refused(e);
    });
    staged.discard();
    const m = staged.manifest;
    console.log(`ok: pack "${m.id}" ${m.version} (${m.languages.join(', ')}), ${Object.keys(m.files).length} file(s), ${staged.signed ? 'signature verified' : 'not signed'}.`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
} else if (command === 'install') {
  if (!target || !values.data) usage('install needs <file> and --data');
  const dataDir = path.resolve(values.data);
  fs.mkdirSync(dataDir, { recursive: true });
  const done = await installPackArchive(path.resolve(target), installOptions(dataDir)).catch(refused);
  console.log(`Installed pack "${done.id}" ${done.version} in ${done.dir}${done.replaced ? ` (the previous version is kept in ${done.replaced})` : ''}.`);
} else {
  usage(command === undefined ? 'missing command: new, build, keygen, verify or install' : `unknown command "${command}"`);
}
