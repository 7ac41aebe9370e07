// The SCORM package's player: one module's lessons and quiz, the app's own components and
// scoring, talking to the LMS through the SCORM 1.2 API only (see lms.ts). Built into the
// package by electron/services/scorm; never part of the desktop app's renderer.
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { SCORM_DATA_GLOBAL, type ScormModuleData } from '../../core/scorm/packageData';
import { numbersInTheLanguage } from '../numberFormat';
import { connectLms } from './lms';
import { Player } from './Player';
import { createTracker } from './tracker';
import '../styles.css';
import './player.css';

const data = (window as unknown as Record<string, ScormModuleData | undefined>)[SCORM_DATA_GLOBAL];
const root = document.getElementById('root');
if (data && root) {
  await i18next.use(initReactI18next).use(numbersInTheLanguage).init({
    resources: { [data.lang]: { translation: data.text } },
    lng: data.lang,
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  document.documentElement.lang = data.lang;
  document.title = data.title;
  const tracker = createTracker(connectLms(), data);
  createRoot(root).render(
    <StrictMode>
      <Player data={data} tracker={tracker} />
    </StrictMode>,
  );
}
