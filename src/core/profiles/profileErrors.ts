// The refusals of the profile channels. The services throw these messages (in English, for logs
// and tests); the renderer reads them back with parseProfileError() and shows its own text in the
// learner's language. One module writes and reads them, so the two cannot drift apart.

export type ProfileErrorInfo =
  | { kind: 'wrong-pin'; triesLeft: number }
  | { kind: 'pin-locked'; seconds: number }
  | { kind: 'pin-required' }
  | { kind: 'name-taken' }
  | { kind: 'last-profile' }
  | { kind: 'too-many' }
  | { kind: 'no-active' };

export const profileErrorMessage = {
  wrongPin: (name: string, triesLeft: number) =>
    `wrong PIN for profile "${name}" (${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left before a pause)`,
  pinLocked: (name: string, seconds: number) =>
    `too many wrong PINs for profile "${name}": wait ${seconds} seconds before trying again`,
  pinRequired: (name: string) => `profile "${name}" has a PIN: enter it to continue`,
  nameTaken: (name: string) => `a profile named "${name}" already exists`,
  lastProfile: () => 'the only profile cannot be deleted: create another one first',
  tooMany: (max: number) => `there are already ${max} profiles, the most this app keeps`,
  noActive: () => 'no learner profile is open: choose one first',
};

const PATTERNS: [RegExp, (m: RegExpExecArray) => ProfileErrorInfo][] = [
  [/^wrong PIN for profile ".*" \((\d+) tr(?:y|ies) left before a pause\)$/s, (m) => ({ kind: 'wrong-pin', triesLeft: Number(m[1]) })],
  [/^too many wrong PINs for profile ".*": wait (\d+) seconds before trying again$/s, (m) => ({ kind: 'pin-locked', seconds: Number(m[1]) })],
  [/^profile ".*" has a PIN: enter it to continue$/s, () => ({ kind: 'pin-required' })],
  [/^a profile named ".*" already exists$/s, () => ({ kind: 'name-taken' })],
  [/^the only profile cannot be deleted/, () => ({ kind: 'last-profile' })],
  [/^there are already \d+ profiles/, () => ({ kind: 'too-many' })],
  [/^no learner profile is open/, () => ({ kind: 'no-active' })],
];

/** Which profile refusal a message is, or undefined for any other error. */
export function parseProfileError(message: string): ProfileErrorInfo | undefined {
  for (const [pattern, info] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return info(m);
  }
  return undefined;
}
