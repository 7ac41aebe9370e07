// Learner profiles: several learners on one PC, each with a name, an optional PIN and a record of
// their own. These are the rules both sides share: the renderer checks a name or a PIN as it is
// typed, and the services check them again (model.ts wraps them in zod schemas). No zod here, so
// the renderer can use the rules without shipping it.

export const PROFILE_NAME_MAX = 60;
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 12;
/** Far more than a classroom PC needs; a bound on the file and the picker. */
export const MAX_PROFILES = 200;

export const PROFILE_ID_PATTERN = /^p-[a-z0-9]{4,32}$/;
export const PIN_PATTERN = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

// Control characters (and line or paragraph separators) would break the picker and the files.
// eslint-disable-next-line no-control-regex -- that is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export type NameProblem = 'empty' | 'too-long' | 'control';

/** The message key of each name problem: the refusal a service sends, and the form's own check. */
export const NAME_PROBLEM_KEYS: Record<NameProblem, string> = {
  empty: 'profiles.error.nameEmpty',
  'too-long': 'profiles.error.nameTooLong',
  control: 'profiles.error.nameInvalid',
};

/** What is wrong with a name once trimmed, or undefined when it is a good name. */
export function profileNameProblem(trimmed: string): NameProblem | undefined {
  if (trimmed.length === 0) return 'empty';
  // Counted in characters as a learner sees them (code points), not UTF-16 units.
  if ([...trimmed].length > PROFILE_NAME_MAX) return 'too-long';
  if (CONTROL.test(trimmed)) return 'control';
  return undefined;
}

/** Two names that differ only in case (or Unicode form) are the same learner to a classmate. */
export function profileNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und');
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** A trainee studies; a trainer also has the trainer area (presentation, class quiz, question bank). */
export const PROFILE_ROLES = ['trainee', 'trainer'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

/** The policy's `profiles.trainerProfiles`: trainer profiles allowed, allowed only with a PIN, or not at all. */
export type TrainerProfilesRule = 'allowed' | 'pin' | 'forbidden';

/**
 * The role a profile acts with: a trainer profile acts as a trainee while the policy forbids
 * trainer profiles, or requires a PIN and it has none (it was made before the policy changed).
 */
export function effectiveRole(role: ProfileRole, hasPin: boolean, rule: TrainerProfilesRule): ProfileRole {
  if (role !== 'trainer' || rule === 'forbidden' || (rule === 'pin' && !hasPin)) return 'trainee';
  return 'trainer';
}

/** What the renderer learns about a profile: never the PIN's hash or salt. */
export interface ProfileSummary {
  id: string;
  name: string;
  hasPin: boolean;
  createdAt: string;
  /** The role the profile acts with now (see effectiveRole). */
  role: ProfileRole;
}

export interface ProfileList {
  profiles: ProfileSummary[];
  /** The profile whose record the learner channels read and write; null until one is chosen. */
  activeId: string | null;
  /** The profile chosen last on this installation, offered first in the picker. */
  lastUsedId: string | null;
  /** What the policy allows, so the form offers (or not) a trainer profile and asks for its PIN. */
  trainerProfiles: TrainerProfilesRule;
}

export interface DeletedProfile {
  name: string;
  /** Where the profile's folder was moved: nothing is erased. */
  movedTo: string;
}
