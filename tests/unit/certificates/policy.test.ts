// The administration's policy file: read when there is one, validated strictly, and when it is
// bad the app still starts, ignores it, and says which file and what is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeKey,
  findPolicyFile,
  MAX_POLICY_BYTES,
  openPolicyService,
  policyInitialLanguage,
} from '../../../electron/services/policy/policyService';
import { createHandlers } from '../../../electron/services/api/handlers';
import { useTempDirs } from '../tempDirs';
import { completeCourse, COURSE_ID, openServices, POLICY_FIXTURE } from './setup';

const tempDir = useTempDirs('academy-policy-');
const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

function policyFile(name: string, text: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('policy file: valid', () => {
  it('reads every field from YAML', () => {
    const file = policyFile(
      'academy-policy.yaml',
      [
        '# Set by the IT department',
        'organisationName: Direction générale des douanes',
        'languages: [fr, en]',
        'defaultLanguage: fr',
        `certificateKey: ${HEX_KEY}`,
        'profiles:',
        '  pinRequired: true',
        '  trainerProfiles: pin',
        'dataFolder: /srv/academy-data',
        'learnersMayImportProgress: false',
        'packs:',
        '  requireSignature: true',
        '  publicKeys: ["MCowBQYDK2VwAyEA0lFNwmUeEHTgHZaVIW09U7wK8lbnc1lMhM4U5qAmC1k="]',
        '  order: [national-module]',
        'lrs:',
        '  endpoint: https://lrs.example.org/xapi/',
        '  username: academy',
        '  password: "s3cret"',
      ].join('\n'),
    );
    const service = openPolicyService(file);
    expect(service.problem).toBeUndefined();
    expect(service.file).toBe(file);
    expect(service.policy).toEqual({
      organisationName: 'Direction générale des douanes',
      languages: ['fr', 'en'],
      defaultLanguage: 'fr',
      certificateKey: Buffer.from(HEX_KEY, 'hex'),
      profiles: { pinRequired: true, trainerProfiles: 'pin' },
      dataFolder: '/srv/academy-data',
      learnersMayImportProgress: false,
      packs: { requireSignature: true, publicKeys: ['MCowBQYDK2VwAyEA0lFNwmUeEHTgHZaVIW09U7wK8lbnc1lMhM4U5qAmC1k='], order: ['national-module'] },
      lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'academy', password: 's3cret' },
    });
  });

  it('reads JSON, with a base64 key; every field is optional', () => {
    const key = Buffer.alloc(24, 7);
    const file = policyFile('academy-policy.json', JSON.stringify({ organisationName: 'Customs Service', certificateKey: key.toString('base64') }));
    expect(openPolicyService(file).policy).toEqual({ organisationName: 'Customs Service', certificateKey: key });
    expect(openPolicyService(policyFile('p.json', '{}'))).toMatchObject({ policy: {}, problem: undefined });
  });

  it('no policy file is no policy, and no notice', () => {
    const s = openServices(tempDir());
    expect(s.policy).toEqual({ policy: {}, file: undefined, problems: [], problem: undefined });
    expect(s.notices.list().filter((n) => n.id.startsWith('policy'))).toEqual([]);
  });

  it('decodeKey reads hex and base64, and nothing else', () => {
    expect(decodeKey('0a0B')).toEqual(Buffer.from([10, 11]));
    expect(decodeKey('AQID')).toEqual(Buffer.from([1, 2, 3]));
    expect(decodeKey('_-8')).toEqual(Buffer.from([0xff, 0xef]));
    expect(decodeKey('abc')).toBeUndefined(); // odd number of hex digits
    expect(decodeKey('not a key!')).toBeUndefined();
  });
});

