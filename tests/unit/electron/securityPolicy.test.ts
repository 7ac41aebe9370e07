import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  MAX_EXTERNAL_URL_LENGTH,
  PERMISSIONS_GRANTED,
  canNavigate,
  externalUrlAllowed,
  isAppUrl,
  isTrustedSenderUrl,
  permissionAllowed,
  rendererWebPreferences,
  requestAllowed,
  withContentSecurityPolicy,
} from '../../../electron/services/securityPolicy';

describe('the app origin', () => {
  it('is app://academy, served from the privileged app: scheme', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://academy');
    expect(APP_ENTRY_URL).toBe('app://academy/index.html');
  });
});

describe('renderer webPreferences', () => {
  const prefs = rendererWebPreferences('/opt/academy/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('uses the given preload and nothing else', () => {
    expect(prefs.preload).toBe('/opt/academy/preload/index.cjs');
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('the webPreferences literal in electron/main (what static scanners read)', () => {
  const MAIN = path.resolve(import.meta.dirname, '../../../electron/main/index.ts');

  /** The `webPreferences: { … }` object written where the BrowserWindow is created, as key → source text. */
  function literalIn(source: string): Map<string, string> {
    const block = /new BrowserWindow\(\{[\s\S]*?webPreferences: \{([\s\S]*?)\}/.exec(source)?.[1];
    if (!block) throw new Error('no webPreferences literal in new BrowserWindow({ … })');
    const entries = block
      .split('\n')
      .map((l) => l.replace(/\/\/.*$/, '').trim())
      .filter((l) => l !== '')
      .map((l) => /^(\w+): (.+?),?$/.exec(l))
      .map((m) => {
        if (!m) throw new Error('webPreferences holds something other than "key: value" lines');
        return [m[1]!, m[2]!] as const;
      });
    return new Map(entries);
  }

  it('equals the tested values, key for key, with the preload path as the only variable', () => {
    const literal = literalIn(fs.readFileSync(MAIN, 'utf8'));
    const tested = rendererWebPreferences('PRELOAD_PATH');
    const asSource = (v: unknown) => (v === 'PRELOAD_PATH' ? 'PRELOAD_PATH' : typeof v === 'string' ? `'${v}'` : String(v));
    expect(Object.fromEntries(literal)).toEqual(Object.fromEntries(Object.entries(tested).map(([k, v]) => [k, asSource(v)])));
  });

  it('the check itself sees a weakened or spread literal', () => {
    const good = "const win = new BrowserWindow({\n  show: false,\n  webPreferences: {\n    sandbox: true,\n  } satisfies X,\n});";
    expect(literalIn(good).get('sandbox')).toBe('true');
    expect(literalIn(good.replace('sandbox: true', 'sandbox: false')).get('sandbox')).toBe('false');
    expect(() => literalIn(good.replace('sandbox: true,', '...rendererWebPreferences(p),'))).toThrow(/key: value/);
    expect(() => literalIn('new BrowserWindow({ webPreferences: prefs })')).toThrow(/no webPreferences literal/);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('has %s %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it('has no other directive', () => {
    expect(directives.size).toBe(10);
  });

  it('allows no inline code, eval or remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|blob:|filesystem:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/nonce-|sha\d+-/);
  });

  it('replaces any CSP a response carries, whatever the header spelling', () => {
    const out = withContentSecurityPolicy({
      'content-security-policy': ["script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY': "default-src *",
      'Content-Type': ['text/html'],
    });
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('IPC sender check', () => {
  it.each([
    'app://academy/index.html',
    'app://academy/',
    'app://academy',
    'app://academy/index.html#/lesson/x?y=1',
  ])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url, APP_ORIGIN)).toBe(true);
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['not a URL', 'academy'],
    ['a lookalike host', 'app://academy.evil/index.html'],
    ['a lookalike prefix', 'app://academyevil/index.html'],
    ['a subdomain', 'app://x.academy/index.html'],
    ['credentials', 'app://academy@evil/index.html'],
    ['user info on the right host', 'app://evil@academy/index.html'],
    ['a port', 'app://academy:8080/index.html'],
    ['another host', 'app://evil/index.html'],
    ['file:', 'file:///opt/academy/index.html'],
    ['loopback http', 'http://127.0.0.1:1/'],
    ['https', 'https://academy/index.html'],
    ['the host as a path', 'https://evil.example/app://academy'],
    ['about:blank', 'about:blank'],
    ['data:', 'data:text/html,<h1>x</h1>'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSenderUrl(url, APP_ORIGIN)).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses everything when the allowed origin is not a URL', () => {
    expect(isTrustedSenderUrl('app://academy/', '')).toBe(false);
  });
});

describe('navigation', () => {
  it.each([
    'app://academy/index.html',
    'app://academy/index.html#/home',
    'https://www.wcoomd.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('never lets the renderer navigate to %s', (url) => {
    expect(canNavigate(url)).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    'https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools/frameworks-of-standards/ecommerce.aspx',
    'http://example.org/',
    'https://example.org:8443/path?q=1#frag',
  ])('allows %s', (url) => {
    expect(externalUrlAllowed(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['data:', 'data:text/html,hi'],
    ['mailto:', 'mailto:a@example.org'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['the app itself', 'app://academy/index.html'],
    ['credentials', 'https://user:pass@example.org/'],
    ['a user name', 'https://user@example.org/'],
    ['no host', 'https:///path'],
    ['no slashes', 'https:example.org'],
    ['an uppercase-looking scheme trick', 'HTTPS:/example.org'],
    ['relative', '/index.html'],
    ['empty', ''],
    ['overlong', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
    ['control characters', 'https://example.org/\nhttps://evil.example/'],
    ['a tab in the scheme', 'java\tscript:alert(1)'],
    ['backslashes', 'https://example.org\\@evil.example/'],
  ])('refuses %s', (_label, url) => {
    expect(externalUrlAllowed(url)).toBe(false);
  });

  it('accepts exactly the maximum length', () => {
    const base = 'https://example.org/';
    expect(externalUrlAllowed(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length))).toBe(true);
    expect(MAX_EXTERNAL_URL_LENGTH).toBe(2048);
  });
});

describe('permissions and network', () => {
  it('grants no permission', () => {
    expect(PERMISSIONS_GRANTED).toEqual([]);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionAllowed(p)).toBe(false);
    }
  });

  it.each([
    'app://academy/index.html',
    'app://academy/assets/index-abc.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://academy/6f1c1b1e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the session load %s', (url) => {
    expect(requestAllowed(url)).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:1/',
    'ws://127.0.0.1:9222/',
    'wss://example.org/',
    'file:///etc/passwd',
    'app://academy.evil/index.html',
    'app://other/index.html',
    'blob:https://example.org/6f1c1b1e',
    'chrome-extension://abc/x.js',
    '',
  ])('cancels a request for %s', (url) => {
    expect(requestAllowed(url)).toBe(false);
  });
});
