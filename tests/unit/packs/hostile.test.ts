// The hostile-pack corpus: archives built byte by byte to attack the installer. Each is
// installed into a real data folder (which already holds an installed pack and a learner
// file) and must be refused with its specific reason, leaving every byte of the folder as it was.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPack } from '../../../src/core/packs/scaffold';
import { RequestError } from '../../../electron/services/errors';
import { APP_VERSION } from '../../../electron/services/packs/appVersion';
import { installPackArchive, type InstallOptions, type PackSignaturePolicy } from '../../../electron/services/packs/packInstaller';
import { generatePackKeyPair, signManifest } from '../../../electron/services/packs/packSigning';
import { useTempDirs } from '../tempDirs';
import { rawZip, type RawEntry } from './rawZip';

const tempDir = useTempDirs('academy-hostile-');
const ADMIN = generatePackKeyPair();
const OTHER = generatePackKeyPair();
const SIGNED_POLICY: PackSignaturePolicy = { requireSignature: true, publicKeys: [ADMIN.publicKeyBase64] };

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const UNIX_MODE = (mode: number) => (mode << 16) >>> 0;

/** A sound pack's files, with the edits of a case applied. */
function packFiles(id = 'hostile-test', edit: (f: Record<string, string | Buffer>) => void = () => {}): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = scaffoldPack(id, ['en', 'fr']);
  edit(files);
  return files;
}

interface Built {
  files?: Record<string, string | Buffer>;
  /** Overrides of the manifest written (after the file list is computed from `files`). */
  manifest?: Record<string, unknown>;
  /** Files listed in the manifest (default: `files`). */
  listed?: Record<string, string | Buffer>;
  sign?: string;
  /** The manifest bytes as signed, when a case signs one and ships another. */
  signOther?: boolean;
  /** Extra raw entries, after the pack's. */
  extra?: RawEntry[];
  /** Replaces the pack's entries' options by name (without the pack/ prefix). */
  entry?: (name: string) => Partial<RawEntry> | undefined;
  noManifest?: boolean;
}

