// A learner's journey through the built-in pack's first module, on real services with a policy
// naming an LRS: the statements the xAPI tests send and query back.
import fs from 'node:fs';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services/services';
import type { SenderOptions } from '../../../electron/services/xapi/sender';
import { CONTENT_DIR, LESSON_IDS, PACK_ID, rightAnswers, submission, wrongAnswers } from '../services/packAnswers';
import { LRS_PASSWORD, LRS_USER } from '../../lrs/lrsServer';

/** A policy file naming the LRS, in `dir`. */
export function writePolicy(dir: string, endpoint: string): string {
  const file = path.join(dir, 'academy-policy.yaml');
  fs.writeFileSync(file, `lrs:\n  endpoint: ${endpoint}\n  username: ${LRS_USER}\n  password: ${LRS_PASSWORD}\n  activityIriBase: https://customs.example/academy\n`);
  return file;
}

/** Short timeouts and back-off: a test waits seconds, not minutes. */
export const FAST_SENDER: Omit<SenderOptions, 'lrs'> = { timeoutMs: 1000, batchSize: 10, retry: { tries: 6, baseMs: 50, maxMs: 400 } };

export function openServices(dataDir: string, policyFile: string, sender: Omit<SenderOptions, 'lrs'> = FAST_SENDER): Services {
  return createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {}, policyFile, xapiEveryMs: 0, xapiSender: sender });
}

/** Every lesson of the first module opened and finished, the quiz failed then passed. */
export function journey(s: Services): void {
  for (const id of LESSON_IDS) {
    s.progress.lessonEvent(PACK_ID, id, 'opened');
    s.progress.lessonEvent(PACK_ID, id, 'finished');
  }
  s.progress.submitAttempt(submission('basics-quiz', wrongAnswers('basics-quiz')));
  s.progress.submitAttempt(submission('basics-quiz', rightAnswers('basics-quiz')));
}

/** The ids of the statements waiting in the active learner's outbox. */
export const queuedIds = (s: Services): string[] => [...s.progress.outbox().queued.keys()];