describe('policy file: bad ones are ignored, with the file and the problem named', () => {
  const cases: { name: string; file: string; text: string | Buffer; problem: RegExp }[] = [
    { name: 'malformed YAML', file: 'p.yaml', text: 'organisationName: [unclosed\n', problem: /p\.yaml:\d+: malformed YAML/ },
    { name: 'malformed JSON', file: 'p.json', text: '{"organisationName": "X",}', problem: /p\.json:1: it is not valid JSON/ },
    { name: 'an unknown field (a typo)', file: 'p.yaml', text: 'organisationName: X\norganizationName: Y\n', problem: /p\.yaml:2: unknown field "organizationName"/ },
    { name: 'a short key', file: 'p.yaml', text: 'certificateKey: "00112233aabb"\n', problem: /p\.yaml:1: "certificateKey" must be at least 16 bytes/ },
    { name: 'a key YAML reads as a number', file: 'p.yaml', text: 'certificateKey: 00112233445566778899001122334455\n', problem: /"certificateKey" must be text: put the key in quotes/ },
    { name: 'a key that is not hex or base64', file: 'p.yaml', text: 'certificateKey: "this is my secret key!"\n', problem: /"certificateKey" must be hexadecimal or base64/ },
    { name: 'a language the app lacks', file: 'p.yaml', text: 'languages: [fr, de]\n', problem: /p\.yaml:1: "languages\[1\]" must be a language of the app \(en, fr\)/ },
    { name: 'a default language not offered', file: 'p.yaml', text: 'languages: [fr]\ndefaultLanguage: en\n', problem: /p\.yaml:2: "defaultLanguage" must be one of "languages"/ },
    { name: 'an organisation in a script certificates cannot print', file: 'p.yaml', text: 'organisationName: 海关总署\n', problem: /"organisationName" holds characters a certificate cannot print: 海/ },
    { name: 'a prototype-polluting key', file: 'p.json', text: '{"__proto__": {"organisationName": "X"}}', problem: /p\.json:1: unknown field "__proto__"/ },
    { name: 'options, which the policy no longer has', file: 'p.yaml', text: 'options: {}\n', problem: /p\.yaml:1: unknown field "options"/ },
    { name: 'a relative data folder', file: 'p.yaml', text: 'dataFolder: data/academy\n', problem: /p\.yaml:1: "dataFolder" must be an absolute path/ },
    { name: 'a yes/no field given as text', file: 'p.yaml', text: 'learnersMayImportProgress: "no"\n', problem: /p\.yaml:1: "learnersMayImportProgress" must be true or false/ },
    { name: 'a trainer-profile rule not in the list', file: 'p.yaml', text: 'profiles:\n  trainerProfiles: sometimes\n', problem: /p\.yaml:2: "profiles.trainerProfiles" must be one of: allowed, pin, forbidden/ },
    { name: 'signatures required without a key', file: 'p.yaml', text: 'packs:\n  requireSignature: true\n', problem: /p\.yaml:2: "packs.publicKeys" must hold at least one key/ },
    { name: 'an LRS without its password', file: 'p.yaml', text: 'lrs:\n  endpoint: ftp://lrs.example.org/\n  username: a\n', problem: /p\.yaml:2: "lrs.endpoint" must be an http or https address\n.*p\.yaml:2: "lrs.password" is required/ },
    { name: 'not a mapping', file: 'p.yaml', text: '- a\n- b\n', problem: /p\.yaml:1: the file must hold fields/ },
    { name: 'an empty file', file: 'p.yaml', text: '  \n', problem: /p\.yaml: it is empty/ },
    { name: 'not UTF-8', file: 'p.yaml', text: Buffer.from([0x6f, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), problem: /p\.yaml: it is not UTF-8 text/ },
    { name: 'a huge file', file: 'p.yaml', text: `# ${'x'.repeat(MAX_POLICY_BYTES)}\n`, problem: /p\.yaml: it is too large/ },
  ];
  it.each(cases)('$name', ({ file, text, problem }) => {
    const service = openPolicyService(policyFile(file, text));
    expect(service.policy).toEqual({});
    expect(service.problem).toMatch(problem);
  });

  it('a missing file or a folder is reported too', () => {
    const dir = tempDir();
    expect(openPolicyService(path.join(dir, 'nope.yaml')).problem).toMatch(/nope\.yaml: the file was not found$/);
    expect(openPolicyService(dir).problem).toMatch(/it is not a file$/);
  });

  it('the app starts anyway, shows one short notice, logs the problems, and uses no part of the policy', async () => {
    const file = policyFile('academy-policy.yaml', `organisationName: Customs\ncertificateKey: ${HEX_KEY}\nlanguage: fr\n`);
    const dataDir = tempDir();
    const s = openServices(dataDir, { policyFile: file });
    const notice = s.notices.list().find((n) => n.id === 'policy-ignored');
    expect(s.policy.problem).toBe(`${file}:3: unknown field "language"`);
    // The learner gets one short sentence, without the file, the line or the problem.
    expect(notice).toEqual({ id: 'policy-ignored', key: 'admin.notice.policyIgnored' });
    // Whoever supports the PC finds the detail in the data folder's log.
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'policy.log'), 'utf8');
    expect(log).toContain(`Policy file ${file} ignored: the app runs with its defaults. Problems found: 1.`);
    expect(log).toContain(`  ${file}:3: unknown field "language"`);
    // Not even the valid fields: the organisation is not printed, the installation's own key is used.
    expect(s.policy.policy).toEqual({});
    expect(fs.existsSync(path.join(dataDir, 'installation-key.json'))).toBe(true);
    completeCourse(s);
    const view = await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana Silva' });
    expect(view.eligible && view.details.organisation).toBe(undefined);
    // And the app answers as usual.
    const handlers = createHandlers(s, () => true);
    expect((await handlers.getSettings('app://academy/', null)).ok).toBe(true);
    expect((await handlers.getNotices('app://academy/', null)).ok).toBe(true);
  });
});

