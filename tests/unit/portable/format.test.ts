// The portable progress file, as a specification: a round trip gives the record back, and every
// hostile or damaged file is refused with its own reason (checked before anything else is done).
import { describe, expect, it } from 'vitest';
import {
  statementsForFile,
  PORTABLE_STATEMENT_BYTES,
  buildPortableFile,
  canonicalJson,
  MAX_PORTABLE_BYTES,
  MAX_PORTABLE_DEPTH,
  parsePortableFile,
  portableHash,
  utf8Bytes,
  type PortableParse,
} from '../../../src/core/portable/format';
import { PROGRESS_SCHEMA_VERSION } from '../../../src/core/progress/model';
import { sampleBody, sha256 } from './sampleRecord';

const EXPORTED_AT = '2026-02-03T10:00:00.000Z';
const exported = (body = sampleBody(), learnerName?: string) => buildPortableFile(body, { exportedAt: EXPORTED_AT, learnerName, sha256 });
const parse = (text: string) => parsePortableFile(text, sha256);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit parsed JSON freely
type Editable = Record<string, any>;

/** The file as an object, changed by `edit`, with the hash recomputed unless `rehash` is false. */
function edited(edit: (file: Editable) => void, rehash = true): string {
  const file = JSON.parse(exported().text);
  edit(file);
  if (rehash) file.hash = portableHash(file.body, sha256);
  return JSON.stringify(file);
}

function rejection(result: PortableParse) {
  if (result.ok) throw new Error('expected a rejection, the file was accepted');
  return result;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and adds no white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('utf8Bytes', () => {
  it('counts UTF-8 bytes like Buffer does', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€\u0000', '\ud800x']) expect(utf8Bytes(s), s).toBe(Buffer.byteLength(s, 'utf8'));
  });
});

