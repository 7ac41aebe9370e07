// Statements for each learning event. Pure: the caller gives the ids (UUIDs fixed at creation,
// written once to the outbox and never rebuilt, so re-sending after a crash sends the same
// statement) and the clock values; the same inputs always give the same statements.
import type { Pack } from '../content/model';
import type { Localized } from '../content/schemas';
import { textIn } from '../content/questionViews';
import type { Answer } from '../quiz/answers';
import type { QuestionScore, ScorableQuestion } from '../quiz/scoring';
import type { AttemptRecord } from '../progress/model';
import type { ActivityIds } from './activityIds';
import { interactionOf, responseOf } from './interactions';
import type { Activity, Actor, Statement, Verb } from './statement';
import { ACTIVITY_TYPES, VERBS } from './verbs';

/** Who the statements are about and how to name things, for one learner on one PC. */
export interface StatementContext {
  ids: ActivityIds;
  /** The learner as an account: no e-mail needed. */
  actor: Actor;
  /** A new UUID (crypto.randomUUID in the services). */
  newId: () => string;
}

/** One enrolment of the learner in a pack: its registration UUID and the language studied. */
export interface Enrolment {
  pack: Pack;
  registration: string;
  lang: string;
}

export function learnerActor(homePage: string, profileId: string): Actor {
  return { objectType: 'Agent', account: { homePage, name: profileId } };
}

/** An ISO 8601 duration with centiseconds, as xAPI allows (PT75.25S). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

const named = (text: Localized | string | undefined, lang: string) =>
  text === undefined ? undefined : { [lang]: typeof text === 'string' ? text : textIn(text, lang) };

function activity(id: string, type: string, name?: Record<string, string>): Activity {
  return { objectType: 'Activity', id, definition: { type, ...(name && { name }) } };
}

const course = (ctx: StatementContext, e: Enrolment) => activity(ctx.ids.course(e.pack.manifest.id), ACTIVITY_TYPES.course, named(e.pack.manifest.title, e.lang));
function moduleActivity(ctx: StatementContext, e: Enrolment, moduleId: string) {
  const m = e.pack.modules.find((x) => x.id === moduleId);
  return activity(ctx.ids.module(e.pack.manifest.id, moduleId), ACTIVITY_TYPES.module, named(m?.title, e.lang));
}
function lessonActivity(ctx: StatementContext, e: Enrolment, lessonId: string) {
  const lesson = e.pack.lessons.get(lessonId);
  const title = lesson && (lesson.byLang[e.lang] ?? Object.values(lesson.byLang)[0])?.frontMatter.title;
  return activity(ctx.ids.lesson(e.pack.manifest.id, lessonId), ACTIVITY_TYPES.lesson, named(title, e.lang));
}
function quizActivity(ctx: StatementContext, e: Enrolment, quizId: string) {
  return activity(ctx.ids.quiz(e.pack.manifest.id, quizId), ACTIVITY_TYPES.assessment, named(e.pack.quizzes.get(quizId)?.title, e.lang));
}

function statement(
  ctx: StatementContext,
  e: Enrolment,
  verb: Verb,
  object: Activity,
  timestamp: string,
  contextActivities: { parent?: Activity[]; grouping?: Activity[] },
  result?: Statement['result'],
): Statement {
  return {
    id: ctx.newId(),
    actor: ctx.actor,
    verb,
    object,
    ...(result && { result }),
    context: { registration: e.registration, language: e.lang, contextActivities },
    timestamp,
  };
}

/** A lesson opened ("experienced") or finished ("completed"). */
export function lessonStatement(ctx: StatementContext, e: Enrolment, lessonId: string, event: 'opened' | 'finished', at: string): Statement {
  const lesson = e.pack.lessons.get(lessonId);
  const parent = lesson ? [moduleActivity(ctx, e, lesson.moduleId)] : [];
  const object = lessonActivity(ctx, e, lessonId);
  return event === 'opened'
    ? statement(ctx, e, VERBS.experienced, object, at, { parent, grouping: [course(ctx, e)] })
    : statement(ctx, e, VERBS.completed, object, at, { parent, grouping: [course(ctx, e)] }, { completion: true });
}

/**
 * A quiz attempt: "attempted" when it started, one "answered" per question asked (interaction,
 * response, correct pattern, score), then "passed" or "failed" with the scaled score and duration.
 */
export function attemptStatements(
  ctx: StatementContext,
  e: Enrolment,
  attempt: AttemptRecord,
  asked: readonly ScorableQuestion[],
  scores: readonly QuestionScore[],
): Statement[] {
  const quiz = e.pack.quizzes.get(attempt.quizId);
  const quizObject = quizActivity(ctx, e, attempt.quizId);
  const modParent = quiz ? [quiz.lessonId ? lessonActivity(ctx, e, quiz.lessonId) : moduleActivity(ctx, e, quiz.moduleId)] : [];
  const grouping = [course(ctx, e), ...(quiz?.lessonId ? [moduleActivity(ctx, e, quiz.moduleId)] : [])];
  const out: Statement[] = [statement(ctx, e, VERBS.attempted, quizObject, attempt.startedAt, { parent: modParent, grouping })];
  const byId = new Map(scores.map((s) => [s.questionId, s]));
  for (const q of asked) {
    const answer: Answer | undefined = Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
    const score = byId.get(q.id);
    const response = responseOf(q, answer);
    const object: Activity = {
      objectType: 'Activity',
      id: ctx.ids.question(e.pack.manifest.id, attempt.quizId, q.id),
      definition: { type: ACTIVITY_TYPES.question, ...interactionOf(q) },
    };
    out.push(
      statement(ctx, e, VERBS.answered, object, attempt.finishedAt, { parent: [quizObject], grouping: [course(ctx, e)] }, {
        ...(response !== undefined && { response }),
        success: score?.correct ?? false,
        score: { scaled: score?.points ?? 0, raw: score?.points ?? 0, min: 0, max: 1 },
      }),
    );
  }
  out.push(
    statement(ctx, e, attempt.passed ? VERBS.passed : VERBS.failed, quizObject, attempt.finishedAt, { parent: modParent, grouping }, {
      score: { scaled: attempt.score, raw: attempt.points, min: 0, max: attempt.maxPoints },
      success: attempt.passed,
      completion: true,
      duration: isoDuration(attempt.durationMs),
    }),
  );
  return out;
}

export function moduleCompletedStatement(ctx: StatementContext, e: Enrolment, moduleId: string, at: string): Statement {
  return statement(ctx, e, VERBS.completed, moduleActivity(ctx, e, moduleId), at, { parent: [course(ctx, e)] }, { completion: true });
}

export function courseCompletedStatement(ctx: StatementContext, e: Enrolment, at: string): Statement {
  return statement(ctx, e, VERBS.completed, course(ctx, e), at, {}, { completion: true });
}

/** The course certificate, earned with the first pass of a final assessment. */
export function certificateStatement(ctx: StatementContext, e: Enrolment, attempt: AttemptRecord): Statement {
  const object = activity(ctx.ids.certificate(e.pack.manifest.id), ACTIVITY_TYPES.certificate, named(e.pack.manifest.title, e.lang));
  return statement(ctx, e, VERBS.earned, object, attempt.finishedAt, { parent: [course(ctx, e)] }, {
    success: true,
    score: { scaled: attempt.score, raw: attempt.points, min: 0, max: attempt.maxPoints },
  });
}
