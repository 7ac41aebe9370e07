// Turns anything a call can throw into a message key and its values, so screens never show an
// exception's own text: a refusal from the API carries its reason key; anything else is an
// unexpected error in the renderer, logged here and shown as the generic message.
import { ApiError } from '../../core/api/createApi';

export interface ShownError {
  key: string;
  params: Record<string, string | number>;
}

export function shownError(e: unknown): ShownError {
  if (e instanceof ApiError) return { key: e.reason, params: e.params };
  console.error('unexpected error in the renderer', e);
  return { key: 'errors.unexpected', params: {} };
}
