// The first module main.tsx imports, so it runs before React, i18next and the screens are
// evaluated: it takes the start-up data (written into the page, or the call sent earlier still by
// earlyStartup.ts, or sent here) and starts fetching the UI text while they are.
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
const early = window.academyEarlyStartup;
export const startupCall: Promise<Startup> = startupHere
  ? Promise.resolve(startupHere)
  : early && early !== 'taken' && early.hash === window.location.hash
    ? early.call
    : api.getStartup(args);
// An early script that arrives after this (it is async) must not send the call again.
window.academyEarlyStartup = 'taken';
