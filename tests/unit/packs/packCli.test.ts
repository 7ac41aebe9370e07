// `npm run pack`, run for real (tsx, from the repository root) as an administration would:
// new → build → verify → install, unsigned and signed, and the signature policy refusing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../tempDirs';

const REPO = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const TIMEOUT = 120_000;
const tempDir = useTempDirs('academy-pack-cli-');

function pack(...args: string[]) {
  const run = spawnSync(TSX, ['electron/services/cli/pack.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: TIMEOUT });
  if (run.error) throw run.error;
  return { status: run.status, out: run.stdout + run.stderr };
}

/** Every file under `dir` (relative path → content), to compare trees. */
function tree(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) Object.assign(out, tree(dir, child));
    else out[child] = fs.readFileSync(path.join(dir, child), 'utf8');
  }
  return out;
}

describe('npm run pack', () => {
  it('round-trips an unsigned pack: new, build, verify, install, and refuses the same version again', () => {
    const dir = tempDir();
    const src = path.join(dir, 'national');
    expect(pack('new', src, '--langs', 'en,fr').status).toBe(0);
    expect(fs.existsSync(path.join(src, 'modules/national/lessons/who-declares.fr.md'))).toBe(true);
    const file = path.join(dir, 'national.academypack');
    const built = pack('build', src, '--out', file);
    expect(built.out).toContain('not signed');
    expect(built.status).toBe(0);
    const verified = pack('verify', file);
    expect(verified.out).toMatch(/^ok: pack "national" 1\.0\.0 \(en, fr\), 6 file\(s\), not signed/m);
    const data = path.join(dir, 'data');
    const installed = pack('install', file, '--data', data);
    expect(installed.status, installed.out).toBe(0);
    expect(tree(path.join(data, 'packs/national'))).toEqual(tree(src));
    const again = pack('install', file, '--data', data);
    expect(again.status).toBe(1);
    expect(again.out).toContain('is not newer than the installed version 1.0.0');
  }, TIMEOUT * 2);

  it('round-trips a signed pack, and a policy that requires signatures refuses the unsigned one', () => {
    const dir = tempDir();
    const src = path.join(dir, 'signed-pack');
    expect(pack('new', src, '--langs', 'fr').status).toBe(0);
    const keygen = pack('keygen', '--out', path.join(dir, 'admin'));
    expect(keygen.status).toBe(0);
    const publicKey = fs.readFileSync(path.join(dir, 'admin.pub'), 'utf8').trim();
    expect(keygen.out).toContain(publicKey);
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, `packs:\n  requireSignature: true\n  publicKeys: ["${publicKey}"]\n`);

    const signed = path.join(dir, 'signed.academypack');
    const unsigned = path.join(dir, 'unsigned.academypack');
    expect(pack('build', src, '--out', signed, '--key', path.join(dir, 'admin.key')).status).toBe(0);
    expect(pack('build', src, '--out', unsigned).status).toBe(0);

    const ok = pack('verify', signed, '--policy', policy);
    expect(ok.out).toContain('signature verified');
    const refused = pack('verify', unsigned, '--policy', policy);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('accepts signed packs only');

    // Another administration's key: the signature is there but not theirs.
    pack('keygen', '--out', path.join(dir, 'other'));
    const other = path.join(dir, 'other-policy.yaml');
    fs.writeFileSync(other, `packs:\n  requireSignature: true\n  publicKeys: ["${fs.readFileSync(path.join(dir, 'other.pub'), 'utf8').trim()}"]\n`);
    expect(pack('verify', signed, '--policy', other).out).toContain('does not match any key');

    const data = path.join(dir, 'data');
    const installed = pack('install', signed, '--data', data, '--policy', policy);
    expect(installed.status, installed.out).toBe(0);
    expect(tree(path.join(data, 'packs/signed-pack'))).toEqual(tree(src));
  }, TIMEOUT * 4);

  it('build refuses a pack content:check refuses, printing file:line, and writes no archive', () => {
    const dir = tempDir();
    const src = path.join(dir, 'broken');
    pack('new', src, '--langs', 'en');
    fs.writeFileSync(path.join(src, 'modules/national/module.yaml'), 'id: national\ntitle:\n  en: X\nlessons: []\n');
    const out = path.join(dir, 'broken.academypack');
    const run = pack('build', src, '--out', out);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/modules\/national\/module\.yaml:\d+: /);
    expect(fs.existsSync(out)).toBe(false);
  }, TIMEOUT);
});