function archive(b: Built = {}): Buffer {
  const files = b.files ?? packFiles();
  const listed = b.listed ?? files;
  const manifest = {
    archiveFormat: 1,
    id: 'hostile-test',
    title: { en: 'Hostile', fr: 'Hostile' },
    version: '1.0.0',
    languages: ['en', 'fr'],
    minAppVersion: APP_VERSION,
    files: Object.fromEntries(Object.entries(listed).map(([f, t]) => [f, sha(t)])),
    ...b.manifest,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const entries: RawEntry[] = b.noManifest ? [] : [{ name: 'manifest.json', data: manifestBytes }];
  if (b.sign) {
    const signed = b.signOther ? Buffer.from(JSON.stringify({ ...manifest, version: '0.9.0' })) : manifestBytes;
    entries.push({ name: 'signature.ed25519', data: signManifest(signed, b.sign) });
  }
  for (const [name, data] of Object.entries(files)) entries.push({ name: `pack/${name}`, data, ...b.entry?.(name) });
  entries.push(...(b.extra ?? []));
  return rawZip(entries);
}

const LESSON = 'modules/national/lessons/who-declares.en.md';
const withLesson = (extra: string) => packFiles(undefined, (f) => (f[LESSON] = `${f[LESSON]}\n${extra}\n`));
const withSvg = (svg: string) =>
  packFiles(undefined, (f) => {
    f['media/flow.svg'] = svg;
    f[LESSON] = `${f[LESSON]}\n![Flow](media/flow.svg)\n`;
  });
const SVG = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attrs}>${inner}</svg>`;

interface Case {
  name: string;
  reason: string;
  bytes: () => Buffer;
  policy?: PackSignaturePolicy;
  limits?: InstallOptions['limits'];
}

const CASES: Case[] = [
  { name: 'zip-slip: pack/../../ escapes the data folder', reason: 'packs.error.zipSlip', bytes: () => archive({ extra: [{ name: 'pack/../../evil.yaml', data: 'x' }] }) },
  { name: 'zip-slip at the top level', reason: 'packs.error.zipSlip', bytes: () => archive({ extra: [{ name: '../outside.md', data: 'x' }] }) },
  { name: 'absolute Unix path', reason: 'packs.error.absolutePath', bytes: () => archive({ extra: [{ name: '/tmp/academy-evil.md', data: 'x' }] }) },
  { name: 'absolute Windows path', reason: 'packs.error.absolutePath', bytes: () => archive({ extra: [{ name: 'C:/Windows/evil.md', data: 'x' }] }) },
  { name: 'backslashes (a Windows ..\\ path)', reason: 'packs.error.badName', bytes: () => archive({ extra: [{ name: 'pack\\..\\..\\evil.md', data: 'x' }] }) },
  { name: 'Windows device name', reason: 'packs.error.badName', bytes: () => archive({ extra: [{ name: 'pack/media/con.png', data: 'x' }] }) },
  { name: 'symlink (Unix mode 120777)', reason: 'packs.error.link', bytes: () => archive({ extra: [{ name: 'pack/media/passwd.png', data: '/etc/passwd', externalAttrs: UNIX_MODE(0o120777) }] }) },
  { name: 'hard link / special file (FIFO mode)', reason: 'packs.error.link', bytes: () => archive({ extra: [{ name: 'pack/media/fifo.png', data: '', externalAttrs: UNIX_MODE(0o010644) }] }) },
  { name: 'Windows reparse point (junction)', reason: 'packs.error.link', bytes: () => archive({ extra: [{ name: 'pack/media/junction.png', data: 'x', madeBy: 0, externalAttrs: 0x400 }] }) },
  { name: 'duplicate entry names', reason: 'packs.error.duplicateEntry', bytes: () => archive({ extra: [{ name: 'pack/pack.yaml', data: 'id: other' }] }) },
  { name: 'names that differ only by case', reason: 'packs.error.caseCollision', bytes: () => archive({ extra: [{ name: 'pack/Pack.yaml', data: 'id: other' }] }) },
  { name: 'entry outside pack/', reason: 'packs.error.unexpectedEntry', bytes: () => archive({ extra: [{ name: 'autorun.md', data: 'x' }] }) },
  { name: 'encrypted entry', reason: 'packs.error.encrypted', bytes: () => archive({ entry: (n) => (n === 'pack.yaml' ? { flags: 0x801 } : undefined) }) },
  { name: 'entry over the per-entry size limit', reason: 'packs.error.entryTooLarge', bytes: () => archive({ extra: [{ name: 'pack/media/huge.png', data: Buffer.alloc(11 * 1024 * 1024, 7) }] }) },
  {
    name: 'zip bomb: 5 MB of zeros in a few kilobytes',
    reason: 'packs.error.zipBomb',
    bytes: () => archive({ extra: [{ name: 'pack/media/bomb.png', data: Buffer.alloc(5 * 1024 * 1024) }] }),
  },
  {
    // The real cap (200 MB) would need a 200 MB fixture; the same check runs with a 1 MB cap.
    name: 'total size cap: 3 entries of 400 kB over a 1 MB cap',
    reason: 'packs.error.totalTooLarge',
    limits: { totalBytes: 1024 * 1024 },
    bytes: () => archive({ extra: Array.from({ length: 3 }, (_, i) => ({ name: `pack/media/part-${i}.png`, data: randomBytes(400 * 1024), method: 0 as const })) }),
  },
  {
    name: 'an entry holding more than it declares',
    reason: 'packs.error.corrupt',
    bytes: () => archive({ entry: (n) => (n === 'pack.yaml' ? { declaredSize: 10 } : undefined) }),
  },
  { name: 'too many entries', reason: 'packs.error.tooManyEntries', bytes: () => archive({ extra: Array.from({ length: 2001 }, (_, i) => ({ name: `pack/media/d${i}/` })) }) },
  { name: 'nested archive by name', reason: 'packs.error.nestedArchive', bytes: () => archive({ extra: [{ name: 'pack/media/more.zip', data: 'x' }] }) },
  {
    name: 'nested archive disguised as a picture',
    reason: 'packs.error.nestedArchive',
    bytes: () => {
      const inner = rawZip([{ name: 'a.md', data: 'x' }]);
      return archive({ files: packFiles(undefined, (f) => (f['media/photo.png'] = inner)) });
    },
  },
  { name: 'a file not in the checksum list', reason: 'packs.error.fileNotListed', bytes: () => archive({ files: packFiles(undefined, (f) => (f['notes.md'] = '# hidden')), listed: packFiles() }) },
  {
    name: 'a listed file missing from the archive',
    reason: 'packs.error.fileMissing',
    bytes: () => archive({ listed: packFiles(undefined, (f) => (f['media/logo.png'] = 'png')) }),
  },
  { name: 'a file changed after the build (wrong checksum)', reason: 'packs.error.checksum', bytes: () => archive({ files: withLesson('Changed after signing.'), listed: packFiles() }) },
  { name: 'unsigned pack when the policy requires signatures', reason: 'packs.error.unsigned', policy: SIGNED_POLICY, bytes: () => archive() },
  { name: "signed with another administration's key", reason: 'packs.error.badSignature', policy: SIGNED_POLICY, bytes: () => archive({ sign: OTHER.privateKeyPem }) },
  { name: 'manifest changed after signing', reason: 'packs.error.badSignature', policy: SIGNED_POLICY, bytes: () => archive({ sign: ADMIN.privateKeyPem, signOther: true }) },
  { name: 'a signature that is not one', reason: 'packs.error.badSignature', policy: SIGNED_POLICY, bytes: () => archive({ extra: [{ name: 'signature.ed25519', data: 'not a signature' }] }) },
  { name: 'script tag in a lesson', reason: 'packs.error.lessonHtml', bytes: () => archive({ files: withLesson('<script>alert(1)</script>') }) },
  { name: 'HTML event handler in a lesson', reason: 'packs.error.lessonHtml', bytes: () => archive({ files: withLesson('<img src=x onerror="alert(1)">') }) },
  { name: 'javascript: link in a lesson', reason: 'packs.error.lessonHtml', bytes: () => archive({ files: withLesson('[Click](javascript:alert(1))') }) },
  { name: 'SVG with a script', reason: 'packs.error.svgScript', bytes: () => archive({ files: withSvg(SVG('<script>alert(1)</script>')) }) },
  { name: 'SVG with foreignObject', reason: 'packs.error.svgScript', bytes: () => archive({ files: withSvg(SVG('<foreignObject><div>x</div></foreignObject>')) }) },
  { name: 'SVG with an event handler', reason: 'packs.error.svgEventHandler', bytes: () => archive({ files: withSvg(SVG('<rect width="5" height="5"/>', ' onload="alert(1)"')) }) },
  { name: 'SVG with an external image', reason: 'packs.error.svgExternal', bytes: () => archive({ files: withSvg(SVG('<image href="https://tracker.example/p.png"/>')) }) },
  { name: 'SVG with an external entity', reason: 'packs.error.svgExternal', bytes: () => archive({ files: withSvg(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${SVG('<text>&x;</text>')}`) }) },
  { name: 'a file type packs may not hold', reason: 'packs.error.fileType', bytes: () => archive({ files: packFiles(undefined, (f) => (f['setup.exe'] = 'MZ')) }) },
  { name: 'a manifest for a newer app', reason: 'packs.error.newerApp', bytes: () => archive({ manifest: { minAppVersion: '99.0.0' } }) },
  {
    name: 'the id of the built-in course',
    reason: 'packs.error.builtInId',
    bytes: () => archive({ files: packFiles('wco-ecommerce'), manifest: { id: 'wco-ecommerce' } }),
  },
  {
    name: 'content:check problems (a lesson missing in French)',
    reason: 'packs.error.invalidPack',
    bytes: () => archive({ files: packFiles(undefined, (f) => delete f['modules/national/lessons/who-declares.fr.md']) }),
  },
  { name: 'manifest and pack.yaml disagree', reason: 'packs.error.manifestMismatch', bytes: () => archive({ manifest: { version: '1.0.1' } }) },
  { name: 'no manifest', reason: 'packs.error.noManifest', bytes: () => archive({ noManifest: true }) },
  { name: 'a manifest that is not JSON', reason: 'packs.error.badManifest', bytes: () => rawZip([{ name: 'manifest.json', data: '{ not json' }]) },
  {
    name: 'a manifest polluting the prototype',
    reason: 'packs.error.badManifest',
    bytes: () => rawZip([{ name: 'manifest.json', data: `{"archiveFormat":1,"id":"x","title":{"en":"x"},"version":"1.0.0","languages":["en"],"minAppVersion":"0.0.1","files":{"__proto__":"${'0'.repeat(64)}"}}` }]),
  },
  { name: 'not a zip at all', reason: 'packs.error.corrupt', bytes: () => Buffer.from('MZ this is an executable, not a pack') },
  { name: 'the installed version again (not newer)', reason: 'packs.error.notNewer', bytes: () => archive({ files: packFiles('installed-pack'), manifest: { id: 'installed-pack' } }) },
];

