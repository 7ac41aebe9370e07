// The event log's own ways of going bad: a crash or power cut in the middle of an append, a disk
// error inside an acknowledged line, a log replaced by an older copy, a log from a newer app,
// a log deleted, a rewrite (compaction) killed half-way. Each starts from the history of
// checkCase.ts (attempts first, second and third; the lesson finished with the second; a review
// card) and says what must come back, what the learner must be told, and what must be kept.
import fs from 'node:fs';
import path from 'node:path';
import { LOG_FILE } from '../../../electron/services/progress/learnerStore';
import { encodeLine } from '../../../electron/services/store/eventLog';
import type { CaseContext } from './cases';

export interface LogContext extends CaseContext {
  logFile: string;
}

export interface LogCase {
  name: string;
  /** Runs between the second and third save (to keep an older copy of the log). */
  afterSecond?(logFile: string): void;
  damage(ctx: LogContext): Buffer | void;
  expect(ctx: LogContext): { attempts: string[]; lessonFinished: boolean; notices: string[] };
  /** Checks what was kept aside; returns a problem or undefined. */
  verify?(ctx: LogContext, damage: Buffer | undefined): string | undefined;
}

const ALL = ['first', 'second', 'third'];
const all = { attempts: ALL, lessonFinished: true, notices: [] };
const older = (log: string) => `${log}.older-copy`;

/** The one file in the folder whose name starts with `prefix`, holding exactly `bytes`. */
function keptAs(ctx: LogContext, prefix: string, bytes: Buffer | undefined): string | undefined {
  const files = fs.readdirSync(ctx.dir).filter((f) => f.startsWith(prefix));
  if (files.length !== 1) return `expected one ${prefix}* file, found ${files.length}`;
  if (bytes && !fs.readFileSync(path.join(ctx.dir, files[0]!)).equals(bytes)) return `${files[0]} does not hold the damaged bytes`;
  return undefined;
}

function append(file: string, bytes: Buffer | string): Buffer {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  fs.appendFileSync(file, b);
  return b;
}

export const LOG_CASES: LogCase[] = [
  {
    name: 'a torn last line (killed in the middle of an append)',
    damage: (c) => append(c.logFile, encodeLine({ type: 'position', position: { screen: 'module', packId: 'wco-ecommerce', moduleId: 'basics', at: '2024-05-01T08:00:00.000Z' } }).slice(0, 40)),
    expect: () => all,
    verify: (c, d) => keptAs(c, 'progress-log.torn-', d),
  },
  {
    name: 'a torn last line of zeros (power cut before the data reached the disk)',
    damage: (c) => append(c.logFile, Buffer.alloc(700)),
    expect: () => all,
    verify: (c, d) => keptAs(c, 'progress-log.torn-', d),
  },
  {
    name: 'a whole last line without its newline (killed between the line and its end)',
    damage: (c) => {
      const line = encodeLine({ type: 'position', position: { screen: 'module', packId: 'wco-ecommerce', moduleId: 'basics', at: '2024-05-01T08:00:00.000Z' } });
      append(c.logFile, line.slice(0, -1));
    },
    expect: () => all,
  },
  {
    name: 'a bad checksum in the middle (a disk error in an acknowledged line)',
    damage: (c) => {
      const bytes = fs.readFileSync(c.logFile);
      const at = bytes.indexOf('"id":"second"') + 8;
      bytes[at] = bytes[at]! ^ 0x01;
      fs.writeFileSync(c.logFile, bytes);
      return bytes;
    },
    expect: () => ({ attempts: ['first', 'third'], lessonFinished: true, notices: ['store.notice.linesSetAside'] }),
    verify: (c, d) => keptAs(c, 'progress-log.damaged-', d),
  },
  {
    name: 'a line replaced by garbage in the middle, its checksum recomputed (an edited log)',
    damage: (c) => {
      const lines = fs.readFileSync(c.logFile, 'utf8').split('\n');
      const i = lines.findIndex((l) => l.includes('"id":"second"'));
      lines[i] = encodeLine({ type: 'attempt', attempt: { id: 'second', score: 'all of them' } }).trimEnd();
      const bytes = Buffer.from(lines.join('\n'));
      fs.writeFileSync(c.logFile, bytes);
      return bytes;
    },
    expect: () => ({ attempts: ['first', 'third'], lessonFinished: true, notices: ['store.notice.linesSetAside'] }),
    verify: (c, d) => keptAs(c, 'progress-log.damaged-', d),
  },
  {
    name: 'a snapshot newer than its log (the log replaced by an older copy)',
    afterSecond: (log) => fs.copyFileSync(log, older(log)),
    damage: (c) => {
      fs.renameSync(older(c.logFile), c.logFile);
      return fs.readFileSync(c.logFile);
    },
    expect: () => ({ attempts: ['first', 'second'], lessonFinished: true, notices: ['store.notice.logBehind'] }),
    verify: (c, d) => keptAs(c, 'progress-log.behind-', d),
  },
  {
    name: 'a log from a newer version of the app',
    damage: (c) => {
      const lines = fs.readFileSync(c.logFile, 'utf8').split('\n');
      const header = JSON.parse(lines[0]!.slice(9)) as Record<string, unknown>;
      lines[0] = encodeLine({ ...header, version: 99 }).trimEnd();
      const bytes = Buffer.from(lines.join('\n'));
      fs.writeFileSync(c.logFile, bytes);
      return bytes;
    },
    // The newer log is kept untouched for the newer app; this one goes on from the snapshot.
    expect: () => ({ attempts: [], lessonFinished: true, notices: ['store.notice.logNewer'] }),
    verify: (c, d) => keptAs(c, 'progress-log.newer-', d),
  },
  {
    name: 'the log deleted (antivirus, sync tool), the snapshot intact',
    damage: (c) => fs.rmSync(c.logFile),
    expect: () => ({ attempts: [], lessonFinished: true, notices: ['store.notice.logMissing'] }),
  },
  {
    name: 'the log header replaced by garbage',
    damage: (c) => {
      const bytes = Buffer.concat([Buffer.from('garbage\n'), fs.readFileSync(c.logFile).subarray(fs.readFileSync(c.logFile).indexOf(0x0a) + 1)]);
      fs.writeFileSync(c.logFile, bytes);
      return bytes;
    },
    expect: () => ({ attempts: [], lessonFinished: true, notices: ['store.notice.logUnreadable'] }),
    verify: (c, d) => keptAs(c, 'progress-log.corrupt-', d),
  },
  {
    name: 'the temporary file of a compaction that was killed',
    damage: (c) => void fs.writeFileSync(path.join(c.dir, `${LOG_FILE}.4242.0123456789ab.tmp`), fs.readFileSync(c.logFile).subarray(0, 100)),
    expect: () => all,
    verify: (c) => (fs.readdirSync(c.dir).some((f) => f.endsWith('.tmp')) ? 'the temporary file was left' : undefined),
  },
  {
    name: 'the snapshot deleted, the log intact (rebuilt from the log)',
    damage: (c) => {
      fs.rmSync(c.file);
      fs.rmSync(path.join(c.dir, 'backups'), { recursive: true });
    },
    expect: () => all,
  },
];
