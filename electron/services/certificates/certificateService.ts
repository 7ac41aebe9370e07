// Course certificates: passing a pack's final exam (a quiz marked `final`) earns one. The facts
// come from the learner's record and the pack, the organisation from the policy file, the name
// from the learner; the verification code is a keyed hash of them (certificateCode). The key is
// the policy's when it gives one (so every PC of an administration can check every other's
// certificates), otherwise this installation's own.
import { certificateDetailsSchema, type CertificateDetails, type CertificateView, type VerifyCertificateResult } from '../../../src/core/certificates/details';
import { certificateAttempt, finalQuizIds } from '../../../src/core/certificates/finalExam';
import { foldPrintable } from '../../../src/core/certificates/printable';
import { hoursOf, studyTimeMs } from '../../../src/core/certificates/studyTime';
import { chooseLang, textIn } from '../../../src/core/content/views';
import type { Notice } from '../../../src/core/api/contract';
import { localDate } from '../../../src/core/review/streak';
import type { ContentLibrary } from '../content/contentLibrary';
import { CAUSE_KEYS } from '../notices';
import type { Policy } from '../policy/policyService';
import type { ProgressService } from '../progress/progressService';
import type { BackingStoreFactory } from '../store/storeOptions';
import { certificateCode, codeMatches } from './certificateCode';
import { fill, renderCertificatePdf } from './certificatePdf';
import { openInstallationKey } from './installationKey';
import type { RecoveryEvent } from '../store/safeStore';

export interface CertificateRequest {
  packId: string;
  lang: string;
  name?: string;
}

export interface VerifyRequest {
  details: CertificateDetails;
  code: string;
}

export interface CertificateService {
  /** Whether the learner has earned the pack's certificate; with a name, the certificate itself. */
  get(req: CertificateRequest): Promise<CertificateView>;
  verify(req: VerifyRequest): VerifyCertificateResult;
  /** Set when this installation's key file had to be restored or replaced at start-up. */
  readonly keyRecovery: RecoveryEvent | undefined;
}

export function openCertificateService(opts: {
  dir: string;
  content: ContentLibrary;
  progress: ProgressService;
  policy: Policy;
  createStore: BackingStoreFactory;
  /** The calendar day of a moment, on this computer (tests pin the time zone). */
  dayOf?: (at: Date) => string;
}): CertificateService {
  const dayOf = opts.dayOf ?? localDate;
  // The installation's key is only made (and kept) when no policy key replaces it.
  const installation = opts.policy.certificateKey ? undefined : openInstallationKey({ dir: opts.dir, createStore: opts.createStore });
  const key: Uint8Array = opts.policy.certificateKey ?? installation!.key;
  const keySource = opts.policy.certificateKey ? 'policy' : 'installation';
  const organisation = opts.policy.organisationName ? foldPrintable(opts.policy.organisationName).text : undefined;

  return {
    keyRecovery: installation?.recovery,
    async get({ packId, lang, name }) {
      const pack = opts.content.pack(packId);
      const finals = finalQuizIds(pack);
      if (finals.length === 0) return { eligible: false, reason: 'no-final-exam' };
      const progress = opts.progress.snapshot();
      const attempt = certificateAttempt(progress, packId, finals);
      if (!attempt) return { eligible: false, reason: 'not-passed', finalQuizId: finals[0] };

      const choice = chooseLang(pack, lang);
      const courseTitle = textIn(pack.manifest.title, choice.lang);
      const folded = foldPrintable(name ?? '');
      const details: CertificateDetails = {
        name: folded.text,
        courseId: pack.manifest.id,
        courseVersion: pack.manifest.version,
        date: dayOf(new Date(attempt.finishedAt)),
        scorePercent: Math.round(attempt.score * 100),
        hours: hoursOf(studyTimeMs(progress, packId, attempt.finishedAt)),
        ...(organisation ? { organisation } : {}),
      };
      const base = { eligible: true as const, details, courseTitle, courseLang: choice.lang };
      if (folded.unprintable.length > 0) return { ...base, unprintable: folded.unprintable };
      if (folded.text === '') return base;

      const code = certificateCode(key, details);
      if (code === undefined) return { ...base, unprintable: [] };
      const pdf = await renderCertificatePdf({ lang, details, courseTitle, code, issuedAt: new Date(attempt.finishedAt) });
      const fileName = fill(lang, 'certificates.fileName', { course: details.courseId, date: details.date });
      return { ...base, issued: { code, fileName, pdfBase64: Buffer.from(pdf).toString('base64') } };
    },
    verify({ details, code }) {
      const parsed = certificateDetailsSchema.parse(details);
      return { valid: codeMatches(key, parsed, code), keySource };
    },
  };
}

/** The notice when this installation's key was lost: certificates issued here before no longer verify. */
export function keyResetNotice(recovery: RecoveryEvent | undefined): Notice | undefined {
  if (recovery?.kind !== 'reset') return undefined;
  return { id: 'certificate-key-reset', key: 'certificates.keyReset', params: { file: recovery.movedTo }, paramKeys: { reason: CAUSE_KEYS[recovery.cause] } };
}