/** A hash of every file and folder under `dir`: names, kinds and contents. */
function snapshot(dir: string): string {
  const lines: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.posix.join(rel, d.name);
      if (d.isDirectory()) {
        lines.push(`d ${child}`);
        walk(child);
      } else lines.push(`${d.isSymbolicLink() ? 'l' : 'f'} ${child} ${sha(fs.readFileSync(path.join(dir, child)))}`);
    }
  };
  walk('');
  return sha(lines.join('\n'));
}

/** A data folder with an installed pack and a learner's file, as the app would have it. */
async function dataFolder(): Promise<{ dir: string; opts: (policy?: PackSignaturePolicy) => InstallOptions }> {
  const dir = tempDir();
  const opts = (policy?: PackSignaturePolicy): InstallOptions => ({ dataDir: dir, appVersion: APP_VERSION, builtInIds: ['wco-ecommerce'], ...(policy && { policy }) });
  fs.mkdirSync(path.join(dir, 'profiles/p1'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'profiles/p1/progress.json'), '{"schemaVersion":3}');
  const first = path.join(tempDir(), 'installed.academypack');
  fs.writeFileSync(first, archive({ files: packFiles('installed-pack'), manifest: { id: 'installed-pack' } }));
  await installPackArchive(first, opts());
  return { dir, opts };
}

