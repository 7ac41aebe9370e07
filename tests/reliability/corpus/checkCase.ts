// Runs one broken-file case on a fresh folder: builds a real history (three saves, so there
// are backups), damages the folder as the case says, opens the store as the app does, and
// lists every way the outcome falls short. An empty list means the case survived.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createNoticeBoard } from '../../../electron/services/notices';
import { listBackups } from '../../../electron/services/store/backups';
import type { RecoveryEvent } from '../../../electron/services/store/safeStore';
import { emptyProgress, type ProgressData } from '../../../src/core/progress/model';
import { addAttempt, recordLessonEvent } from '../../../src/core/progress/reducers';
import { openProgressStore, sampleAttempt } from '../progressStore';
import type { BrokenFileCase, CaseContext } from './cases';

export interface CaseResult {
  name: string;
  survived: boolean;
  problems: string[];
  ms: number;
}

const AT = '2024-05-01T08:00:00.000Z';

/** Three saves, as a learner makes them; returns what each expected outcome should show. */
function makeHistory(dir: string): CaseContext {
  const a = addAttempt(emptyProgress(), sampleAttempt('first'));
  const b = recordLessonEvent(addAttempt(a, sampleAttempt('second')), 'wco-ecommerce', 'channels', 'finished', AT);
  const c = addAttempt(b, sampleAttempt('third'));
  const { store, close } = openProgressStore(dir);
  try {
    for (const data of [a, b, c]) store.write(data);
  } finally {
    close();
  }
  const file = path.join(dir, 'progress.json');
  return { dir, file, backups: listBackups(dir, 'progress').map((b) => b.file), latestText: fs.readFileSync(file), latest: c, previous: b };
}

const noticeKeys = (recovery: RecoveryEvent | undefined) => createNoticeBoard({ progress: recovery, rejectedPacks: [] }).list().map((n) => n.key);

function sameThingKept(movedTo: string, damage: Buffer | undefined): string | undefined {
  const kept = fs.lstatSync(movedTo, { throwIfNoEntry: false });
  if (!kept) return `the damaged file was not kept (nothing at ${movedTo})`;
  if (damage && kept.isFile() && !fs.readFileSync(movedTo).equals(damage)) return 'the damaged file was kept, but its bytes changed';
  return undefined;
}

export function checkCase(c: BrokenFileCase, dir: string): CaseResult {
  const started = performance.now();
  const problems: string[] = [];
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).length;
  const ctx = makeHistory(dir);
  const damage = c.damage(ctx) ?? undefined;

  let opened: ReturnType<typeof openProgressStore>;
  try {
    opened = openProgressStore(dir);
  } catch (e) {
    return { name: c.name, survived: false, problems: [`the store did not open: ${(e as Error).message}`], ms: performance.now() - started };
  }
  try {
    const { recovery } = opened.store;
    const want: Record<BrokenFileCase['expect'], ProgressData> = {
      kept: ctx.latest,
      'restored-latest': ctx.latest,
      'restored-previous': ctx.previous,
      reset: emptyProgress(),
    };
    if (!isDeepStrictEqual(opened.store.read(), want[c.expect])) {
      problems.push(`expected the ${c.expect} record, found ${opened.store.read().attempts.length} attempts`);
    }
    const wantNotice = { kept: [], 'restored-latest': ['notice.progressRestored'], 'restored-previous': ['notice.progressRestored'], reset: ['notice.progressReset'] }[c.expect];
    const notices = noticeKeys(recovery);
    if (!isDeepStrictEqual(notices, wantNotice)) problems.push(`expected notices ${JSON.stringify(wantNotice)}, got ${JSON.stringify(notices)}`);
    if (recovery && c.keptAside !== false) {
      const kept = sameThingKept(recovery.movedTo, damage);
      if (kept) problems.push(kept);
    }
    if (Object.getOwnPropertyNames(Object.prototype).length !== protoKeys || ({} as Record<string, unknown>)['polluted'] !== undefined) {
      problems.push('Object.prototype was changed');
    }
    const extra = c.verify?.(ctx);
    if (extra) problems.push(extra);

    // The store is usable afterwards: a new save survives a restart, with no further notice.
    const next = addAttempt(opened.store.read(), sampleAttempt('after-recovery'));
    opened.store.write(next);
    opened.close();
    const again = openProgressStore(dir);
    try {
      if (again.store.recovery) problems.push(`the next start recovered again: ${again.store.recovery.reason}`);
      if (!isDeepStrictEqual(again.store.read(), next)) problems.push('a save made after opening was not there after a restart');
    } finally {
      again.close();
    }
  } catch (e) {
    problems.push(`threw after opening: ${(e as Error).message}`);
  } finally {
    opened.close();
  }
  return { name: c.name, survived: problems.length === 0, problems, ms: Math.round(performance.now() - started) };
}
