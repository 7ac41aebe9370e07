// Electron main process: the glue. Every rule it applies comes from services/securityPolicy,
// every file it serves goes through services/staticFiles, every API call through the services'
// handlers. Keep this file thin.
import { mkdirSync } from 'node:fs';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { createHandlers } from '../services/api/handlers';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  canNavigate,
  externalUrlAllowed,
  isAppUrl,
  permissionAllowed,
  requestAllowed,
  type RendererWebPreferences,
  withContentSecurityPolicy,
} from '../services/securityPolicy';
import { createServices, type Services } from '../services/services';
import { createStaticHandler, HASHED_BUILD_ASSET } from '../services/staticFiles';
import { createPageHandler } from '../services/startup/entryPage';
import { startup } from '../services/startup/startup';
import {
  MIN_WINDOW_SIZE,
  clampToDisplays,
  createWindowStateSaver,
  loadWindowState,
  type WindowState,
  type WindowStateSaver,
} from '../services/windowState';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { translate } from '../../src/core/i18n/resources';
import { findPolicyFile, openPolicyService } from '../services/policy/policyService';
import { resolveDataFolder } from '../services/policy/dataFolder';
import { packFilesInArgv, preloadPackFolders } from '../services/packs/packLocations';
import { routeToHash } from '../../src/core/routes';
import { addressFor } from '../../src/core/api/startup';

/** out/main when built; the preload and the renderer are built next to it. */
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(mainDir, '..', 'preload', 'index.cjs');
const RENDERER_DIR = path.join(mainDir, '..', 'renderer');
const SERVICES_CLOSE_TIMEOUT_MS = 5000;

/**
 * Where an administration's policy file (academy-policy.yaml, .yml or .json) is looked for, first
 * found wins: next to the executable (put there by a software deployment), then in the app's
 * resources folder (a build made for one administration). A bad one is ignored with a notice.
 */
function policyDirs(): string[] {
  return [path.dirname(app.getPath('exe')), process.resourcesPath];
}

/** The built-in course: shipped in resources/content, or the repository's content/ in development. */
function builtInContentDir(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'content')
    : path.resolve(mainDir, '..', '..', 'content');
}

// The policy is read first: its dataFolder decides where learner data and the browser profile
// live. ACADEMY_DATA_DIR (absolute) wins over it (the e2e tests' fresh profile). Must happen
// before the single-instance lock, which is per user-data folder.
const policy = openPolicyService(findPolicyFile(policyDirs()));
const dataFolder = resolveDataFolder({
  explicit: process.env['ACADEMY_DATA_DIR'],
  policy: policy.policy,
  defaultDir: () => app.getPath('userData'),
});
if (dataFolder.source !== 'default') {
  mkdirSync(dataFolder.dir, { recursive: true }); // setPath throws for a missing folder
  app.setPath('userData', dataFolder.dir);
  app.setPath('sessionData', dataFolder.dir);
}

// Must be called before 'ready'. standard+secure make app:// behave like https for the page;
// codeCache lets V8 keep its compiled code for the app's scripts from one start to the next.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let windowSaver: WindowStateSaver | null = null;
let services: Services | null = null;
let unregisterIpc: (() => void) | null = null;
/** .academypack files the app was asked to open (argv, macOS open-file) before it was ready. */
const filesToOffer: string[] = packFilesInArgv(process.argv);

// macOS opens a file with an event, possibly before 'ready'; Windows and Linux start a second
// copy with the file in argv (second-instance below). Either way the install screen offers it.
app.on('open-file', (event, file) => {
  event.preventDefault();
  filesToOffer.push(file);
  if (mainWindow) void offerPackFiles(mainWindow);
});

if (!app.requestSingleInstanceLock()) {
  // Another copy is running with the same data: it gets focus (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    filesToOffer.push(...packFilesInArgv(argv));
    void offerPackFiles(mainWindow);
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  installShutdown();
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      // Tell the person in front of the screen, not only a console nobody sees.
      console.error('Startup failed', err);
      dialog.showErrorBox(
        translate(systemLanguage() ?? 'en', 'app.startupFailed'),
        err instanceof Error ? err.message : String(err),
      );
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));

  const dataDir = app.getPath('userData');
  const contentRoots = [builtInContentDir()];
  // Learner data goes through electron-store (conf's Electron subclass) with the very options
  // that tests give conf; storeOptions() passes electron-store's `name` so each store keeps its file.
  services = createServices({
    createStore: (options) => new ElectronStore(options),
    dataDir,
    contentRoots,
    openExternal: openExternalChecked,
    initialLanguage: systemLanguage(),
    policy,
    ...(dataFolder.problem && { dataFolderProblem: dataFolder.problem }),
  });

  // The same mounts as the preview harness: the renderer build at '/', and each loaded pack's
  // media folder at /packs/<pack id>/media/ (by manifest id, so a folder name cannot spoof it).
  // Preloaded packs (system-wide folder, installer's resources/packs): each archive installed once.
  await services.packs.preload(preloadPackFolders(process.platform, process.env, process.resourcesPath));

  const serveFiles = createStaticHandler({
    // Asked per request: a pack installed from Settings has its media served at once.
    mounts: () => [{ prefix: '/', dir: RENDERER_DIR }, ...(services?.content.mediaMounts() ?? [])],
    csp: CONTENT_SECURITY_POLICY,
    spaFallback: 'index.html',
    immutable: HASHED_BUILD_ASSET,
  });
  // index.html?open=… carries the first screen's data (see entryPage.ts).
  const serveStatic = createPageHandler(
    serveFiles,
    // No services (the app is closing): the plain page.
    (args) => (services ? startup(services, args) : null),
    (err) => console.warn('Could not write the start-up data into the page', err),
  );
  protocol.handle(APP_SCHEME, (request) =>
    isAppUrl(request.url) ? serveStatic(request) : Promise.resolve(notFound()),
  );

  unregisterIpc = registerIpcHandlers(ipcMain, createHandlers(services, isTrustedSender));

  mainWindow = await createMainWindow(dataDir);
  await offerPackFiles(mainWindow);
}

