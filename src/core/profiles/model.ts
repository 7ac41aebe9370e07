// The zod schemas of the profile rules (rules.ts), for the API arguments and the profiles file.
import { z } from 'zod';
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS, PIN_PATTERN, PROFILE_ID_PATTERN, PROFILE_NAME_MAX, profileNameProblem } from './rules';

export * from './rules';

/** Profile ids name folders (`<data>/profiles/<id>/`): letters, digits and one hyphen only. */
export const profileIdSchema = z.string().regex(PROFILE_ID_PATTERN, 'must be a profile id such as "p-1a2b3c4d"');

const NAME_MESSAGES = {
  empty: 'must not be empty',
  'too-long': `must be at most ${PROFILE_NAME_MAX} characters`,
  control: 'must not contain control characters',
} as const;

/** A name as stored: already trimmed, 1 to 60 characters, no control characters. */
export const storedProfileNameSchema = z
  .string()
  .refine((s) => s === s.trim(), 'must not start or end with spaces')
  .superRefine((s, ctx) => {
    const problem = profileNameProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: NAME_MESSAGES[problem] });
  });

/** A name as typed: trimmed first, then held to the stored rules. */
export const profileNameSchema = z.string().max(1000).transform((s) => s.trim()).pipe(storedProfileNameSchema);

export const pinSchema = z.string().regex(PIN_PATTERN, `must be ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits`);