describe('hostile pack corpus', () => {
  it('has at least 25 distinct attacks', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('the corpus builder makes installable packs when nothing is wrong (signed, under a signature policy)', async () => {
    const { dir, opts } = await dataFolder();
    const file = path.join(tempDir(), 'good.academypack');
    fs.writeFileSync(file, archive({ sign: ADMIN.privateKeyPem }));
    const done = await installPackArchive(file, opts(SIGNED_POLICY));
    expect(done.staged.signed).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'packs/hostile-test/pack.yaml'), 'utf8')).toContain('id: hostile-test');
  });

  for (const c of CASES) {
    it(`refuses ${c.name} (${c.reason}) and leaves the data folder byte-identical`, async () => {
      const { dir, opts } = await dataFolder();
      const file = path.join(tempDir(), 'hostile.academypack');
      fs.writeFileSync(file, c.bytes());
      const before = snapshot(dir);
      const error = await installPackArchive(file, { ...opts(c.policy), ...(c.limits && { limits: c.limits }) }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RequestError);
      expect((error as RequestError).reason).toBe(c.reason);
      expect(snapshot(dir)).toBe(before);
      expect(fs.existsSync('/tmp/academy-evil.md')).toBe(false);
    });
  }
});

// Keeps the import of generateKeyPairSync honest: the key pairs above are real Ed25519 keys.
it('uses real Ed25519 keys', () => {
  expect(() => generateKeyPairSync('ed25519')).not.toThrow();
  expect(Buffer.from(ADMIN.publicKeyBase64, 'base64')).toHaveLength(32);
});
