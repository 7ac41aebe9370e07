// The administration's policy file: optional settings an administration sets on all its PCs
// (its name on certificates, the languages offered, the certificate key shared by all its
// installations, and free options for later features). YAML or JSON, validated strictly.
// A policy that cannot be used never stops the app: it is ignored, and the learner is told
// which file and what is wrong (see policyNotice), so someone can fix it.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../src/core/api/contract';
import { foldPrintable } from '../../../src/core/certificates/printable';
import { parseYaml, validateYaml } from '../../../src/core/content/yamlFile';
import { problemReason, type Problem } from '../../../src/core/content/problems';
import type { Reason } from '../../../src/core/reasons';
import { isUiLanguage, UI_LANGUAGES } from '../../../src/core/i18n/resources';
import { idSchema, langSchema } from '../../../src/core/ids';
import { safeRecord } from '../../../src/core/safeRecord';

/** A policy is a few lines; anything near this size is not one. */
export const MAX_POLICY_BYTES = 64 * 1024;
/** 128 bits: shorter keys could be guessed. */
export const MIN_KEY_BYTES = 16;

const uiLanguage = langSchema.refine(isUiLanguage, { error: `must be a language of the app (${UI_LANGUAGES.join(', ')})` });

/**
 * The key as hex ("3f9a…", even length) or base64 ("P5q…="). A string of hex digits only is
 * read as hex: random base64 of this length is practically never all hex digits.
 */
export function decodeKey(text: string): Buffer | undefined {
  const s = text.trim();
  if (/^[0-9a-fA-F]+$/.test(s)) return s.length % 2 === 0 ? Buffer.from(s, 'hex') : undefined;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(s) || /^[A-Za-z0-9_-]+={0,2}$/.test(s)) {
    const bytes = Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64');
    return bytes.length > 0 ? bytes : undefined;
  }
  return undefined;
}

