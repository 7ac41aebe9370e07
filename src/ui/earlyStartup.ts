// The start-up call, sent by a classic script of its own (built apart, see earlyStartupScript in
// vite.config.ts): index.html runs it the moment it arrives, while the parser is still at work. A
// module script must first have its whole module graph (the boot chunk's imports included), and
// a deferred one also waits for the end of parsing.
// The app's boot module takes this call instead of sending its own (startupCalls.ts).
import { api } from './api';
import { hashToRoute } from '../core/routes';
import { startupArgsFor, type Startup } from '../core/api/startup';
import { startupInPage } from './startupInPage';

/** The call in flight, and the address it was made for (the app checks it is still the same). */
export interface EarlyStartup {
  hash: string;
  call: Promise<Startup>;
}

declare global {
  interface Window {
    /** 'taken' once the boot module has its start-up call: a call sent after that would be a second one. */
    academyEarlyStartup?: EarlyStartup | 'taken';
  }
}

// This script is async: on a fast load the boot module can run first and send the call itself.
// A page that carries the answer (startupInPage) needs no call.
const args = startupArgsFor(hashToRoute(window.location.hash));
if (window.academyEarlyStartup !== 'taken' && !startupInPage(args)) {
  const hash = window.location.hash;
  const call = api.getStartup(args);
  // Until the app takes it, a refusal is not "unhandled": the app handles it then.
  call.catch(() => undefined);
  window.academyEarlyStartup = { hash, call };
}
