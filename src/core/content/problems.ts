// One thing wrong with a pack. A problem names its reason (an i18n key) and the values of its
// message, so the app can tell a learner in their language; `message` is the English text that
// `npm run content:check` prints as `file:line: message`.
import { translate } from '../i18n/resources';
import type { Reason, ReasonParams } from '../reasons';

export type ProblemParams = ReasonParams;

export interface Problem {
  /** Path relative to the pack folder, with forward slashes. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
  /** i18n key of the message; a problem without one is shown by its place only. */
  reason?: string;
  params?: ProblemParams;
}

/** A problem from its reason key; its English message comes from the English locale. */
export function problem(file: string, line: number, reason: string, params: ProblemParams = {}): Problem {
  return { file, line, reason, params, message: translate('en', reason, params) };
}

/** What the app shows of a problem: its place and its reason, never the English message. */
export function problemReason(p: Problem): Reason {
  return { file: p.file, line: p.line, reason: p.reason ?? 'errors.pack.unlisted', params: p.params ?? {} };
}

export function formatProblem(packDir: string, p: Problem): string {
  const prefix = packDir.endsWith('/') ? packDir : `${packDir}/`;
  return `${prefix}${p.file}:${p.line}: ${p.message}`;
}
