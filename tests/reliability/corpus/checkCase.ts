// Runs one broken-file case on a fresh folder: builds a real history (three saves, so there
// are backups), damages the folder as the case says, opens the store as the app does, and
// lists every way the outcome falls short. An empty list means the case survived.
// A case runs on one of three targets:
//   legacy    the schema-2 progress.json of a learner upgrading: its migration must recover it
//             exactly as the schema-2 app did (the case's `expect`, the same notices);
//   snapshot  the snapshot of the event log: whatever happens to it, the log rebuilds the latest
//             record, the damaged bytes are kept, and there is nothing to tell the learner;
//   log       the log itself (logCases.ts): each case says what must come back and be said.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createNoticeBoard } from '../../../electron/services/notices';
import { LOG_FILE, logNotice, SNAPSHOT_STORE, type LearnerStore } from '../../../electron/services/progress/learnerStore';
import { listBackups } from '../../../electron/services/store/backups';
import { emptyProgress, type AttemptRecord, type ProgressData } from '../../../src/core/progress/model';
import { addAttempt, recordLessonEvent } from '../../../src/core/progress/reducers';
import { newCard } from '../../../src/core/review/scheduler';
import { openLegacyStore, openProgressStore, sampleAttempt } from '../progressStore';
import { REVIEW_CARD, type BrokenFileCase, type CaseContext } from './cases';
import type { LogCase, LogContext } from './logCases';

export interface CaseResult {
  name: string;
  survived: boolean;
  problems: string[];
  ms: number;
}

export type CorpusCase = { target: 'legacy' | 'snapshot'; case: BrokenFileCase } | { target: 'log'; case: LogCase };

const AT = '2024-05-01T08:00:00.000Z';
const PACK = 'wco-ecommerce';

/** The three records of every history: an attempt (and a review card), a lesson and an attempt, an attempt. */
function records(): [ProgressData, ProgressData, ProgressData] {
  const first = addAttempt(emptyProgress(), sampleAttempt('first'));
  const a: ProgressData = { ...first, review: { cards: { [REVIEW_CARD]: newCard(new Date(AT)) }, activeDays: ['2024-05-01'] } };
  const b = recordLessonEvent(addAttempt(a, sampleAttempt('second')), PACK, 'channels', 'finished', AT);
  const c = addAttempt(b, sampleAttempt('third'));
  return [a, b, c];
}

function legacyHistory(dir: string): CaseContext {
  const [a, b, c] = records();
  const { store, close } = openLegacyStore(dir);
  try {
    for (const data of [a, b, c]) store.write(data);
  } finally {
    close();
  }
  const file = path.join(dir, 'progress.json');
  const latestText = fs.readFileSync(file);
  const migrated = () => fs.readdirSync(dir).filter((f) => f.startsWith('progress.migrated-')).map((f) => path.join(dir, f))[0] ?? file;
  return { dir, file, backups: listBackups(dir, 'progress').map((x) => x.file), latestText, latestJson: JSON.parse(latestText.toString()) as Record<string, unknown>, latest: c, previous: b, current: migrated };
}

/** The same three saves through the event log, closing (so writing the snapshot) after each. */
export function logHistory(dir: string, afterSecond?: (logFile: string) => void): LogContext {
  const [a, b, c] = records();
  const steps: ((s: LearnerStore) => void)[] = [
    (s) => s.append({ type: 'attempt', attempt: a.attempts[0]!, review: { cards: a.review.cards, activeDays: a.review.activeDays } }),
    (s) => {
      s.append({ type: 'attempt', attempt: b.attempts[1]! });
      s.append({ type: 'lesson', key: `${PACK}/channels`, lesson: b.lessons[`${PACK}/channels`]! });
    },
    (s) => s.append({ type: 'attempt', attempt: c.attempts[2]! }),
  ];
  steps.forEach((step, i) => {
    const { store, close } = openProgressStore(dir);
    try {
      step(store);
    } finally {
      close();
    }
    if (i === 1) afterSecond?.(path.join(dir, LOG_FILE));
  });
  const file = path.join(dir, `${SNAPSHOT_STORE}.json`);
  const latestText = fs.readFileSync(file);
  return {
    dir,
    file,
    logFile: path.join(dir, LOG_FILE),
    backups: listBackups(dir, SNAPSHOT_STORE).map((x) => x.file),
    latestText,
    latestJson: JSON.parse(latestText.toString()) as Record<string, unknown>,
    latest: c,
    previous: b,
    current: () => file,
  };
}

const noticeKeys = (store: LearnerStore) =>
  createNoticeBoard({ progress: store.recovery, rejectedPacks: [], others: store.problems.map(logNotice) })
    .list()
    .map((n) => n.key);

function sameThingKept(movedTo: string, damage: Buffer | undefined): string | undefined {
  const kept = fs.lstatSync(movedTo, { throwIfNoEntry: false });
  if (!kept) return `the damaged file was not kept (nothing at ${movedTo})`;
  if (damage && kept.isFile() && !fs.readFileSync(movedTo).equals(damage)) return 'the damaged file was kept, but its bytes changed';
  return undefined;
}

