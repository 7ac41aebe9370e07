// getStartup's answer as the page's server wrote it into index.html (see core/api/startup and
// electron/services/startup/entryPage.ts), when it answers this address: then the first screen
// needs no call. The block records the arguments it answers; a page reloaded at another screen
// than the one it was served for has a block for that other screen, and the call is made.
import { STARTUP_ELEMENT_ID, startupArgsKey, type Startup } from '../core/api/startup';
import type { StartupArgs } from '../core/api/schemas';

export function startupInPage(args: StartupArgs): Startup | null {
  const block = document.getElementById(STARTUP_ELEMENT_ID);
  if (!(block instanceof HTMLScriptElement) || block.type !== 'application/json' || block.dataset['args'] !== startupArgsKey(args)) return null;
  try {
    return JSON.parse(block.text) as Startup;
  } catch {
    return null; // a damaged block: the call brings the data
  }
}
