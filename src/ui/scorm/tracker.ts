// The SCORM bookkeeping of one session: what the player tells the LMS when a lesson opens, when
// the quiz ends and when the learner leaves. The values themselves come from src/core/scorm.
import type { QuizView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import type { QuizScore } from '../../core/quiz/scoring';
import { decodeSuspend, encodeSuspend, interactionOf, lessonStatus, sessionTime, timeOfDay, type Suspended } from '../../core/scorm/cmi';
import type { ScormModuleData } from '../../core/scorm/packageData';
import type { Lms } from './lms';

export const QUIZ_LOCATION = 'quiz';

export interface Tracker {
  readonly connected: boolean;
  /** Where the last session stopped: a lesson id or the quiz. */
  readonly resumeAt: string | undefined;
  seen(): readonly string[];
  lessonOpened(lessonId: string): void;
  quizOpened(): void;
  quizFinished(quiz: QuizView, answers: Readonly<Record<string, Answer>>, score: QuizScore): void;
  exit(): void;
}

export function createTracker(lms: Lms, data: ScormModuleData, now: () => number = Date.now): Tracker {
  const lessonIds = data.lessons.map((l) => l.id);
  const startedAt = now();
  let state: Suspended = decodeSuspend(lms.get('cmi.suspend_data'), lessonIds);
  const location = lms.get('cmi.core.lesson_location');
  const resumeAt = lessonIds.includes(location) || (location === QUIZ_LOCATION && data.quiz) ? location : undefined;
  const status = () => lessonStatus(state, lessonIds.length, data.quiz !== undefined);
  const save = () => {
    lms.set('cmi.suspend_data', encodeSuspend(state));
    lms.set('cmi.core.lesson_status', status());
    lms.commit();
  };
  if (['', 'not attempted'].includes(lms.get('cmi.core.lesson_status'))) save();

  return {
    connected: lms.connected,
    resumeAt,
    seen: () => state.seen,
    lessonOpened(lessonId) {
      if (!state.seen.includes(lessonId)) state = { ...state, seen: [...state.seen, lessonId] };
      lms.set('cmi.core.lesson_location', lessonId);
      save();
    },
    quizOpened() {
      lms.set('cmi.core.lesson_location', QUIZ_LOCATION);
      lms.commit();
    },
    quizFinished(quiz, answers, score) {
      const first = Number(lms.get('cmi.interactions._count')) || 0;
      const at = timeOfDay(new Date(now()));
      quiz.questions.forEach((q, i) => {
        const s = score.questions[i]!;
        const it = interactionOf(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined, s);
        const n = ['cmi.interactions', first + i].join('.');
        lms.set(`${n}.id`, it.id);
        lms.set(`${n}.type`, it.type);
        lms.set(`${n}.time`, at);
        lms.set(`${n}.weighting`, it.weighting);
        lms.set(`${n}.student_response`, it.studentResponse);
        lms.set(`${n}.correct_responses.0.pattern`, it.pattern);
        lms.set(`${n}.result`, it.result);
      });
      const raw = Math.round(score.score * 100);
      state = { ...state, best: Math.max(raw, state.best ?? 0), ...((state.passed || score.passed) && { passed: true }) };
      lms.set('cmi.core.score.min', '0');
      lms.set('cmi.core.score.max', '100');
      lms.set('cmi.core.score.raw', String(raw));
      save();
    },
    exit() {
      lms.set('cmi.core.session_time', sessionTime(now() - startedAt));
      const done = ['passed', 'completed'].includes(status());
      lms.set('cmi.core.exit', done ? '' : 'suspend');
      lms.commit();
      lms.finish();
    },
  };
}
