import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { fetchStartData } from './appState';
import { initI18n } from './i18n';
import { loadLesson } from './lessonCache';
import { hashToRoute } from '../core/routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

// Which learner is studying decides whose record to load: none yet when the picker comes first.
const [settings, profiles] = await Promise.all([api.getSettings(), api.listProfiles()]);
// Ask for the lesson in the address now, while i18n and React start up.
const route = hashToRoute(window.location.hash);
if (route.screen === 'lesson') void loadLesson({ packId: route.packId, lessonId: route.lessonId, lang: settings.language }).catch(() => undefined);
const startData = profiles.activeId === null ? undefined : fetchStartData(settings.language);
await initI18n(settings.language);
createRoot(root).render(
  <StrictMode>
    <App initialSettings={settings} startData={startData} initialProfiles={profiles} />
  </StrictMode>,
);
