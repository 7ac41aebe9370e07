import { route, startupCall } from './startupCalls'; // first: see there
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { primeLesson } from './lessonCache';
import { primeNotices } from './components/Notices';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

const startup = await startupCall;
const { settings, profiles, learner } = startup;
if (route.screen === 'lesson' && startup.lesson) primeLesson({ packId: route.packId, lessonId: route.lessonId, lang: settings.language }, startup.lesson);
primeNotices(startup.notices);
await initI18n(settings.language);
createRoot(root).render(
  <StrictMode>
    <App initialSettings={settings} startData={learner ?? undefined} initialProfiles={profiles} />
  </StrictMode>,
);
