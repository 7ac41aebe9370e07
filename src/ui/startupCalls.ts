// The first module main.tsx imports, so it runs before React, i18next and the screens are
// evaluated: it sends the startup call and starts fetching the UI text while they are.
import { api } from './api';
import { prefetchLanguage } from './languageText';
import { hashToRoute } from '../core/routes';

export const route = hashToRoute(window.location.hash);
prefetchLanguage();
// One call brings what the first screen needs: settings, profiles, notices, the active learner's
// catalog and progress, and the lesson in the address (see core/api/startup).
export const startupCall = api.getStartup(route.screen === 'lesson' ? { lesson: { packId: route.packId, lessonId: route.lessonId } } : {});