describe('portable progress file: round trip', () => {
  it('parses back to the same record, with the envelope fields', () => {
    const body = sampleBody(3);
    const { text, file } = exported(body, 'Awa Diallo');
    expect(file).toMatchObject({ format: 'cea-progress', version: 1, exportedAt: EXPORTED_AT, learner: { name: 'Awa Diallo' } });
    expect(file.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    const result = parse(text);
    if (!result.ok) throw new Error(`${result.reason}: ${result.details}`);
    expect(result.file.body).toEqual(body);
    expect(result.file.learner).toEqual({ name: 'Awa Diallo' });
    expect(result.file.hash).toBe(file.hash);
  });

  it('accepts the same file with its keys reordered and pretty-printed (the hash is over canonical JSON)', () => {
    const file = JSON.parse(exported().text);
    const reordered = { hash: file.hash, body: { studyTime: file.body.studyTime, progress: file.body.progress }, learner: {}, exportedAt: EXPORTED_AT, version: 1, format: 'cea-progress' };
    expect(parse(JSON.stringify(reordered, null, 2)).ok).toBe(true);
  });

  it('brings a record exported by an older app (progress schema 1) up to date', () => {
    const text = edited((f) => {
      f.body.progress.schemaVersion = 1;
      delete f.body.progress.review;
    });
    const result = parse(text);
    if (!result.ok) throw new Error(`${result.reason}: ${result.details}`);
    expect(result.file.body.progress.schemaVersion).toBe(PROGRESS_SCHEMA_VERSION);
    expect(result.file.body.progress.review).toEqual({ cards: {}, activeDays: [] });
  });
});

describe('portable progress file: rejections, each with its reason', () => {
  it('tampered body → hash-mismatch', () => {
    const text = edited((f) => {
      f.body.progress.attempts[0].score = 1;
      f.body.progress.attempts[0].passed = true;
    }, false);
    const r = rejection(parse(text));
    expect(r.reason).toBe('hash-mismatch');
    expect(r.details).toMatch(/changed or damaged/);
  });

  it('a hash of the wrong form → wrong-shape naming the hash field', () => {
    const r = rejection(parse(edited((f) => (f.hash = 'md5-abc'), false)));
    expect(r).toMatchObject({ reason: 'wrong-shape', params: { path: 'hash' } });
  });

  it('unknown version → unsupported-version, with the version', () => {
    const r = rejection(parse(edited((f) => (f.version = 2))));
    expect(r).toMatchObject({ reason: 'unsupported-version', params: { version: '2' } });
    expect(rejection(parse(edited((f) => delete f.version))).reason).toBe('unsupported-version');
  });

  it('another format, or a plain progress.json → unknown-format', () => {
    expect(rejection(parse(edited((f) => (f.format = 'moodle-backup')))).reason).toBe('unknown-format');
    expect(rejection(parse(JSON.stringify(sampleBody().progress))).reason).toBe('unknown-format');
    expect(rejection(parse('[1,2,3]')).reason).toBe('unknown-format');
    expect(rejection(parse('"cea-progress"')).reason).toBe('unknown-format');
  });

  it('too large → too-large, decided on the size alone, before parsing', () => {
    const big = ' '.repeat(MAX_PORTABLE_BYTES) + exported().text; // valid JSON, only too big
    const r = rejection(parse(big));
    expect(r.reason).toBe('too-large');
    expect(r.params).toEqual({ size: String(big.length), limit: String(MAX_PORTABLE_BYTES) });
    // Counted in UTF-8 bytes: multi-byte characters count for more than one.
    const wide = `"${'é'.repeat(MAX_PORTABLE_BYTES / 2)}"`;
    expect(rejection(parse(wide)).reason).toBe('too-large');
  });

  it('prototype-pollution keys anywhere → forbidden-key, naming the key and where it is', () => {
    const text = exported().text;
    const cases: [string, string, string][] = [
      [text.replace('"body":{', '"body":{"__proto__":{"polluted":true},'), '__proto__', 'body.__proto__'],
      [text.replace('"learner":{}', '"learner":{"constructor":{"prototype":{}}}'), 'constructor', 'learner.constructor'],
      [text.replace('"answers":{', '"answers":{"prototype":{"type":"single","option":"a"},'), 'prototype', 'body.progress.attempts.0.answers.prototype'],
      [`{"__proto__":{"isAdmin":true},${text.slice(1)}`, '__proto__', '__proto__'],
    ];
    for (const [hostile, key, path] of cases) {
      const r = rejection(parse(hostile));
      expect(r, path).toMatchObject({ reason: 'forbidden-key', params: { key, path } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a hostile nesting depth → too-deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(rejection(parse(deep)).reason).toBe('too-deep');
    const r = rejection(parse(edited((f) => (f.learner = { name: 'x', extra: JSON.parse(`${'['.repeat(MAX_PORTABLE_DEPTH + 1)}${']'.repeat(MAX_PORTABLE_DEPTH + 1)}`) }))));
    expect(r.reason).toBe('too-deep');
  });

  it('wrong shape → wrong-shape with the path of the first problem', () => {
    const cases: [(f: Editable) => void, string][] = [
      [(f) => (f.body.progress.attempts[0].score = 'high'), 'body.progress.attempts.0.score'],
      [(f) => (f.body.progress.lessons['wco-ecommerce/channels'].extra = 1), 'body.progress.lessons.wco-ecommerce/channels'],
      [(f) => (f.body.studyTime.lessons['wco-ecommerce/channels'] = -5), 'body.studyTime.lessons.wco-ecommerce/channels'],
      [(f) => delete f.body.studyTime, 'body.studyTime'],
      [(f) => (f.body.extra = {}), 'body'],
      [(f) => (f.learner = { name: 42 }), 'learner.name'],
      [(f) => (f.exportedAt = 'yesterday'), 'exportedAt'],
      [(f) => (f.signedBy = 'trainer'), '-'],
    ];
    for (const [edit, path] of cases) {
      const r = rejection(parse(edited(edit)));
      expect(r.reason, path).toBe('wrong-shape');
      expect(r.params.path, r.details).toBe(path);
    }
  });

  it('a record from a newer app → newer-app', () => {
    const r = rejection(parse(edited((f) => (f.body.progress.schemaVersion = PROGRESS_SCHEMA_VERSION + 1))));
    expect(r.reason).toBe('newer-app');
  });

  it('not JSON → not-json', () => {
    for (const text of ['', 'hello', '{"format":"cea-progress",', exported().text.slice(0, -1)]) {
      expect(rejection(parse(text)).reason, JSON.stringify(text.slice(0, 30))).toBe('not-json');
    }
  });
});

describe('statements in a progress file', () => {
  it('take the oldest first, up to their byte budget, so the file stays importable', () => {
    const one = { id: 'x', padding: 'p'.repeat(1000) };
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...one, id: String(i) }));
    const kept = statementsForFile(many);
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(many.length);
    expect(kept.map((s) => s.id)).toEqual(many.slice(0, kept.length).map((s) => s.id));
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(PORTABLE_STATEMENT_BYTES);
    expect(statementsForFile(many.slice(0, 10))).toHaveLength(10);
  });
});
