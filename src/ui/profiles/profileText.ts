// The learner's-language text for what the profile channels refuse, and for names and PINs that
// the forms check before sending them.
import type { TFunction } from 'i18next';
import { parseProfileError } from '../../core/profiles/profileErrors';
import { isValidPin, profileNameProblem } from '../../core/profiles/rules';

export function profileErrorText(t: TFunction, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const info = parseProfileError(message);
  switch (info?.kind) {
    case 'wrong-pin':
      return t('profiles.error.wrongPin', { count: info.triesLeft });
    case 'pin-locked':
      return t('profiles.error.pinLocked', { count: info.seconds });
    case 'pin-required':
      return t('profiles.error.pinRequired');
    case 'name-taken':
      return t('profiles.error.nameTaken');
    case 'last-profile':
      return t('profiles.error.lastProfile');
    case 'too-many':
      return t('profiles.error.tooMany');
    case 'no-active':
      return t('profiles.error.noActive');
    default:
      return message;
  }
}

/** The problem with a typed name, in words, or undefined when it can be sent. */
export function nameProblemText(t: TFunction, typed: string): string | undefined {
  switch (profileNameProblem(typed.trim())) {
    case 'empty':
      return t('profiles.error.nameEmpty');
    case 'too-long':
      return t('profiles.error.nameTooLong');
    case 'control':
      return t('profiles.error.nameInvalid');
    default:
      return undefined;
  }
}

/** The problem with a new PIN and its repetition, or undefined when they can be sent. */
export function newPinProblemText(t: TFunction, pin: string, repeat: string): string | undefined {
  if (!isValidPin(pin)) return t('profiles.error.pinFormat');
  if (pin !== repeat) return t('profiles.error.pinMismatch');
  return undefined;
}
