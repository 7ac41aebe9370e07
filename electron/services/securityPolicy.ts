// The app's security rules, as plain values and predicates, in one place.
// Electron main applies them; the Node preview harness and the unit tests import the very same
// values, so a rule cannot be weakened in one copy and kept in another. No 'electron' import here.

/** The privileged scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
/** The only origin whose frames may call the API. */
export const APP_ORIGIN = 'app://academy';
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longest URL we will hand to the operating system's browser. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export interface RendererWebPreferences {
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly webviewTag: false;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly spellcheck: false;
  readonly navigateOnDragDrop: false;
  readonly disableBlinkFeatures: 'Auxclick';
  readonly preload: string;
}

/**
 * webPreferences for every window that shows the app (Electron security checklist). Electron main
 * writes them again as a literal where the window is created, so static scanners see them there;
 * `satisfies RendererWebPreferences` and a unit test keep that literal equal to these values.
 */
export function rendererWebPreferences(preloadPath: string): RendererWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // The spellchecker downloads dictionaries from Google's CDN: the app makes no request of its own.
    spellcheck: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    // A middle click must not open a link in a new window (Electron security checklist).
    disableBlinkFeatures: 'Auxclick',
    preload: preloadPath,
  };
}

/**
 * Content-Security-Policy of every response the app serves: only its own files, no inline
 * script or style, no remote origin, no plugins, no frames, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Permissions (camera, notifications, geolocation…) the renderer may get: none. */
export const PERMISSIONS_GRANTED: readonly string[] = [];

/** Whether the renderer may be granted a permission (always false today; one place to change). */
export function permissionAllowed(permission: string): boolean {
  return PERMISSIONS_GRANTED.includes(permission);
}

/**
 * Whether the app's session lets a request through (defence in depth behind the CSP): the
 * app's own files, inline data: images, blob: URLs the app made itself, and the developer tools.
 * Everything else (http, https, ws, file, other hosts on app:) is cancelled: the app makes no
 * network request of its own and never reads file:// URLs.
 */
export function requestAllowed(url: string): boolean {
  if (typeof url !== 'string') return false;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  if (url.startsWith('devtools://')) return true;
  return isAppUrl(url);
}

function parseUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Node's URL gives origin "null" for non-special schemes such as app:, so origins are compared
// field by field: scheme, host, port, and no credentials.
function sameOrigin(url: URL, origin: URL): boolean {
  return (
    url.protocol === origin.protocol &&
    url.host === origin.host &&
    url.hostname.length > 0 &&
    url.username === '' &&
    url.password === ''
  );
}

/** Whether an IPC message comes from a frame showing the app itself (exact origin match). */
export function isTrustedSenderUrl(url: string | undefined, allowedOrigin: string): boolean {
  const sender = parseUrl(url);
  const allowed = parseUrl(allowedOrigin);
  if (!sender || !allowed) return false;
  return sameOrigin(sender, allowed);
}

/** Whether a URL is on the app's own origin (app://academy). */
export function isAppUrl(url: string | undefined): boolean {
  return isTrustedSenderUrl(url, APP_ORIGIN);
}

/**
 * Whether the renderer may navigate (will-navigate, will-frame-navigate, will-redirect) to a URL.
 * Never: the app is a single page and in-page hash or history changes do not fire those
 * events, so there is nothing legitimate to allow. Links out go through openExternal.
 */
export function canNavigate(_url: string): boolean {
  return false;
}

/**
 * Whether a link may be handed to the system browser: http(s) with a host, no user:password@,
 * and not absurdly long. Everything else (javascript:, file:, data:, custom schemes that could
 * launch local programs) is refused.
 */
export function externalUrlAllowed(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // The URL parser silently strips these, so a link that contains them is not what it looks like.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f\s\\]/.test(url)) return false;
  // 'https:///x' or 'https:x' would be "repaired" by the parser into a host the reader never saw.
  if (!/^https?:\/\/[^/?#]/i.test(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.hostname.length === 0) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return true;
}

/**
 * Response headers with our CSP in place of any other (defence in depth behind the protocol
 * handler, which already sends it). Header names are case-insensitive, so every spelling goes.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
