import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

const settings = await api.getSettings();
await initI18n(settings.language);
createRoot(root).render(
  <StrictMode>
    <App initialSettings={settings} />
  </StrictMode>,
);
