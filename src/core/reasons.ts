// Something to tell a user, as data: an i18n key, the values of its message, and its place (a
// file, a line) when it has one. Screens translate it; command-line tools print the English text.
import { translate } from './i18n/resources';

export type ReasonParams = Record<string, string | number>;

export interface Reason {
  reason: string;
  params: ReasonParams;
  file?: string;
  line?: number;
}

/** A reason with its English text, for command-line output and logs: `message` never goes to a screen. */
export interface ReasonWithText extends Reason {
  message: string;
}

/** Builds a reason; its English text is "line 3: …" when it has a line and no file. */
export function englishReason(reason: string, params: ReasonParams = {}, place: { file?: string; line?: number } = {}): ReasonWithText {
  const text = translate('en', reason, params);
  const where = place.file !== undefined ? `${place.file}:${place.line ?? 1}: ` : place.line !== undefined ? `line ${place.line}: ` : '';
  return { reason, params, ...place, message: `${where}${text}` };
}

/** The reason without its English text, as it crosses the API. */
export function withoutText({ reason, params, file, line }: Reason): Reason {
  return { reason, params, ...(file !== undefined && { file }), ...(line !== undefined && { line }) };
}
