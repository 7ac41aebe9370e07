// Which attempt a course certificate is for: passing any quiz marked `final` completes the
// course. The best passing attempt (highest score, then the earliest) is chosen, so the
// certificate is the same every time it is downloaded until the learner does better.
import type { Pack } from '../content/model';
import type { AttemptRecord, ProgressData } from '../progress/model';

export function finalQuizIds(pack: Pack): string[] {
  return [...pack.quizzes.values()].filter((q) => q.final).map((q) => q.id);
}

export function certificateAttempt(progress: ProgressData, packId: string, finalIds: readonly string[]): AttemptRecord | undefined {
  let best: AttemptRecord | undefined;
  for (const a of progress.attempts) {
    if (a.packId !== packId || !a.passed || !finalIds.includes(a.quizId)) continue;
    if (!best || a.score > best.score || (a.score === best.score && a.finishedAt < best.finishedAt)) best = a;
  }
  return best;
}
