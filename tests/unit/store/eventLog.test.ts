// The append-only log: each line carries its checksum; a reader tells good lines, damaged
// complete lines and a torn tail apart; an append is on disk when it returns.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLine, newHeader, openAppender, readHeader, scanLog, writeLog } from '../../../electron/services/store/eventLog';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-eventlog-');

function logWith(values: unknown[]) {
  const dir = tempDir();
  const file = path.join(dir, 'log.jsonl');
  const header = newHeader('test-log', 1, new Date('2024-05-01T08:00:00.000Z'));
  const end = writeLog(file, header, values, dir);
  return { dir, file, header, end };
}

describe('eventLog', () => {
  it('writes a header and one checksummed line per value, and reads them back', () => {
    const { file, header, end } = logWith([{ a: 1 }, { b: 'é' }]);
    expect(fs.statSync(file).size).toBe(end);
    expect(fs.readFileSync(file, 'utf8').split('\n')[1]).toMatch(/^[0-9a-f]{8} \{"a":1\}$/);
    expect(readHeader(file)).toEqual(header);
    const scan = scanLog(file);
    expect(scan.entries.map((e) => e.value)).toEqual([header, { a: 1 }, { b: 'é' }]);
    expect(scan).toMatchObject({ bad: [], end, missingNewline: false });
    expect(scan.torn).toBeUndefined();
  });

  it('appends after the end and reports the new end; a scan from an offset reads only what follows', () => {
    const { file, end } = logWith([{ a: 1 }]);
    const appender = openAppender(file, end);
    const after = appender.append([{ b: 2 }, { c: 3 }]);
    appender.close();
    expect(after).toBe(fs.statSync(file).size);
    expect(scanLog(file, end).entries.map((e) => e.value)).toEqual([{ b: 2 }, { c: 3 }]);
  });

  it('reports a complete line whose checksum fails as bad, and keeps reading the lines after it', () => {
    const { file } = logWith([{ a: 1 }, { b: 2 }, { c: 3 }]);
    const text = fs.readFileSync(file, 'utf8').replace('{"b":2}', '{"b":3}');
    fs.writeFileSync(file, text);
    const scan = scanLog(file);
    expect(scan.entries.map((e) => e.value).slice(1)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(scan.bad).toHaveLength(1);
    expect(text.slice(scan.bad[0]!.start, scan.bad[0]!.end)).toContain('{"b":3}');
  });

  it('reports a last line without its newline that does not check out as torn, with its bytes', () => {
    const { file, end } = logWith([{ a: 1 }]);
    const torn = encodeLine({ b: 2 }).slice(0, 12);
    fs.appendFileSync(file, torn);
    const scan = scanLog(file);
    expect(scan.torn).toEqual({ start: end, bytes: Buffer.from(torn) });
    expect(scan.end).toBe(end);
    expect(scan.bad).toEqual([]);
  });

  it('keeps a whole last line that only lacks its newline', () => {
    const { file } = logWith([{ a: 1 }]);
    fs.appendFileSync(file, encodeLine({ b: 2 }).trimEnd());
    const scan = scanLog(file);
    expect(scan.entries.at(-1)?.value).toEqual({ b: 2 });
    expect(scan.missingNewline).toBe(true);
    expect(scan.torn).toBeUndefined();
  });

  it('checks checksums without parsing when asked (values stay undefined)', () => {
    const { file } = logWith([{ a: 1 }]);
    const scan = scanLog(file, 0, false);
    expect(scan.entries).toHaveLength(2);
    expect(scan.entries.every((e) => e.value === undefined)).toBe(true);
  });

  it('has no header to read in a file of garbage', () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.jsonl');
    fs.writeFileSync(file, 'garbage\n');
    expect(readHeader(file)).toBeUndefined();
  });
});
