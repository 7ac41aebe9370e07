// The renderer's only door to the rest of the app: the typed API, built by the same createApi()
// as the preview harness, over ipcRenderer.invoke. No raw ipcRenderer, send/on or sendSync.
// Sandboxed preloads cannot load modules, so this is bundled to a single CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../src/core/api/createApi';

contextBridge.exposeInMainWorld(
  'academy',
  createApi((channel, arg) => ipcRenderer.invoke(channel, arg)),
);