/** Opens the content-packs screen on each file the app was asked to open; it installs only when confirmed. */
async function offerPackFiles(win: BrowserWindow): Promise<void> {
  while (services && filesToOffer.length > 0) {
    const file = filesToOffer.shift()!;
    try {
      const { uploadId } = services.packs.offerFile(file);
      await win.loadURL(`${APP_ENTRY_URL}${addressFor(routeToHash({ screen: 'packs', offer: uploadId }))}`);
    } catch (err) {
      console.error('Could not offer the pack file', file, err);
    }
  }
}

/** The learner's first system language as a bare code ('fr-CA' → 'fr'); settings validate it. */
function systemLanguage(): string | undefined {
  const preferred = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
  return preferred ? preferred.split('-')[0]?.toLowerCase() : undefined;
}

/** The only way anything reaches the system browser: the allow-list is checked here too. */
async function openExternalChecked(url: string): Promise<void> {
  if (!externalUrlAllowed(url)) throw new Error('This link cannot be opened.');
  await shell.openExternal(url);
}

function notFound(): Response {
  return new Response('Not Found', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionAllowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  // The app makes no network request and reads no file:// URL; the CSP says so, this enforces it.
  // No URL filter: every request is judged by the one predicate (and no pattern syntax can fail).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}

/** Applied to every web contents the app ever creates, including any it did not mean to. */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!canNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!canNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!canNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // New windows (target=_blank, window.open) never open; external links go through openExternal.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

async function createMainWindow(dataDir: string): Promise<BrowserWindow> {
  const saved = await loadWindowState(dataDir);
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const bounds = clampToDisplays(
    saved.bounds,
    displays.map((d) => d.workArea),
  );

  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    // The page sets its own title once loaded; this one shows while it loads.
    title: translate(services?.settings.get().language ?? 'en', 'app.name'),
    backgroundColor: '#ffffff',
    // A literal, for static security scanners; the compiler (satisfies) and a unit test
    // (securityPolicy.test.ts) keep it equal to rendererWebPreferences(), the tested values.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: PRELOAD_PATH,
    } satisfies RendererWebPreferences,
  });

  const saver = createWindowStateSaver(dataDir, {
    onError: (err) => console.warn('Could not save the window position', err),
  });
  windowSaver = saver;
  const snapshot = (): WindowState => ({
    bounds: win.getNormalBounds(),
    maximized: win.isMaximized(),
    fullScreen: win.isFullScreen(),
  });
  const remember = (): void => saver.schedule(snapshot());
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('enter-full-screen', remember);
  win.on('leave-full-screen', remember);
  win.on('close', () => void saver.flush(snapshot()));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  win.once('ready-to-show', () => {
    if (saved.maximized) win.maximize();
    if (saved.fullScreen) win.setFullScreen(true);
    win.show();
  });

  try {
    await win.loadURL(`${APP_ENTRY_URL}${addressFor(routeToHash({ screen: 'home' }))}`);
  } catch (err) {
    // Show the window anyway, so a broken build is visible instead of an invisible process.
    console.error('Could not load the app page', err);
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  }
  return win;
}

function menuTemplate(): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!app.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

/** Closes the services (and the last window-state write) before the process exits. */
function installShutdown(): void {
  let started = false;
  let done = false;
  app.on('will-quit', (event) => {
    if (done) return;
    event.preventDefault();
    if (started) return;
    started = true;
    void shutdown().finally(() => {
      done = true;
      app.quit();
    });
  });
}

async function shutdown(): Promise<void> {
  unregisterIpc?.();
  unregisterIpc = null;
  const closing: Promise<unknown>[] = [];
  if (windowSaver) closing.push(windowSaver.flush());
  if (services) closing.push(withTimeout(services.close(), SERVICES_CLOSE_TIMEOUT_MS));
  services = null;
  const results = await Promise.allSettled(closing);
  for (const r of results) if (r.status === 'rejected') console.error('Shutdown step failed', r.reason);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
