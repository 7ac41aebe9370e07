// A learner's progress on disk, built so that a write costs the same on the first day and after
// years of quizzes:
//   progress-log.jsonl       every attempt, lesson event, position and review answer, appended
//                            as one checksummed line and fsynced before the write is reported
//                            (store/eventLog.ts); the one source of truth.
//   progress-snapshot.json   the summary the screens read (lessons, position, review cards, quiz
//                            figures) and how far into the log it reaches; kept with conf /
//                            electron-store (safeStore: atomic, backed up, damage set aside).
//                            Written every SNAPSHOT_EVERY events and at close, so it may lag:
//                            opening replays the log from where the snapshot stops.
// A record of the schema-2 format (progress.json, one JSON file rewritten on every save) becomes
// a log at its first open: its backup is written first, and the old file is kept beside.
// Opening never loses an acknowledged write: a damaged line is set aside with the whole log
// kept as it was, and the learner is told; a torn last line (a crash mid-append, never
// acknowledged) is kept in a file of its own and cut off quietly.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../src/core/api/contract';
import { applyEvent, eventsOfRecord, foldEvents, progressEventSchema, recordOf, type ProgressEvent } from '../../../src/core/progress/events';
import { migrateProgress } from '../../../src/core/progress/migrations';
import { emptyProgress, progressSchema, type AttemptRecord, type ProgressData } from '../../../src/core/progress/model';
import { emptySummary, progressSummarySchema, summarize, type ProgressSummary } from '../../../src/core/progress/summaryModel';
import { mergePortable } from '../../../src/core/portable/merge';
import { emptyStudyTime } from '../../../src/core/studyTime/record';
import { applyOutbox, emptyOutbox, outboxEvents, outboxFromSnapshot, outboxSnapshotSchema, outboxToSnapshot, type Outbox } from '../../../src/core/xapi/outbox';
import { fsyncDirSync } from '../store/atomicFile';
import { listBackups, stamp } from '../store/backups';
import { newHeader, openAppender, readHeader, scanLog, writeLog, type LogAppender, type LogHeader, type LogScan } from '../store/eventLog';
import { openSafeStore, type RecoveryEvent, type SafeStore } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export const LOG_FILE = 'progress-log.jsonl';
export const SNAPSHOT_STORE = 'progress-snapshot';
/** The store name of the schema-2 record (progress.json), read once to migrate it. */
export const LEGACY_STORE = 'progress';
export const LOG_KIND = 'academy-progress';
export const LOG_VERSION = 1;
/** The snapshot is rewritten after this many events (and at close); opening replays the rest. */
export const SNAPSHOT_EVERY = 200;
/** Superseded events (positions, lesson and review events) tolerated before a compaction. */
export const COMPACT_AFTER = 5000;

const snapshotSchema = z.strictObject({
  snapshotVersion: z.literal(1),
  /** The log generation and the byte offset this summary reflects; null before any log. */
  log: z
    .strictObject({
      id: z.string().min(1).max(100),
      end: z.number().int().nonnegative(),
      events: z.number().int().nonnegative(),
      attempts: z.number().int().nonnegative(),
    })
    .nullable(),
  summary: progressSummarySchema,
  /** The xAPI outbox as of `log.end` (absent in snapshots written before the outbox existed). */
  outbox: outboxSnapshotSchema.optional(),
});
type Snapshot = z.infer<typeof snapshotSchema>;
const emptySnapshot = (): Snapshot => ({ snapshotVersion: 1, log: null, summary: emptySummary() });

/** What opening found wrong with the log, for the learner's notice. */
export type LogProblem =
  | { kind: 'lines-set-aside'; lines: number; keptAs: string }
  | { kind: 'log-unreadable'; keptAs: string }
  | { kind: 'log-newer'; keptAs: string }
  | { kind: 'log-missing' }
  | { kind: 'log-behind'; keptAs: string };

