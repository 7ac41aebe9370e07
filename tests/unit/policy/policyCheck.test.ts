// `npm run policy -- check <file>`: every problem of a bad policy file, each with its line, in
// the administrator's language; exit 1 on problems, 0 with a one-line summary, 2 for a wrong
// command line. The last test runs the real command (tsx) as a process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOfLocale, runPolicyCli } from '../../../electron/services/policy/policyCheck';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-policy-check-');
const REPO = path.resolve(import.meta.dirname, '../../..');

/** Six problems on six lines (line 1 is a comment, line 6 is fine). */
const BAD_POLICY = [
  '# Ruritania customs: the policy for the training room',
  'languages: [fr, de]',
  'defaultLanguage: fr',
  'certificateKey: "00112233"',
  'profiles:',
  '  pinRequired: yes please',
  '  trainerProfiles: sometimes',
  'dataFolder: data/academy',
  'organizationName: Douanes',
  '',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('npm run policy -- check', () => {
  it('prints every problem with its line, in English by default, and exits 1', () => {
    const file = write('academy-policy.yaml', BAD_POLICY);
    const { code, lines } = runPolicyCli(['check', file], {});
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${file}:2: "languages[1]" must be a language of the app (en, fr)`,
      `${file}:4: "certificateKey" must be at least 16 bytes (32 hex digits or 24 base64 characters)`,
      `${file}:6: "profiles.pinRequired" must be true or false`,
      `${file}:7: "profiles.trainerProfiles" must be one of: allowed, pin, forbidden`,
      `${file}:8: "dataFolder" must be an absolute path (C:\\… or /…)`,
      `${file}:9: unknown field "organizationName"`,
      `${file}: problems found: 6. The app would ignore this file and run with its defaults.`,
    ]);
  });

  it('speaks French with --lang fr, or when the system’s locale is French', () => {
    const file = write('academy-policy.yaml', BAD_POLICY);
    const fr = runPolicyCli(['check', file, '--lang', 'fr'], { LANG: 'en_GB.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.lines).toHaveLength(7);
    // French typography: a non-breaking space inside « » and before a colon.
    expect(fr.lines[0]).toContain('«\u00a0languages[1]\u00a0»');
    const plain = fr.lines.map((l) => l.replaceAll('\u00a0', ' '));
    expect(plain[0]).toMatch(/:2: « languages\[1\] » doit être une langue de l’application \(en, fr\)$/);
    expect(plain[5]).toMatch(/:9: champ inconnu « organizationName »$/);
    expect(plain[6]).toMatch(/ : problèmes relevés : 6\. L’application ignorerait ce fichier/);
    expect(runPolicyCli(['check', file], { LANG: 'fr_CA.UTF-8' }).lines).toEqual(fr.lines);
    expect(languageOfLocale('fr_FR.UTF-8')).toBe('fr');
    expect(languageOfLocale('de_DE.UTF-8')).toBeUndefined();
    expect(languageOfLocale(undefined)).toBeUndefined();
  });

  it('a good file: exit 0 and one line naming the fields set', () => {
    const file = write('academy-policy.json', JSON.stringify({ organisationName: 'Customs', languages: ['fr'], learnersMayImportProgress: false }));
    expect(runPolicyCli(['check', file], {})).toEqual({
      code: 0,
      lines: [`${file}: no problem; the app will use this file (fields set: organisationName, languages, learnersMayImportProgress).`],
    });
  });

  it('a file that cannot be read at all is one problem without a line', () => {
    const missing = path.join(tempDir(), 'nope.yaml');
    const { code, lines } = runPolicyCli(['check', missing], {});
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${missing}: the file was not found`);
  });

  it('a wrong command line prints the usage and exits 2', () => {
    for (const argv of [[], ['check'], ['verify', 'x.yaml'], ['check', 'a.yaml', 'b.yaml'], ['check', 'a.yaml', '--lang', 'de'], ['check', 'a.yaml', '--nope']]) {
      expect(runPolicyCli(argv, {}), argv.join(' ')).toEqual({ code: 2, lines: ['Usage: npm run policy -- check <file> [--lang en|fr]'] });
    }
  });

  it('the real command exits non-zero and prints every problem', () => {
    const file = write('academy-policy.yaml', BAD_POLICY);
    const run = spawnSync(process.execPath, [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, 'electron/services/cli/policy.ts'), 'check', file], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n').map((l) => /:(\d+): /.exec(l)?.[1] ?? '-')).toEqual(['2', '4', '6', '7', '8', '9', '-']);
  }, 90_000);
});