const ids = (attempts: readonly AttemptRecord[]) => attempts.map((a) => a.id).join(',');

/** The problems of an opened store, per target. */
function outcome(t: CorpusCase, store: LearnerStore, ctx: CaseContext, damage: Buffer | undefined): string[] {
  const problems: string[] = [];
  const record = store.record();
  const notices = noticeKeys(store);
  if (t.target === 'log') {
    const want = t.case.expect(ctx as LogContext);
    if (ids(record.attempts) !== want.attempts.join(',')) problems.push(`expected attempts [${want.attempts.join(',')}], found [${ids(record.attempts)}]`);
    if (Boolean(record.lessons[`${PACK}/channels`]?.finishedAt) !== want.lessonFinished) problems.push(`the finished lesson was ${want.lessonFinished ? 'lost' : 'invented'}`);
    if (!isDeepStrictEqual(record.review.cards[REVIEW_CARD], ctx.latest.review.cards[REVIEW_CARD])) problems.push('the review card was lost');
    if (!isDeepStrictEqual(notices, want.notices)) problems.push(`expected notices ${JSON.stringify(want.notices)}, got ${JSON.stringify(notices)}`);
    const kept = t.case.verify?.(ctx as LogContext, damage);
    if (kept) problems.push(kept);
    return problems;
  }
  const c = t.case;
  if (t.target === 'legacy') {
    const want = { kept: ctx.latest, 'restored-latest': ctx.latest, 'restored-previous': ctx.previous, reset: emptyProgress() }[c.expect];
    if (!isDeepStrictEqual(record, want)) problems.push(`expected the ${c.expect} record, found ${record.attempts.length} attempts`);
    const wantNotice = { kept: [], 'restored-latest': ['notice.progressRestored'], 'restored-previous': ['notice.progressRestored'], reset: ['notice.progressReset'] }[c.expect];
    if (!isDeepStrictEqual(notices, wantNotice)) problems.push(`expected notices ${JSON.stringify(wantNotice)}, got ${JSON.stringify(notices)}`);
    if (store.recovery && c.keptAside !== false) {
      const kept = sameThingKept(store.recovery.movedTo, damage);
      if (kept) problems.push(kept);
    }
    return problems;
  }
  // The snapshot: the log holds everything, so the latest record comes back and nothing is said.
  if (!isDeepStrictEqual(record, ctx.latest)) problems.push(`expected the latest record, found ${record.attempts.length} attempts`);
  if (notices.length > 0) problems.push(`expected no notice, got ${JSON.stringify(notices)}`);
  if (c.expect === 'kept' && store.snapshotRecovery) problems.push(`a good snapshot was recovered: ${store.snapshotRecovery.reason}`);
  if (c.expect !== 'kept') {
    if (!store.snapshotRecovery) problems.push('the damaged snapshot was not noticed');
    else if (c.keptAside !== false) {
      const kept = sameThingKept(store.snapshotRecovery.movedTo, damage);
      if (kept) problems.push(kept);
    }
  }
  return problems;
}

export function checkCase(t: CorpusCase, dir: string): CaseResult {
  const name = `${t.target}: ${t.case.name}`;
  const started = performance.now();
  const problems: string[] = [];
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).length;
  const afterSecond = t.target === 'log' ? t.case.afterSecond : undefined;
  const ctx: CaseContext = t.target === 'legacy' ? legacyHistory(dir) : logHistory(dir, afterSecond);
  const damage = (t.target === 'log' ? t.case.damage(ctx as LogContext) : t.case.damage(ctx)) ?? undefined;

  let opened: ReturnType<typeof openProgressStore>;
  try {
    opened = openProgressStore(dir);
  } catch (e) {
    return { name, survived: false, problems: [`the store did not open: ${(e as Error).message}`], ms: performance.now() - started };
  }
  try {
    problems.push(...outcome(t, opened.store, ctx, damage));
    if (Object.getOwnPropertyNames(Object.prototype).length !== protoKeys || ({} as Record<string, unknown>)['polluted'] !== undefined) {
      problems.push('Object.prototype was changed');
    }
    const extra = t.target === 'log' ? undefined : t.case.verify?.(ctx);
    if (extra) problems.push(extra);

    // The store is usable afterwards: a new save survives a restart, with no further notice.
    const before = opened.store.record();
    opened.store.append({ type: 'attempt', attempt: sampleAttempt('after-recovery') });
    const next = addAttempt(before, sampleAttempt('after-recovery'));
    opened.close();
    const again = openProgressStore(dir);
    try {
      const recovered = again.store.recovery ?? again.store.snapshotRecovery ?? again.store.problems[0];
      if (recovered) problems.push(`the next start recovered again: ${JSON.stringify(recovered)}`);
      if (!isDeepStrictEqual(again.store.record(), next)) problems.push('a save made after opening was not there after a restart');
    } finally {
      again.close();
    }
  } catch (e) {
    problems.push(`threw after opening: ${(e as Error).stack}`);
  } finally {
    opened.close();
  }
  return { name, survived: problems.length === 0, problems, ms: Math.round(performance.now() - started) };
}