export interface LearnerStore {
  summary(): ProgressSummary;
  /** The full record, attempts included (read from the log at the first call, then kept). */
  record(): ProgressData;
  /** Appends one event, on disk before it returns; returns the new summary. */
  append(event: ProgressEvent): ProgressSummary;
  /** The xAPI statements waiting for the LRS, refusals, registrations (read-only: change it by appending). */
  outbox(): Readonly<Outbox>;
  /** Replaces the whole record (a restore): a new log generation, written atomically. */
  replace(data: ProgressData): ProgressSummary;
  /** The schema-2 file's recovery, when migrating it needed one (the learner is told). */
  readonly recovery: RecoveryEvent | undefined;
  /** Problems with the log itself, for the learner (see logNotice). */
  readonly problems: readonly LogProblem[];
  /** The snapshot's own recovery: nothing is lost (the log rebuilds it), kept for the logs and tests. */
  readonly snapshotRecovery: RecoveryEvent | undefined;
  readonly logFile: string;
  close(): void;
}

export interface LearnerStoreOptions {
  dir: string;
  createStore: BackingStoreFactory;
  now?: () => Date;
  /** Overrides COMPACT_AFTER (the reliability tests compact often, to kill mid-compaction). */
  compactAfter?: number;
  snapshotEvery?: number;
}

const asideName = (dir: string, what: string, when: Date, ext: string) => {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `progress-log.${what}-${stamp(when)}${n > 1 ? `-${n}` : ''}.${ext}`);
    if (!fs.lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
  }
};

