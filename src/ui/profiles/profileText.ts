// What the profile forms check before sending a name or a PIN, as messages for ErrorMessage (what
// the profile channels refuse arrives the same way, as a reason key with its values).
import { isValidPin, NAME_PROBLEM_KEYS, profileNameProblem } from '../../core/profiles/rules';
import type { ShownError } from '../errors/shownError';

export const formProblem = (key: string): ShownError => ({ key, params: {} });

/** The problem with a typed name, or undefined when it can be sent. */
export function nameProblem(typed: string): ShownError | undefined {
  const problem = profileNameProblem(typed.trim());
  return problem ? formProblem(NAME_PROBLEM_KEYS[problem]) : undefined;
}

/** The problem with a new PIN and its repetition, or undefined when they can be sent. */
export function newPinProblem(pin: string, repeat: string): ShownError | undefined {
  if (!isValidPin(pin)) return formProblem('profiles.error.pinFormat');
  if (pin !== repeat) return formProblem('profiles.error.pinMismatch');
  return undefined;
}
