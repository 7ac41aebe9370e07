import { route, startupCall, startupHere } from './startupCalls'; // first: see there
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { primeLesson } from './lessonCache';
import { primeNotices } from './components/Notices';
import { followAddress } from './router';
import './styles.css';

// index.html loads this chunk `async` and render-blocking (see renderFirstScreenFirst in
// vite.config.ts): the browser paints nothing before it has run. When the page carries the
// start-up data and the UI text is at hand (the default language's), all of this runs in that
// one task: every await below is then of a settled promise, and the render is synchronous. The
// first frame shows the screen, instead of an empty page with the screen one frame (16 ms) later.

/** An async script may run before the parser has reached #root; a page without one gets one. */
async function parsedRoot(): Promise<HTMLElement> {
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
}

const root = document.getElementById('root') ?? (await parsedRoot());
const startup = startupHere ?? (await startupCall);
const { settings, profiles, learner } = startup;
if (route.screen === 'lesson' && startup.lesson) primeLesson({ packId: route.packId, lessonId: route.lessonId, lang: settings.language }, startup.lesson);
primeNotices(startup.notices);
await initI18n(settings.language);
const reactRoot = createRoot(root);
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      <App initialSettings={settings} startData={learner ?? undefined} initialProfiles={profiles} />
    </StrictMode>,
  ),
);
followAddress();
