// The policy's problems, for whoever supports the PC: at each start with a policy file, one
// line saying whether it is in force, and each problem with its line, appended to
// <data>/logs/policy.log in the app's language. The learner sees only a short notice.
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../src/core/i18n/resources';
import type { DataFolderProblem } from './dataFolder';
import { formatPolicyProblems, type PolicyService } from './policyService';

export const POLICY_LOG = path.join('logs', 'policy.log');
/** Past this size the log starts again (the old one kept as policy.log.1): a start adds a few lines. */
export const MAX_POLICY_LOG_BYTES = 256 * 1024;

/** Appends this start's lines; never throws (a log that cannot be written must not stop the app). */
export function writePolicyLog(dataDir: string, service: PolicyService, lang: string, dataFolderProblem?: DataFolderProblem, now = new Date()): string[] {
  if (service.file === undefined) return [];
  const unusable = dataFolderProblem ? [translate(lang, 'admin.log.dataFolderUnusable', { ...dataFolderProblem })] : [];
  const lines = [...policyLogLines(service, lang), ...unusable];
  const file = path.join(dataDir, POLICY_LOG);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size > MAX_POLICY_LOG_BYTES) fs.renameSync(file, `${file}.1`);
    fs.appendFileSync(file, lines.map((l) => `${now.toISOString()} ${l}\n`).join(''));
  } catch (err) {
    console.warn('Could not write the policy log', err);
  }
  return lines;
}

/** What the log says about a policy file, in a language: a first line, then one line per problem. */
export function policyLogLines(service: PolicyService, lang: string): string[] {
  const file = service.file ?? '';
  if (service.problems.length === 0) return [translate(lang, 'admin.log.inForce', { file })];
  return [
    translate(lang, 'admin.log.ignored', { file, count: service.problems.length }),
    ...formatPolicyProblems(file, service.problems, lang).map((l) => `  ${l}`),
  ];
}