/** Leftover temporary files of a log rewrite that was killed (atomicFile's naming). */
function removeLeftoverLogTemps(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (/^progress-log\.jsonl\.\d+\.[0-9a-f]{12}\.tmp$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

const isEvent = (v: unknown): ProgressEvent | undefined => {
  const parsed = progressEventSchema.safeParse(v);
  return parsed.success ? parsed.data : undefined;
};

export function openLearnerStore(opts: LearnerStoreOptions): LearnerStore {
  const now = opts.now ?? (() => new Date());
  const { dir } = opts;
  const compactAfter = opts.compactAfter ?? COMPACT_AFTER;
  const snapshotEvery = opts.snapshotEvery ?? SNAPSHOT_EVERY;
  fs.mkdirSync(dir, { recursive: true });
  removeLeftoverLogTemps(dir);
  const logFile = path.join(dir, LOG_FILE);
  const snap: SafeStore<Snapshot> = openSafeStore<Snapshot>({
    dir,
    name: SNAPSHOT_STORE,
    schema: snapshotSchema,
    defaults: emptySnapshot,
    createStore: opts.createStore,
    now,
  });
  const problems: LogProblem[] = [];
  let recovery: RecoveryEvent | undefined;

  let header: LogHeader;
  let summary: ProgressSummary;
  let attempts: AttemptRecord[] | undefined;
  let counts = { events: 0, attempts: 0 };
  let appender: LogAppender | undefined;
  let end = 0;
  let sinceSnapshot = 0;
  let outbox: Outbox = emptyOutbox();

  const writeSnapshot = () => {
    snap.write({ snapshotVersion: 1, log: { id: header.id, end, ...counts }, summary, outbox: outboxToSnapshot(outbox) });
    sinceSnapshot = 0;
  };

  /** A new generation of the log holding `data`, then its snapshot. */
  const newGeneration = (data: ProgressData) => {
    appender?.close();
    appender = undefined;
    header = newHeader(LOG_KIND, LOG_VERSION, now());
    // The outbox goes with the record: statements not yet confirmed by the LRS are never dropped.
    end = writeLog(logFile, header, [...eventsOfRecord(data), ...outboxEvents(outbox)], dir);
    summary = summarize(data);
    attempts = [...data.attempts];
    counts = { events: attempts.length + 1, attempts: attempts.length };
    appender = openAppender(logFile, end);
    writeSnapshot();
  };

  /** Sets the log aside (renamed, bytes unchanged) before a new generation replaces it. */
  const setAside = (what: string): string => {
    const keptAs = asideName(dir, what, now(), 'jsonl');
    fs.renameSync(logFile, keptAs);
    fsyncDirSync(dir);
    return keptAs;
  };

  /** The snapshot's summary, its attempts unknown: what survives when the log does not. */
  const fromSnapshotOnly = (): ProgressData => {
    const saved = snap.read();
    if (saved.outbox) outbox = outboxFromSnapshot(saved.outbox);
    return recordOf(saved.summary, []);
  };

  /** Folds a scan's lines into `start` (and their outbox parts into `box`); lines that fail the schema count as bad. */
  const fold = (scan: LogScan, start: ProgressSummary, skipHeader: boolean, box: Outbox, into?: AttemptRecord[]) => {
    const events: ProgressEvent[] = [];
    let bad = scan.bad.length;
    scan.entries.forEach((entry, i) => {
      if (skipHeader && i === 0) return;
      const e = isEvent(entry.value);
      if (e) {
        events.push(e);
        applyOutbox(box, e);
      } else bad++;
    });
    return { summary: foldEvents(start, events, into), events, bad };
  };

  /** Reads the whole log: the summary and every attempt. */
  const loadAll = () => {
    const scan = scanLog(logFile, 0);
    const all: AttemptRecord[] = [];
    const box = emptyOutbox();
    const folded = fold(scan, emptySummary(), true, box, all);
    return { scan, folded, all, box };
  };

  const open = () => {
    const hasLog = fs.lstatSync(logFile, { throwIfNoEntry: false }) !== undefined;
    const hasLegacy = fs.existsSync(path.join(dir, `${LEGACY_STORE}.json`)) || listBackups(dir, LEGACY_STORE).length > 0;
    if (!hasLog) {
      if (hasLegacy) return migrateLegacy();
      if (snap.read().log) problems.push({ kind: 'log-missing' });
      return newGeneration(fromSnapshotOnly());
    }
    let found: LogHeader | undefined;
    try {
      found = fs.statSync(logFile).isFile() ? readHeader(logFile) : undefined;
    } catch {
      found = undefined;
    }
    if (!found || found.log !== LOG_KIND) {
      problems.push({ kind: 'log-unreadable', keptAs: setAside('corrupt') });
      return newGeneration(fromSnapshotOnly());
    }
    if (found.version > LOG_VERSION) {
      problems.push({ kind: 'log-newer', keptAs: setAside('newer') });
      return newGeneration(fromSnapshotOnly());
    }
    header = found;
    if (hasLegacy) keepLegacyAside();
    loadLog();
  };

  const loadLog = () => {
    const saved = snap.read();
    const size = fs.statSync(logFile).size;
    const fromSnapshot = saved.log !== null && saved.log.id === header.id && saved.log.end <= size;
    if (fromSnapshot && saved.log) {
      // The part the snapshot reflects: checksums only (cheap), to find damage done since.
      const checked = scanLog(logFile, 0, false);
      const damagedBefore = checked.bad.some((b) => b.end <= saved.log!.end);
      if (!damagedBefore) {
        const tail = scanLog(logFile, saved.log.end);
        // A snapshot from before the outbox existed knows nothing of it: rebuild from the log.
        const box = saved.outbox ? outboxFromSnapshot(saved.outbox) : undefined;
        const folded = box && fold(tail, saved.summary, false, box);
        if (box && folded && folded.bad === 0) {
          summary = folded.summary;
          outbox = box;
          counts = { events: saved.log.events + folded.events.length, attempts: saved.log.attempts + folded.events.filter((e) => e.type === 'attempt').length };
          return finishOpen(tail, folded.events.length > 0);
        }
      }
    }
    // No usable snapshot for this log (missing, older generation, or the log is damaged): rebuild.
    const { scan, folded, all, box } = loadAll();
    summary = folded.summary;
    outbox = box;
    attempts = all;
    counts = { events: folded.events.length, attempts: all.length };
    const behind = saved.log !== null && saved.log.id === header.id && saved.log.end > size;
    if (folded.bad > 0 || behind) {
      // Keep the log exactly as it was, and start a clean generation from what it still holds,
      // with what only the snapshot still knows (a lesson finished, a card reviewed) merged in.
      const keptAs = asideName(dir, folded.bad > 0 ? 'damaged' : 'behind', now(), 'jsonl');
      fs.copyFileSync(logFile, keptAs);
      problems.push(folded.bad > 0 ? { kind: 'lines-set-aside', lines: folded.bad, keptAs } : { kind: 'log-behind', keptAs });
      let record = recordOf(summary, all);
      if (behind) record = mergePortable({ progress: record, studyTime: emptyStudyTime() }, { progress: recordOf(saved.summary, []), studyTime: emptyStudyTime() }).merged.progress;
      return newGeneration(record);
    }
    finishOpen(scan, true);
  };

  const finishOpen = (scan: LogScan, changed: boolean) => {
    end = scan.end;
    if (scan.torn) {
      // A crash mid-append: never acknowledged. Its bytes are kept, then cut off the log.
      fs.writeFileSync(asideName(dir, 'torn', now(), 'bin'), scan.torn.bytes);
      fs.truncateSync(logFile, scan.torn.start);
      end = scan.torn.start;
    }
    appender = openAppender(logFile, end);
    if (scan.missingNewline) {
      fs.appendFileSync(logFile, '\n');
      end += 1;
      appender.close();
      appender = openAppender(logFile, end);
    }
    if (counts.events - counts.attempts > Math.max(compactAfter, counts.attempts)) {
      newGeneration(record());
      return;
    }
    if (changed) writeSnapshot();
  };

  const keepLegacyAside = () => {
    const legacy = path.join(dir, `${LEGACY_STORE}.json`);
    if (fs.existsSync(legacy)) fs.renameSync(legacy, path.join(dir, `${LEGACY_STORE}.migrated-${stamp(now())}.json`));
  };

  const migrateLegacy = () => {
    // safeStore reads the schema-2 file as before (damage set aside, backups, older schemas
    // migrated) and writes a backup of it before anything else happens.
    const legacy = openSafeStore<ProgressData>({
      dir,
      name: LEGACY_STORE,
      schema: progressSchema,
      defaults: emptyProgress,
      migrate: migrateProgress,
      createStore: opts.createStore,
      now,
    });
    recovery = legacy.recovery;
    newGeneration(legacy.read());
    keepLegacyAside();
  };

  const record = (): ProgressData => {
    // The checksums were all checked at open; this reads the same log in full, once.
    attempts ??= loadAll().all;
    // A copy: the store keeps appending to its own list.
    return recordOf(summary, [...attempts]);
  };

  open();

  return {
    summary: () => summary,
    outbox: () => outbox,
    record,
    append(event) {
      const next = applyEvent(summary, event);
      if (!appender) throw new Error('the progress store is closed');
      end = appender.append([event]);
      summary = next;
      applyOutbox(outbox, event);
      counts = { events: counts.events + 1, attempts: counts.attempts + (event.type === 'attempt' ? 1 : 0) };
      if (event.type === 'attempt') attempts?.push(event.attempt);
      if (++sinceSnapshot >= snapshotEvery) writeSnapshot();
      return summary;
    },
    replace(data) {
      newGeneration(data);
      return summary;
    },
    get recovery() {
      return recovery;
    },
    problems,
    snapshotRecovery: snap.recovery,
    logFile,
    close() {
      if (!appender) return;
      if (sinceSnapshot > 0) writeSnapshot();
      appender.close();
      appender = undefined;
    },
  };
}

/** The learner's notice for a problem with the log (keys in the store locale files). */
export function logNotice(p: LogProblem | undefined): Notice | undefined {
  if (!p) return undefined;
  switch (p.kind) {
    case 'lines-set-aside':
      return { id: 'progress-log-lines', key: 'store.notice.linesSetAside', params: { lines: String(p.lines), file: path.basename(p.keptAs) } };
    case 'log-unreadable':
      return { id: 'progress-log-unreadable', key: 'store.notice.logUnreadable', params: { file: path.basename(p.keptAs) } };
    case 'log-newer':
      return { id: 'progress-log-newer', key: 'store.notice.logNewer', params: { file: path.basename(p.keptAs) } };
    case 'log-missing':
      return { id: 'progress-log-missing', key: 'store.notice.logMissing' };
    case 'log-behind':
      return { id: 'progress-log-behind', key: 'store.notice.logBehind', params: { file: path.basename(p.keptAs) } };
  }
}
