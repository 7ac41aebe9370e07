import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { initI18n, prefetchLanguage } from './i18n';
import { primeLesson } from './lessonCache';
import { primeNotices } from './components/Notices';
import { hashToRoute } from '../core/routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

// One call brings what the first screen needs: settings, profiles, notices, the active learner's
// catalog and progress, and the lesson in the address (see core/api/startup).
const route = hashToRoute(window.location.hash);
prefetchLanguage(); // in parallel with the startup call, not after it
const startup = await api.getStartup(route.screen === 'lesson' ? { lesson: { packId: route.packId, lessonId: route.lessonId } } : {});
const { settings, profiles, learner } = startup;
if (route.screen === 'lesson' && startup.lesson) primeLesson({ packId: route.packId, lessonId: route.lessonId, lang: settings.language }, startup.lesson);
primeNotices(startup.notices);
const startData = learner ? Promise.resolve<[typeof learner.catalog, typeof learner.progress]>([learner.catalog, learner.progress]) : undefined;
await initI18n(settings.language);
createRoot(root).render(
  <StrictMode>
    <App initialSettings={settings} startData={startData} initialProfiles={profiles} />
  </StrictMode>,
);
