// The renderer's single way to reach the app: the typed API. In Electron the preload exposes
// it as window.academy (IPC); in the browser preview it is built over HTTP to the same handlers.
import type { AcademyApi, Channel, Envelope } from '../core/api/contract';
import { createApi } from '../core/api/createApi';

declare global {
  interface Window {
    academy?: AcademyApi;
  }
}

async function httpInvoke(channel: Channel, arg: unknown): Promise<Envelope<unknown>> {
  const res = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(arg ?? null),
  });
  return (await res.json()) as Envelope<unknown>;
}

export const api: AcademyApi = window.academy ?? createApi(httpInvoke);

/**
 * For calls whose failure the learner cannot act on (the "where you left off" position, the
 * "lesson opened" mark): the next successful write records them again, so a failed one (the app
 * closing mid-request) must not become an unhandled error on the page.
 */
export function ignoreBestEffortFailure(): void {}
