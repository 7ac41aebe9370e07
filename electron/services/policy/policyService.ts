// The administration's policy file: optional settings an administration sets on all its PCs
// (its name on certificates, the languages offered, PINs, trainer profiles, the data folder,
// progress imports, packs, the LRS, the certificate key shared by all its installations).
// YAML or JSON, validated strictly, and every problem is collected with its line, so
// `npm run policy -- check` lists them all. A policy that cannot be used never stops the app:
// it is ignored as a whole, its problems go to <data>/logs/policy.log (policyLog.ts), and the
// learner sees one short notice (policyNotice), never the technical detail.
// The schema's messages are reason keys (admin.policy.error.*): policyProblems.ts turns each
// issue into a reason with its line, and the reader's language gives the text.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../src/core/api/contract';
import { foldPrintable } from '../../../src/core/certificates/printable';
import { parseYaml } from '../../../src/core/content/yamlFile';
import type { Problem } from '../../../src/core/content/problems';
import { translate } from '../../../src/core/i18n/resources';
import type { Reason } from '../../../src/core/reasons';
import { isUiLanguage, UI_LANGUAGES } from '../../../src/core/i18n/resources';
import { idSchema, langSchema } from '../../../src/core/ids';
import { policyReasons } from './policyProblems';

/** A policy is a few lines; anything near this size is not one. */
export const MAX_POLICY_BYTES = 64 * 1024;
/** 128 bits: shorter keys could be guessed. */
export const MIN_KEY_BYTES = 16;

const uiLanguage = langSchema.refine(isUiLanguage, { error: 'admin.policy.error.notAppLanguage', params: { languages: UI_LANGUAGES.join(', ') } });

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
  .string({ error: 'admin.policy.error.keyNotText' })
  .transform((s, ctx) => {
    const key = decodeKey(s);
    if (!key) {
      ctx.addIssue({ code: 'custom', message: 'admin.policy.error.keyNotHexOrBase64' });
      return z.NEVER;
    }
    if (key.length < MIN_KEY_BYTES) {
      ctx.addIssue({ code: 'custom', message: 'admin.policy.error.keyTooShort', params: { bytes: MIN_KEY_BYTES, hex: MIN_KEY_BYTES * 2, base64: Math.ceil(MIN_KEY_BYTES / 3) * 4 } });
      return z.NEVER;
    }
    return key;
  });

const organisationSchema = z
  .string({ error: 'admin.policy.error.mustBeText' })
  .trim()
  .min(1, 'admin.policy.error.empty')
  .max(200, 'admin.policy.error.tooLong')
  .superRefine((s, ctx) => {
    const unprintable = foldPrintable(s).unprintable;
    if (unprintable.length > 0) ctx.addIssue({ code: 'custom', message: 'admin.policy.error.unprintable', params: { chars: unprintable.join(' ') } });
  });

const yesNo = z.boolean({ error: 'admin.policy.error.mustBeYesNo' });
const httpUrl = z.url({ protocol: /^https?$/, error: 'admin.policy.error.notHttpUrl' });
const text = z.string({ error: 'admin.policy.error.mustBeText' }).min(1, 'admin.policy.error.empty');

export const policySchema = z
  .strictObject(
    {
      organisationName: organisationSchema.optional(),
      /** The languages the app offers (default: all of them). */
      languages: z
        .array(uiLanguage, { error: 'admin.policy.error.mustBeList' })
        .min(1, 'admin.policy.error.noLanguage')
        .refine((l) => new Set(l).size === l.length, 'admin.policy.error.languageTwice')
        .optional(),
      /** The language of a first start (default: the system's). */
      defaultLanguage: uiLanguage.optional(),
      /** Shared by every installation of the administration, so any of them can verify a certificate. */
      certificateKey: keySchema.optional(),
      /** Who may create which profile. Default: no PIN needed, trainer profiles allowed without a PIN. */
      profiles: z
        .strictObject(
          {
            /** Every profile must have a PIN. */
            pinRequired: yesNo.optional(),
            /** Trainer profiles: allowed, allowed only with a PIN, or not at all. */
            trainerProfiles: z.enum(['allowed', 'pin', 'forbidden'], { error: 'admin.policy.error.oneOf' }).optional(),
          },
          { error: 'admin.policy.error.mustBeMapping' },
        )
        .optional(),
      /** Where learner data lives (an absolute path), instead of the per-user default. */
      dataFolder: z
        .string({ error: 'admin.policy.error.mustBeText' })
        .trim()
        .min(1, 'admin.policy.error.empty')
        .refine((s) => path.isAbsolute(s), 'admin.policy.error.notAbsolute')
        .optional(),
      /** Whether learners may restore a progress file into their record (default true). */
      learnersMayImportProgress: yesNo.optional(),
      /** Add-on content packs (.academypack). */
      packs: z
        .strictObject(
          {
            /** Refuse a pack that is not signed by one of publicKeys. */
            requireSignature: yesNo.optional(),
            /** Ed25519 public keys of the administration, base64 of the raw 32 bytes or of the SPKI DER. */
            publicKeys: z.array(z.string({ error: 'admin.policy.error.mustBeText' }).trim().min(1, 'admin.policy.error.empty'), { error: 'admin.policy.error.mustBeList' }).max(16, 'admin.policy.error.tooManyKeys').optional(),
            /** Pack ids in the order the home screen shows them; packs not listed follow. */
            order: z.array(idSchema, { error: 'admin.policy.error.mustBeList' }).optional(),
          },
          { error: 'admin.policy.error.mustBeMapping' },
        )
        .refine((p) => !p.requireSignature || (p.publicKeys?.length ?? 0) > 0, {
          message: 'admin.policy.error.signatureNeedsKey',
          path: ['publicKeys'],
        })
        .optional(),
      /** The Learning Record Store that receives xAPI statements (HTTP Basic, write-only keys). */
      lrs: z
        .strictObject(
          {
            endpoint: httpUrl,
            username: text,
            password: text,
            /** The IRI under which activity ids are built (default https://academy.wcoomd.example/xapi). */
            activityIriBase: httpUrl.optional(),
            /** The account home page that names learners (default: the endpoint's origin). */
            homePage: httpUrl.optional(),
          },
          { error: 'admin.policy.error.mustBeMapping' },
        )
        .optional(),
    },
    { error: 'admin.policy.error.notMapping' },
  )
  .refine((p) => !p.defaultLanguage || !p.languages || p.languages.includes(p.defaultLanguage), {
    message: 'admin.policy.error.defaultNotOffered',
    path: ['defaultLanguage'],
  });