describe('policy in force', () => {
  it('its key wins over the installation key: two PCs with the same policy give the same code', async () => {
    const codes = [];
    for (const policyFileOption of [POLICY_FIXTURE, POLICY_FIXTURE, undefined, undefined]) {
      const dataDir = tempDir();
      const s = openServices(dataDir, { policyFile: policyFileOption });
      completeCourse(s);
      const view = await s.certificates.get({ packId: COURSE_ID, lang: 'en', name: 'Ana Silva' });
      if (!view.eligible || !view.issued) throw new Error('expected a certificate');
      // Same facts on every PC: the same day and hours, so only the key can differ.
      codes.push({ code: view.issued.code, facts: JSON.stringify({ ...view.details, date: '' }) });
      expect(fs.existsSync(path.join(dataDir, 'installation-key.json'))).toBe(policyFileOption === undefined);
      await s.close();
    }
    const [a, b, c, d] = codes;
    expect(a!.code).toBe(b!.code);
    expect(c!.code).not.toBe(a!.code);
    expect(d!.code).not.toBe(c!.code); // each installation makes its own key
  });

  it('its organisation is on the certificate, and verification says it used the policy key', async () => {
    const s = openServices(tempDir(), { policyFile: POLICY_FIXTURE });
    completeCourse(s);
    const view = await s.certificates.get({ packId: COURSE_ID, lang: 'fr', name: 'Ana Silva' });
    if (!view.eligible || !view.issued) throw new Error('expected a certificate');
    expect(view.details.organisation).toBe('Direction générale des douanes de Ruritanie');
    expect(s.certificates.verify({ details: view.details, code: view.issued.code })).toEqual({ valid: true, keySource: 'policy' });
  });

  it('its languages decide the language of a first start', () => {
    expect(policyInitialLanguage({ defaultLanguage: 'fr' }, 'en')).toBe('fr');
    expect(policyInitialLanguage({ languages: ['fr'] }, 'en')).toBe('fr');
    expect(policyInitialLanguage({ languages: ['fr', 'en'] }, 'en')).toBe('en');
    expect(policyInitialLanguage({}, 'en')).toBe('en');
    const file = policyFile('p.yaml', 'defaultLanguage: fr\n');
    expect(openServices(tempDir(), { policyFile: file, initialLanguage: 'en' }).settings.get().language).toBe('fr');
  });

  it('findPolicyFile: next to the executable first, then the resources folder; YAML before JSON', () => {
    const exeDir = tempDir();
    const resources = tempDir();
    expect(findPolicyFile([exeDir, resources])).toBeUndefined();
    fs.writeFileSync(path.join(resources, 'academy-policy.json'), '{}');
    expect(findPolicyFile([exeDir, resources])).toBe(path.join(resources, 'academy-policy.json'));
    fs.writeFileSync(path.join(exeDir, 'academy-policy.json'), '{}');
    fs.writeFileSync(path.join(exeDir, 'academy-policy.yaml'), '');
    expect(findPolicyFile([exeDir, resources])).toBe(path.join(exeDir, 'academy-policy.yaml'));
  });
});
