// Every UI string goes through i18next, in English and French. This fails when a key is
// missing in either locale, when code uses a key no locale has, or when a key is never used.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_PARTS, resources } from '../../../src/core/i18n/resources';

const en = resources.en.translation;
const fr = resources.fr.translation;

const repo = path.resolve(import.meta.dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

/** Scans code for string literals (possible keys), t('…') calls, and `prefix.${…}` templates. */
export function scanCode(sources: { file: string; text: string }[]) {
  const literals = new Set<string>();
  const tCalls: { file: string; key: string }[] = [];
  const dynamicPrefixes = new Set<string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/(['"])([a-zA-Z][\w]*(?:\.[\w]+)+)\1/g)) literals.add(m[2]!);
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) tCalls.push({ file, key: m[2]! });
    for (const m of text.matchAll(/`([a-zA-Z][\w]*(?:\.[\w]+)*\.)\$\{/g)) dynamicPrefixes.add(m[1]!);
  }
  return { literals, tCalls, dynamicPrefixes };
}

// A refusal names its message by a reason key: the first argument of a RequestError, a
// NotFoundError, a GIFT or pack problem, or any literal that looks like one ("errors.…", "….error.…").
const REASON_CALL = /\b(?:RequestError|NotFoundError|GiftSyntaxError|giftProblem|englishReason|problem|refusal|err|fail|formProblem)\(([^()]*?)(['"])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\2/g;
const REASON_LITERAL = /(['"])((?:[a-zA-Z]\w*\.)*(?:errors?|reason)\.[\w-]+(?:\.[\w-]+)*)\1/g;

/** Reason keys in code, each with the file that uses it. */
export function scanReasons(sources: { file: string; text: string }[]): { file: string; key: string }[] {
  const found = new Map<string, { file: string; key: string }>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(REASON_CALL)) found.set(`${file}|${m[3]}`, { file, key: m[3]! });
    for (const m of text.matchAll(REASON_LITERAL)) found.set(`${file}|${m[2]}`, { file, key: m[2]! });
  }
  return [...found.values()];
}

/** Reason keys with no text in one of the languages. */
export function untranslatedReasons(reasons: { file: string; key: string }[], locales: Record<string, Set<string>>): string[] {
  const has = (keys: Set<string>, k: string) => keys.has(k) || keys.has(`${k}_one`) || keys.has(`${k}_other`);
  return reasons.flatMap(({ file, key }) =>
    Object.entries(locales)
      .filter(([, keys]) => !has(keys, key))
      .map(([lang]) => `${path.relative(repo, file)}: ${key} has no ${lang} text`),
  );
}

export function checkKeys(localeKeys: Set<string>, code: ReturnType<typeof scanCode>) {
  const base = (k: string) => k.replace(PLURAL, '');
  const exists = (k: string) => localeKeys.has(k) || [...localeKeys].some((l) => PLURAL.test(l) && base(l) === k);
  const missing = code.tCalls.filter((c) => !exists(c.key)).map((c) => `${path.relative(repo, c.file)}: t('${c.key}')`);
  const unused = [...localeKeys].filter((k) => {
    const b = base(k);
    return !code.literals.has(b) && ![...code.dynamicPrefixes].some((p) => b.startsWith(p));
  });
  const deadPrefixes = [...code.dynamicPrefixes].filter((p) => ![...localeKeys].some((k) => k.startsWith(p)));
  return { missing, unused, deadPrefixes };
}

const enKeys = flatten(en);
const frKeys = flatten(fr);
const sources = [...sourceFiles(path.join(repo, 'src')), ...sourceFiles(path.join(repo, 'electron'))].map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const code = scanCode(sources);

describe('UI locales', () => {
  it('no top-level key is defined in two locale files of one language', () => {
    for (const [lang, parts] of Object.entries(LOCALE_PARTS)) {
      const tops = parts.flatMap((p) => Object.keys(p));
      expect(tops.filter((k, i) => tops.indexOf(k) !== i), `${lang}: keys in two files`).toEqual([]);
    }
  });

  it('English and French have exactly the same keys', () => {
    expect([...enKeys.keys()].filter((k) => !frKeys.has(k)), 'keys missing in French').toEqual([]);
    expect([...frKeys.keys()].filter((k) => !enKeys.has(k)), 'keys missing in English').toEqual([]);
  });

  it('no string is empty, and each key has the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of enKeys) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(frKeys.get(key)?.trim(), `fr ${key}`).not.toBe('');
      expect(placeholders(frKeys.get(key) ?? ''), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('French text uses a non-breaking space before : ; ? ! and %', () => {
    const bad = [...frKeys].filter(([, v]) => / [:;?!%]/.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(bad).toEqual([]);
  });

  it('every key used in code exists, and every key in the locales is used', () => {
    const { missing, unused, deadPrefixes } = checkKeys(new Set(enKeys.keys()), code);
    expect(missing, 'keys used in code but missing from the locales').toEqual([]);
    expect(unused, 'keys in the locales that no code uses').toEqual([]);
    expect(deadPrefixes, 'dynamic key prefixes that match no key').toEqual([]);
  });

  it('the check itself catches a missing and an unused key', () => {
    const fake = scanCode([{ file: path.join(repo, 'x.tsx'), text: "t('a.b'); t('a.c'); const k = `d.${x}`;" }]);
    const result = checkKeys(new Set(['a.b', 'z.unused', 'd.e_one', 'd.e_other']), fake);
    expect(result.missing).toEqual(["x.tsx: t('a.c')"]);
    expect(result.unused).toEqual(['z.unused']);
  });

  it('every refusal reason used in code has English and French text', () => {
    const reasons = scanReasons(sources);
    // The scan finds the reasons the services, the validator and the GIFT parser use.
    for (const known of ['errors.attemptsUsed', 'profiles.error.wrongPin', 'errors.gift.unclosedBlock', 'errors.pack.unknownTerm', 'errors.internal']) {
      expect(reasons.map((r) => r.key)).toContain(known);
    }
    expect(untranslatedReasons(reasons, { en: new Set(enKeys.keys()), fr: new Set(frKeys.keys()) })).toEqual([]);
  });

  it('the reason check itself catches a refusal with no translation', () => {
    const fake = scanReasons([
      { file: path.join(repo, 'x.ts'), text: "throw new RequestError('profiles.error.gone', { n: 1 }); problems.push(problem(f, 1, 'errors.pack.nope'));" },
    ]);
    const result = untranslatedReasons(fake, { en: new Set(['profiles.error.gone']), fr: new Set(['errors.pack.nope']) });
    expect(result).toEqual(['x.ts: profiles.error.gone has no fr text', 'x.ts: errors.pack.nope has no en text']);
  });
});