export type Policy = z.output<typeof policySchema>;

/** Every field of the policy file, as dotted paths ("profiles.pinRequired"): the guide documents each. */
export function policyFieldPaths(): string[] {
  const walk = (schema: z.ZodType, prefix: string): string[] => {
    const def = (schema as { def?: { type?: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; schema?: z.ZodType } }).def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return walk(def.innerType!, prefix);
    if (def.type === 'pipe') return walk(def.in!, prefix);
    if (def.type === 'object' && def.shape) {
      return Object.entries(def.shape).flatMap(([k, v]) => {
        const here = prefix ? `${prefix}.${k}` : k;
        return [here, ...walk(v, here)];
      });
    }
    return [];
  };
  return walk(policySchema, '');
}

/** One reason the policy file cannot be used, with its line when it has one. */
export type PolicyProblem = Reason;

export interface PolicyService {
  /** The policy in force: empty when there is no policy file or it was ignored. */
  readonly policy: Policy;
  /** The file read, if any. */
  readonly file: string | undefined;
  /** Every reason the file was ignored (empty when it is in force or there is none). */
  readonly problems: readonly PolicyProblem[];
  /** The same in English, one "file:line: message" per line, for logs; undefined when fine. */
  readonly problem: string | undefined;
}

/** Reads and validates a policy file; never throws. No file (undefined) means no policy. */
export function openPolicyService(file: string | undefined): PolicyService {
  if (file === undefined) return { policy: {}, file: undefined, problems: [], problem: undefined };
  const result = readPolicy(file);
  if (result.ok) return { policy: result.policy, file, problems: [], problem: undefined };
  return { policy: {}, file, problems: result.problems, problem: formatPolicyProblems(file, result.problems, 'en').join('\n') };
}

/** Each problem as "file:line: message" in a language (the administrator's, the app's). */
export function formatPolicyProblems(file: string, problems: readonly PolicyProblem[], lang: string): string[] {
  return problems.map((p) => `${file}${p.line !== undefined ? `:${p.line}` : ''}: ${translate(lang, p.reason, p.params)}`);
}

type ReadResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

function readPolicy(file: string): ReadResult {
  const fail = (reason: string, params: Reason['params'] = {}, line?: number): ReadResult => ({
    ok: false,
    problems: [{ reason, params, file: path.basename(file), ...(line !== undefined && { line }) }],
  });
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return fail('errors.policy.notAFile');
    if (stat.size > MAX_POLICY_BYTES) return fail('errors.policy.tooLarge', { limit: MAX_POLICY_BYTES });
    const bytes = fs.readFileSync(file);
    if (bytes.length > MAX_POLICY_BYTES) return fail('errors.policy.tooLarge', { limit: MAX_POLICY_BYTES });
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('errors.policy.notFound');
    if (e instanceof TypeError) return fail('errors.policy.notUtf8');
    return fail('errors.policy.unreadable');
  }
  if (text.trim() === '') return fail('errors.policy.empty');
  // JSON is read as JSON first: YAML would accept what JSON does not (a trailing comma).
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message);
      return fail('errors.policy.malformedJson', {}, at ? text.slice(0, Number(at[1])).split('\n').length : undefined);
    }
  }
  // JSON is YAML too: one parser for both, and every problem comes with its line.
  const syntax: Problem[] = [];
  const yaml = parseYaml(path.basename(file), text, syntax);
  if (!yaml) {
    return { ok: false, problems: syntax.map((p) => ({ reason: 'errors.pack.malformedYaml', params: {}, file: path.basename(file), line: p.line })) };
  }
  const checked = policyReasons(yaml, policySchema);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  return { ok: true, policy: checked.value };
}

/**
 * The learner's notice that the policy was ignored: one short sentence in their language. The
 * details (file, lines, problems) are in <data>/logs/policy.log, for whoever supports them.
 */
export function policyNotice(service: PolicyService): Notice | undefined {
  if (service.problems.length === 0) return undefined;
  return { id: 'policy-ignored', key: 'admin.notice.policyIgnored' };
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
