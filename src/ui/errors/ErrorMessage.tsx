// The one place a refusal or a failure is shown: translated from its reason key and values, in
// the learner's language, optionally after a sentence saying what was being done, before one
// saying what happens next, and with a list of the problems found (each at its line or file).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../core/reasons';
import { shownError, type ShownError } from './shownError';

export interface ErrorMessageProps {
  /** What was caught (an ApiError, anything else) or an already structured message. */
  error: unknown;
  /** What failed ("Your answers could not be saved."): an i18n key, or a key with its values. */
  context?: string | ShownError;
  /** i18n key of a sentence saying what happens next or what to do. */
  next?: string;
  /** Problems found, listed under the message (a GIFT file's lines, a pack's files). */
  details?: readonly Reason[];
  /** field: under a form field; notice (the default): a screen's or section's box; inline: inside a box. */
  variant?: 'notice' | 'field' | 'inline';
  id?: string;
}

const CLASSES = { notice: 'notice notice-error', field: 'field-error', inline: undefined } as const;

export const isShownError = (e: unknown): e is ShownError =>
  typeof e === 'object' && e !== null && typeof (e as ShownError).key === 'string' && typeof (e as ShownError).params === 'object';

/** A problem in words, after its place: "line 3: …", "quiz.yaml, line 3: …". */
export function placedText(t: TFunction, r: Reason): string {
  const message = t(r.reason, r.params);
  if (r.file !== undefined) return t('errors.place.fileLine', { file: r.file, line: r.line ?? 1, message });
  if (r.line !== undefined) return t('errors.place.line', { line: r.line, message });
  return message;
}

export function ErrorMessage({ error, context, next, details, variant = 'notice', id }: ErrorMessageProps) {
  const { t } = useTranslation();
  const { key, params } = isShownError(error) ? error : shownError(error);
  const before = typeof context === 'string' ? t(context) : context ? t(context.key, context.params) : '';
  const text = [before, t(key, params), next ? t(next) : ''].filter((s) => s !== '').join(' ');
  if (!details || details.length === 0) {
    return (
      <p id={id} role="alert" className={CLASSES[variant]} data-reason={key}>
        {text}
      </p>
    );
  }
  return (
    <div id={id} role="alert" className={CLASSES[variant]} data-reason={key}>
      <p>{text}</p>
      <ul>
        {details.map((d, i) => (
          <li key={i} data-reason={d.reason}>
            {placedText(t, d)}
          </li>
        ))}
      </ul>
    </div>
  );
}
