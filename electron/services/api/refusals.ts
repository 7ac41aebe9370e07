// The envelopes a refused or failed call returns. A refusal names its reason (an i18n key) and
// the values its message needs; an unexpected failure is logged here with an id, and only that id
// crosses to the renderer, so no stack trace or file path reaches a learner.
import { randomBytes } from 'node:crypto';
import type { ApiErrorInfo, Envelope } from '../../../src/core/api/contract';
import type { ErrorParams } from '../errors';

export function refusal(code: ApiErrorInfo['code'], reason: string, params: ErrorParams = {}): Envelope<never> {
  return { ok: false, error: { code, reason, params } };
}

export type Log = (message: string, error: unknown) => void;

/** Logs an unexpected error with a short id and returns the generic envelope that carries the id. */
export function internalFailure(context: string, error: unknown, log: Log = console.error): Envelope<never> {
  const id = randomBytes(4).toString('hex').toUpperCase();
  log(`[error ${id}] ${context}`, error);
  return { ok: false, error: { code: 'internal', reason: 'errors.internal', params: { id }, id } };
}
