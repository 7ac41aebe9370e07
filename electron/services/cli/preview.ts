// `npm run preview [-- --data DIR] [--port N] [--content DIR] [--policy FILE] [--preload-packs DIR]`: the app in a
// browser, with real services on a temporary (or given) data directory. Used where Electron
// cannot run, and by browser e2e. --policy reads an administration's policy file; --preload-packs
// installs the .academypack files of a folder once, as the desktop app does from its system folder.
// --pack-cache DIR keeps loaded packs on disk for the next preview (the browser tests start one
// per test; see usePackDiskCache): the folder is tied to this very build of the preview.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPreviewServer } from '../preview/previewServer';
import { repoPath } from './repoRoot';
import { resolveDataFolder } from '../policy/dataFolder';
import { POLICY_LOG } from '../policy/policyLog';
import { openPolicyService } from '../policy/policyService';
import { usePackDiskCache } from '../content/packCache';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '4178' },
    content: { type: 'string', multiple: true, default: [] },
    policy: { type: 'string' },
    'preload-packs': { type: 'string', multiple: true, default: [] },
    'pack-cache': { type: 'string' },
  },
});

if (values['pack-cache']) {
  // This file's own bytes: the bundled preview holds all of our code, so any change to how packs load changes it.
  const self = fileURLToPath(import.meta.url);
  usePackDiskCache(path.resolve(values['pack-cache']), createHash('sha256').update(fs.readFileSync(self)).digest('hex'));
}

const rendererDir = repoPath('out/renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`No built renderer in ${rendererDir}: run "npm run build:renderer" first (npm run preview does it).`);
  process.exit(1);
}
// The data folder as the desktop app picks it: --data, else the policy's dataFolder, else a
// temporary folder (the desktop app's default is its per-user folder).
const policy = openPolicyService(values.policy ? path.resolve(values.policy) : undefined);
const dataFolder = resolveDataFolder({
  explicit: values.data ? path.resolve(values.data) : undefined,
  policy: policy.policy,
  defaultDir: () => fs.mkdtempSync(path.join(os.tmpdir(), 'academy-data-')),
});
const dataDir = dataFolder.dir;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}

const server = await startPreviewServer({
  rendererDir,
  contentRoots: [repoPath('content'), ...values.content.map((c) => path.resolve(c))],
  dataDir,
  port,
  policy,
  ...(dataFolder.problem && { dataFolderProblem: dataFolder.problem }),
  preloadPackDirs: values['preload-packs'].map((d) => path.resolve(d)),
  onOpenExternal: (url) => console.log(`(preview) would open in the system browser: ${url}`),
});
console.log(`Customs E-Commerce Academy preview: ${server.url}`);
console.log(`Learner data: ${dataDir}`);
if (policy.file) console.log(policy.problem ? `Policy ignored (details in ${path.join(dataDir, POLICY_LOG)}):\n${policy.problem}` : `Policy: ${policy.file}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