const keySchema = z
  // An unquoted key of decimal digits only is a number to YAML (and loses its leading zeros).
  .string({ error: 'must be text: put the key in quotes' })
  .transform((s, ctx) => {
    const key = decodeKey(s);
    if (!key) {
      ctx.addIssue({ code: 'custom', message: 'must be hexadecimal or base64' });
      return z.NEVER;
    }
    if (key.length < MIN_KEY_BYTES) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${MIN_KEY_BYTES} bytes (${MIN_KEY_BYTES * 2} hex digits or ${Math.ceil(MIN_KEY_BYTES / 3) * 4} base64 characters)` });
      return z.NEVER;
    }
    return key;
  });

const organisationSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => foldPrintable(s).unprintable.length === 0, {
    error: (issue) => `holds characters a certificate cannot print: ${foldPrintable(String(issue.input)).unprintable.join(' ')}`,
  });

export const policySchema = z
  .strictObject({
    organisationName: organisationSchema.optional(),
    /** The languages the app offers (default: all of them). */
    languages: z
      .array(uiLanguage)
      .min(1, 'must list at least one language')
      .refine((l) => new Set(l).size === l.length, 'must not list a language twice')
      .optional(),
    /** The language of a first start (default: the system's). */
    defaultLanguage: uiLanguage.optional(),
    /** Shared by every installation of the administration, so any of them can verify a certificate. */
    certificateKey: keySchema.optional(),
    /** Who may create which profile. Default: no PIN needed, trainer profiles allowed without a PIN. */
    profiles: z
      .strictObject({
        /** Every profile must have a PIN. */
        pinRequired: z.boolean().optional(),
        /** Trainer profiles: allowed, allowed only with a PIN, or not at all. */
        trainerProfiles: z.enum(['allowed', 'pin', 'forbidden']).optional(),
      })
      .optional(),
    /** Where learner data lives (an absolute path), instead of the per-user default. */
    dataFolder: z.string().trim().min(1, 'must not be empty').refine((s) => path.isAbsolute(s), 'must be an absolute path').optional(),
    /** Whether learners may restore a progress file into their record (default true). */
    learnersMayImportProgress: z.boolean().optional(),
    /** Add-on content packs (.academypack). */
    packs: z
      .strictObject({
        /** Refuse a pack that is not signed by one of publicKeys. */
        requireSignature: z.boolean().optional(),
        /** Ed25519 public keys of the administration, base64 of the raw 32 bytes or of the SPKI DER. */
        publicKeys: z.array(z.string().trim().min(1)).max(16).optional(),
        /** Pack ids in the order the home screen shows them; packs not listed follow. */
        order: z.array(idSchema).optional(),
      })
      .refine((p) => !p.requireSignature || (p.publicKeys?.length ?? 0) > 0, {
        message: 'requireSignature needs at least one key in publicKeys',
        path: ['publicKeys'],
      })
      .optional(),
    /** The Learning Record Store that receives xAPI statements (HTTP Basic, write-only keys). */
    lrs: z
      .strictObject({
        endpoint: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
        username: z.string().min(1, 'must not be empty'),
        password: z.string().min(1, 'must not be empty'),
        /** The IRI under which activity ids are built (default https://academy.wcoomd.example/xapi). */
        activityIriBase: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
        /** The account home page that names learners (default: the endpoint's origin). */
        homePage: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
      })
      .optional(),
    /** Settings for features that read them by name; unknown names are kept, not refused. */
    options: safeRecord(
      z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, 'option names are letters, digits, ".", "_" and "-"'),
      z.union([z.string().max(2000), z.number(), z.boolean()]),
    ).optional(),
  })
  .refine((p) => !p.defaultLanguage || !p.languages || p.languages.includes(p.defaultLanguage), {
    message: 'must be one of "languages"',
    path: ['defaultLanguage'],
  });
export type Policy = z.output<typeof policySchema>;

export interface PolicyService {
  /** The policy in force: empty when there is no policy file or it was ignored. */
  readonly policy: Policy;
  /** The file read, if any. */
  readonly file: string | undefined;
  /** Why the file was ignored ("file:line: message", in English for the log), when it was. */
  readonly problem: string | undefined;
  /** The same, as a reason key with its values and place, for the notice in the learner's language. */
  readonly reason?: Reason;
}

/** Reads and validates a policy file; never throws. No file (undefined) means no policy. */
export function openPolicyService(file: string | undefined): PolicyService {
  if (file === undefined) return { policy: {}, file: undefined, problem: undefined };
  const result = readPolicy(file);
  return result.ok
    ? { policy: result.policy, file, problem: undefined }
    : { policy: {}, file, problem: result.problem, reason: result.reason };
}

type ReadResult = { ok: true; policy: Policy } | { ok: false; problem: string; reason: Reason };

function readPolicy(file: string): ReadResult {
  const fail = (message: string, line?: number, reason = 'errors.policy.notAPolicy', params: Reason['params'] = {}): ReadResult => ({
    ok: false,
    problem: `${file}${line ? `:${line}` : ''}: ${message}`,
    reason: { reason, params, file: path.basename(file), ...(line !== undefined && { line }) },
  });
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return fail('is not a file', undefined, 'errors.policy.notAFile');
    if (stat.size > MAX_POLICY_BYTES) return fail(`is too large (${stat.size} bytes, at most ${MAX_POLICY_BYTES})`, undefined, 'errors.policy.tooLarge', { limit: MAX_POLICY_BYTES });
    const bytes = fs.readFileSync(file);
    if (bytes.length > MAX_POLICY_BYTES) return fail(`is too large (at most ${MAX_POLICY_BYTES} bytes)`, undefined, 'errors.policy.tooLarge', { limit: MAX_POLICY_BYTES });
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('file not found', undefined, 'errors.policy.notFound');
    if (e instanceof TypeError) return fail('is not UTF-8 text', undefined, 'errors.policy.notUtf8');
    return fail(`cannot be read (${code ?? (e as Error).message})`, undefined, 'errors.policy.unreadable');
  }
  if (text.trim() === '') return fail('is empty', undefined, 'errors.policy.empty');
  // JSON is read as JSON first: YAML would accept what JSON does not (a trailing comma).
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
      return fail(`malformed JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, line, 'errors.policy.malformedJson');
    }
  }
  // JSON is YAML too: one parser for both, and every problem comes with its line.
  const problems: Problem[] = [];
  const yaml = parseYaml(path.basename(file), text, problems);
  const policy = yaml && validateYaml(yaml, policySchema, problems);
  const first = problems[0];
  if (first) {
    const { reason, params } = problemReason(first);
    return fail(problems.length > 1 ? `${first.message} (and ${problems.length - 1} more)` : first.message, first.line, reason, params);
  }
  if (!policy) return fail('is not a policy');
  return { ok: true, policy };
}

/** The notice that tells the learner (and whoever supports them) that the policy was ignored. */
export function policyNotice(service: PolicyService): Notice | undefined {
  const r = service.reason;
  if (!service.problem || !r) return undefined;
  const params = Object.fromEntries(Object.entries({ ...r.params, file: r.file ?? '', line: r.line ?? '' }).map(([k, v]) => [k, String(v)]));
  const key = r.line === undefined ? 'errors.notice.policyIgnored' : 'errors.notice.policyIgnoredAt';
  return { id: 'policy-ignored', key, params, paramKeys: { problem: r.reason } };
}

/**
 * Where the desktop app looks for a policy file, first found wins: next to the executable (an
 * administration's installer or software deployment puts it there), then in the app's resources
 * folder (a build made for one administration). Electron main gives the two folders.
 */
export const POLICY_FILE_NAMES = ['academy-policy.yaml', 'academy-policy.yml', 'academy-policy.json'] as const;

export function findPolicyFile(dirs: readonly string[], exists: (p: string) => boolean = fs.existsSync): string | undefined {
  for (const dir of dirs) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The language of a first start: the policy's default, else the system's if the policy allows it. */
export function policyInitialLanguage(policy: Policy, systemLanguage: string | undefined): string | undefined {
  if (policy.defaultLanguage) return policy.defaultLanguage;
  if (policy.languages && !(systemLanguage && (policy.languages as readonly string[]).includes(systemLanguage))) return policy.languages[0];
  return systemLanguage;
}
