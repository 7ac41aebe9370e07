// The first module main.tsx imports, and a chunk index.html loads on its own (see
// sendStartupCallEarly in vite.config.ts), so it runs before React, i18next and the screens are
// evaluated: it takes the start-up data written into the page, or else sends the start-up call,
// and starts fetching the UI text while they are.
import { api } from './api';
import { prefetchLanguage } from './languageText';
import { startupInPage } from './startupInPage';
import { hashToRoute } from '../core/routes';
import { startupArgsFor, type Startup } from '../core/api/startup';

export const route = hashToRoute(window.location.hash);
const args = startupArgsFor(route);
/** The start-up data the page carries for this address (then no call is made), or null. */
export const startupHere: Startup | null = startupInPage(args);
prefetchLanguage(startupHere?.settings.language);
// One call brings what the first screen needs: settings, profiles, notices, the active learner's
// catalog and progress, and the lesson in the address (see core/api/startup).
export const startupCall: Promise<Startup> = startupHere ? Promise.resolve(startupHere) : api.getStartup(args);
