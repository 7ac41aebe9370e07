// The administrators' guide (assets/docs/administrators/guide.{en,fr}.md) documents every field
// of the policy schema, in both languages: a field added to the schema without its line in the
// guides fails here. It also names the places IT looks for on each system.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFieldPaths } from '../../../electron/services/policy/policyService';

const REPO = path.resolve(import.meta.dirname, '../../..');
const GUIDES = ['en', 'fr'].map((lang) => ({ lang, text: fs.readFileSync(path.join(REPO, `assets/docs/administrators/guide.${lang}.md`), 'utf8') }));

/** The fields the policy section's table names as `code` in its first column. */
function documentedFields(text: string): Set<string> {
  const section = /^## 6\..*$([\s\S]*?)^## /m.exec(text)?.[1] ?? text;
  return new Set([...section.matchAll(/^\| `([\w.]+)` \|/gm)].map((m) => m[1]!));
}

describe('administrators’ guide', () => {
  const fields = policyFieldPaths();

  it('the schema’s fields are found (the list the guides are checked against)', () => {
    expect(fields).toEqual(
      expect.arrayContaining(['organisationName', 'languages', 'defaultLanguage', 'certificateKey', 'profiles.pinRequired', 'profiles.trainerProfiles', 'dataFolder', 'learnersMayImportProgress', 'packs.requireSignature', 'packs.publicKeys', 'packs.order', 'lrs.endpoint', 'lrs.username', 'lrs.password', 'lrs.activityIriBase', 'lrs.homePage']),
    );
    expect(fields).not.toContain('options');
  });

  it.each(GUIDES)('$lang: every policy field has its row, and no row names a field the schema lacks', ({ text }) => {
    const documented = documentedFields(text);
    expect(fields.filter((f) => !documented.has(f))).toEqual([]);
    expect([...documented].filter((f) => !fields.includes(f))).toEqual([]);
  });

  it('the check itself sees a missing row', () => {
    expect(documentedFields('| `languages` | list |\n| `lrs.endpoint` | url |').has('dataFolder')).toBe(false);
  });

  it.each(GUIDES)('$lang: names the system-wide packs folders, the policy log, silent installs and the certificate key’s limit', ({ text }) => {
    for (const place of [
      '%ProgramData%\\CustomsEcommerceAcademy\\packs\\',
      '/Library/Application Support/CustomsEcommerceAcademy/packs/',
      '/etc/customs-ecommerce-academy/packs/',
      'resources/packs/',
      'logs/policy.log',
      '/S',
      'msiexec /i',
      '/qn',
      'apt-get install',
      '.AppImage',
      'hdiutil attach',
      'RunAsNode',
      'OnlyLoadAppFromAsar',
      'npm run policy -- check',
    ]) {
      expect(text, place).toContain(place);
    }
  });

  it('the README links to both guides', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('(assets/docs/administrators/guide.en.md)');
    expect(readme).toContain('(assets/docs/administrators/guide.fr.md)');
  });
});
