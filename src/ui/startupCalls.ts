// The first module main.tsx imports, so it runs before React, i18next and the screens are
// evaluated: it takes the start-up call (sent earlier still by earlyStartup.ts, or sent here) and
// starts fetching the UI text while they are.
import { api } from './api';
import { prefetchLanguage } from './languageText';
import { hashToRoute } from '../core/routes';
import { startupArgsFor } from '../core/api/startup';

export const route = hashToRoute(window.location.hash);
prefetchLanguage();
// One call brings what the first screen needs: settings, profiles, notices, the active learner's
// catalog and progress, and the lesson in the address (see core/api/startup).
const early = window.academyEarlyStartup;
export const startupCall = early && early !== 'taken' && early.hash === window.location.hash ? early.call : api.getStartup(startupArgsFor(route));
// An early script that arrives after this (it is async) must not send the call again.
window.academyEarlyStartup = 'taken';
