// Restoring from a portable file MERGES it into the learner's record rather than replacing it:
// whatever the learner did on this computer since the export stays, and restoring the same file
// twice changes nothing the second time. Per part:
//   lessons      union; a lesson this record has keeps its dates, and takes the file's
//                "finished" only if it is not finished here
//   attempts     union by attempt id (an attempt is immutable), in order of finishing
//   position     the more recent of the two
//   review       cards: union, the more recently reviewed copy of a card wins; study days: union
//   study time   per lesson/quiz, the larger total (summing would count the same time twice
//                when a file is restored onto the computer it came from)
// The diff counts what the merge would add, so the learner sees it before confirming.
import type { ProgressData } from '../progress/model';
import { MAX_ACTIVE_DAYS, type ReviewCard, type ReviewSection } from '../review/cards';
import type { StudyTimeData } from '../studyTime/record';
import type { PortableBody } from './format';

export interface RestoreDiff {
  /** Lessons the record did not have at all. */
  lessonsAdded: number;
  /** Lessons opened here but finished only in the file. */
  lessonsFinished: number;
  attemptsAdded: number;
  reviewCardsAdded: number;
  /** Study time the merge adds, in ms (over all lessons and quizzes). */
  studyTimeAddedMs: number;
  positionChanged: boolean;
}

/** What a file holds, for the learner (and the trainer) to recognise it. */
export interface PortableContents {
  lessons: number;
  lessonsFinished: number;
  attempts: number;
  studyTimeMs: number;
  /** The latest date in the record (attempt, lesson or position), if any. */
  lastActivity?: string;
}

export const hasChanges = (d: RestoreDiff) =>
  d.lessonsAdded + d.lessonsFinished + d.attemptsAdded + d.reviewCardsAdded + d.studyTimeAddedMs > 0 || d.positionChanged;

const timeOf = (iso: string) => Date.parse(iso);

function mergeLessons(mine: ProgressData['lessons'], theirs: ProgressData['lessons'], diff: RestoreDiff): ProgressData['lessons'] {
  const out: ProgressData['lessons'] = { ...mine };
  for (const [key, t] of Object.entries(theirs)) {
    const m = Object.hasOwn(mine, key) ? mine[key] : undefined;
    if (!m) {
      out[key] = t;
      diff.lessonsAdded++;
      continue;
    }
    if (m.finishedAt === undefined && t.finishedAt !== undefined) {
      out[key] = { openedAt: m.openedAt, finishedAt: t.finishedAt };
      diff.lessonsFinished++;
    }
  }
  return out;
}

function mergeAttempts(mine: ProgressData['attempts'], theirs: ProgressData['attempts'], diff: RestoreDiff): ProgressData['attempts'] {
  const known = new Set(mine.map((a) => a.id));
  const added = theirs.filter((a) => !known.has(a.id) && (known.add(a.id), true));
  diff.attemptsAdded = added.length;
  if (added.length === 0) return mine;
  // Stable sort: attempts that finished at the same instant keep their order.
  return [...mine, ...added].sort((a, b) => timeOf(a.finishedAt) - timeOf(b.finishedAt));
}

const reviewedAt = (c: ReviewCard) => (c.lastReview ? timeOf(c.lastReview) : -Infinity);

function mergeReview(mine: ReviewSection, theirs: ReviewSection, diff: RestoreDiff): ReviewSection {
  const cards: ReviewSection['cards'] = { ...mine.cards };
  let changed = false;
  for (const [id, t] of Object.entries(theirs.cards)) {
    const m = Object.hasOwn(mine.cards, id) ? mine.cards[id] : undefined;
    if (!m) {
      diff.reviewCardsAdded++;
      cards[id] = t;
      changed = true;
    } else if (reviewedAt(t) > reviewedAt(m)) {
      cards[id] = t;
      changed = true;
    }
  }
  const days = [...new Set([...mine.activeDays, ...theirs.activeDays])].sort().slice(-MAX_ACTIVE_DAYS);
  const daysChanged = days.length !== mine.activeDays.length || days.some((d, i) => d !== mine.activeDays[i]);
  if (!changed && !daysChanged) return mine;
  return { ...mine, cards, activeDays: days };
}

function mergeTotals(mine: Record<string, number>, theirs: Record<string, number>, diff: RestoreDiff): Record<string, number> {
  const out = { ...mine };
  for (const [key, t] of Object.entries(theirs)) {
    const m = Object.hasOwn(mine, key) ? mine[key]! : 0;
    if (t > m) {
      out[key] = t;
      diff.studyTimeAddedMs += t - m;
    }
  }
  return out;
}

export function mergePortable(mine: PortableBody, theirs: PortableBody): { merged: PortableBody; diff: RestoreDiff } {
  const diff: RestoreDiff = { lessonsAdded: 0, lessonsFinished: 0, attemptsAdded: 0, reviewCardsAdded: 0, studyTimeAddedMs: 0, positionChanged: false };
  const p = mine.progress;
  const q = theirs.progress;
  let position = p.position;
  if (q.position && (!p.position || timeOf(q.position.at) > timeOf(p.position.at))) {
    position = q.position;
    diff.positionChanged = true;
  }
  const progress: ProgressData = {
    ...p,
    lessons: mergeLessons(p.lessons, q.lessons, diff),
    attempts: mergeAttempts(p.attempts, q.attempts, diff),
    position,
    review: mergeReview(p.review, q.review, diff),
  };
  const studyTime: StudyTimeData = {
    ...mine.studyTime,
    lessons: mergeTotals(mine.studyTime.lessons, theirs.studyTime.lessons, diff),
    quizzes: mergeTotals(mine.studyTime.quizzes, theirs.studyTime.quizzes, diff),
  };
  return { merged: { progress, studyTime }, diff };
}

export function portableContents(body: PortableBody): PortableContents {
  const { progress, studyTime } = body;
  const lessons = Object.values(progress.lessons);
  const dates = [
    ...lessons.flatMap((l) => (l.finishedAt ? [l.openedAt, l.finishedAt] : [l.openedAt])),
    ...progress.attempts.map((a) => a.finishedAt),
    ...(progress.position ? [progress.position.at] : []),
  ];
  let lastActivity: string | undefined;
  for (const d of dates) if (!lastActivity || timeOf(d) > timeOf(lastActivity)) lastActivity = d;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
  return {
    lessons: lessons.length,
    lessonsFinished: lessons.filter((l) => l.finishedAt).length,
    attempts: progress.attempts.length,
    studyTimeMs: sum(studyTime.lessons) + sum(studyTime.quizzes),
    lastActivity,
  };
}
