// The statements one write of the learner's record produces, milestones included: a lesson
// event, or a quiz attempt, plus the module and course it completed and the certificate it
// earned. The progress service writes them in the same log line as the event.
import type { Pack } from '../content/model';
import type { AttemptRecord } from '../progress/model';
import type { ProgressSummary } from '../progress/summaryModel';
import type { QuestionScore, ScorableQuestion } from '../quiz/scoring';
import { activityIds, DEFAULT_ACTIVITY_IRI_BASE } from './activityIds';
import { attemptStatements, certificateStatement, courseCompletedStatement, learnerActor, lessonStatement, moduleCompletedStatement, type Enrolment, type StatementContext } from './builders';
import type { OutboxAdd } from './outbox';
import type { Statement } from './statement';
import { newlyCompleted } from './milestones';

/** The policy's `lrs` values that shape statements (the sender reads the rest). */
export interface XapiNaming {
  endpoint?: string;
  activityIriBase?: string;
  homePage?: string;
}

/** The account home page: the policy's, else the LRS endpoint's origin, else the default IRI's. */
export function accountHomePage(naming: XapiNaming): string {
  if (naming.homePage) return naming.homePage;
  const url = naming.endpoint ?? naming.activityIriBase ?? DEFAULT_ACTIVITY_IRI_BASE;
  // The origin (scheme://host:port) without URL, which core's types do not have.
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(url)?.[0].toLowerCase() ?? url;
}

export function statementContext(naming: XapiNaming, profileId: string, newId: () => string): StatementContext {
  return { ids: activityIds(naming.activityIriBase), actor: learnerActor(accountHomePage(naming), profileId), newId };
}

/** The enrolment in a pack: its registration from the outbox, or a new one to record with the event. */
function enrolment(ctx: StatementContext, pack: Pack, lang: string, registrations: Readonly<Record<string, string>>) {
  const packId = pack.manifest.id;
  const known = Object.hasOwn(registrations, packId) ? registrations[packId] : undefined;
  const registration = known ?? ctx.newId();
  const e: Enrolment = { pack, registration, lang };
  return { e, added: known ? undefined : { [packId]: registration } };
}

const outboxAdd = (statements: Statement[], added: Record<string, string> | undefined): OutboxAdd => ({ statements, ...(added && { registrations: added }) });

function milestones(ctx: StatementContext, e: Enrolment, before: ProgressSummary, after: ProgressSummary, at: string): Statement[] {
  const done = newlyCompleted(e.pack, before, after);
  return [...done.modules.map((m) => moduleCompletedStatement(ctx, e, m, at)), ...(done.course ? [courseCompletedStatement(ctx, e, at)] : [])];
}

export function lessonEventXapi(
  ctx: StatementContext,
  pack: Pack,
  lang: string,
  registrations: Readonly<Record<string, string>>,
  change: { lessonId: string; event: 'opened' | 'finished'; at: string; before: ProgressSummary; after: ProgressSummary },
): OutboxAdd {
  const { e, added } = enrolment(ctx, pack, lang, registrations);
  const statements = [lessonStatement(ctx, e, change.lessonId, change.event, change.at), ...milestones(ctx, e, change.before, change.after, change.at)];
  return outboxAdd(statements, added);
}

export function attemptXapi(
  ctx: StatementContext,
  pack: Pack,
  registrations: Readonly<Record<string, string>>,
  change: { attempt: AttemptRecord; asked: readonly ScorableQuestion[]; scores: readonly QuestionScore[]; before: ProgressSummary; after: ProgressSummary },
): OutboxAdd {
  const { attempt } = change;
  const { e, added } = enrolment(ctx, pack, attempt.lang, registrations);
  const statements = attemptStatements(ctx, e, attempt, change.asked, change.scores);
  const done = milestones(ctx, e, change.before, change.after, attempt.finishedAt);
  statements.push(...done);
  // The certificate is earned with the first pass of a final assessment (certificates/finalExam.ts).
  const final = pack.quizzes.get(attempt.quizId)?.final === true;
  if (final && attempt.passed && newlyCompleted(pack, change.before, change.after).course) statements.push(certificateStatement(ctx, e, attempt));
  return outboxAdd(statements, added);
}
