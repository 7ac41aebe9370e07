// Serves the app's files as a pure Request → Response function: the app:// protocol in Electron
// and the Node preview harness both use it, so both serve exactly the same files with the same
// headers. Like Signal-Desktop's protocol filter, a file is served only if its real path (after
// resolving links) lies under the real path of the folder it is mounted from.
import { constants as fsConstants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export interface StaticMount {
  /** URL path prefix, e.g. '/' or '/packs/'. */
  prefix: string;
  /** Folder served under that prefix. */
  dir: string;
}

export interface StaticHandlerOptions {
  /**
   * Several mounts may share a prefix; they are tried in order. The longest matching prefix wins.
   * A function is asked on every request (a pack installed while the app runs gets its media served).
   */
  mounts: StaticMount[] | (() => StaticMount[]);
  /** Sent as Content-Security-Policy on every response, errors included. */
  csp: string;
  /** File of the '/' mount served for unknown extensionless paths (client-side routes). */
  spaFallback?: string;
  /**
   * URL paths whose file name carries a hash of its content (the bundler's output): served as
   * immutable, so the engine keeps them, and V8 its compiled code for them, across loads.
   */
  immutable?: RegExp;
}

/** What Vite names its output: assets/<name>-<8-character content hash>.<ext>, at the renderer's root. */
export const HASHED_BUILD_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/;

export type StaticHandler = (req: Request) => Promise<Response>;

/** The only file types served; anything else is 404 (lesson sources, YAML, dotfiles stay private). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

// Windows device names open devices, not files, whatever folder they are "in".
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

/** Why a path was refused: 'forbidden' for an attack shape, 'bad' for an undecodable path. */
type PathCheck = { ok: true; segments: string[] } | { ok: false; status: 400 | 403 };

/**
 * Splits a raw (still percent-encoded) URL pathname into safe file-name segments, or refuses it.
 * Each segment is decoded exactly once; anything that could climb out of a folder or mean
 * something special to a file system is refused rather than cleaned up.
 */
export function splitRequestPath(rawPathname: string): PathCheck {
  if (!rawPathname.startsWith('/')) return { ok: false, status: 403 };
  if (rawPathname.includes('\\')) return { ok: false, status: 403 };
  const rawSegments = rawPathname.slice(1).split('/');
  // A trailing slash ('/packs/') names a folder; folders are never listed.
  if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (!isSafeSegment(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  return { ok: true, segments };
}

function isSafeSegment(segment: string): boolean {
  if (segment.length === 0) return false; // '//etc/passwd' and other empty segments
  if (segment === '.' || segment === '..') return false;
  if (segment.startsWith('.')) return false; // dotfiles and dot-folders
  // '%' left after one decoding means double encoding (%252e%252e → %2e%2e).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[/\\%:\u0000-\u001f\u007f]/.test(segment)) return false;
  // Windows ignores trailing dots and spaces: 'index.html.' would be another name for index.html.
  if (segment.endsWith('.') || segment.endsWith(' ')) return false;
  if (WINDOWS_DEVICE_NAME.test(segment)) return false;
  return true;
}

/**
 * The path of a URL exactly as sent, before any URL parser removes dot segments or turns
 * backslashes into slashes: what we refuse must be what was asked for, not a "repaired" version.
 */
export function rawPathnameOf(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(url);
  if (!match) return null;
  return match[1] || '/';
}

function isInside(root: string, candidate: string): boolean {
  if (candidate === root) return true;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate.startsWith(prefix);
}

interface FoundFile {
  realPath: string;
  size: number;
}

/** Resolves segments under a mount folder, following links, and keeps the result only if inside. */
async function findFile(dir: string, segments: string[]): Promise<FoundFile | null> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    return null;
  }
  let real: string;
  try {
    real = await realpath(path.join(root, ...segments));
  } catch {
    return null;
  }
  if (!isInside(root, real)) return null;
  try {
    const info = await stat(real);
    if (!info.isFile()) return null;
    return { realPath: real, size: info.size };
  } catch {
    return null;
  }
}

async function readFileNoFollow(realPath: string): Promise<Uint8Array<ArrayBuffer>> {
  // The path is already resolved; O_NOFOLLOW (where the OS has it) stops a link swapped in since.
  const flags = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);
  const handle = await open(realPath, flags);
  try {
    const data = await handle.readFile();
    // A view of the same bytes, typed as the plain ArrayBuffer that Response accepts.
    return new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
  } finally {
    await handle.close();
  }
}

function normalisePrefix(prefix: string): string {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

export function createStaticHandler(options: StaticHandlerOptions): StaticHandler {
  const sorted = (list: StaticMount[]) =>
    list
      .map((m) => ({ prefix: normalisePrefix(m.prefix), dir: m.dir }))
      // Longest prefix first; a stable sort keeps the given order among equal prefixes.
      .sort((a, b) => b.prefix.length - a.prefix.length);
  const fixed = typeof options.mounts === 'function' ? undefined : sorted(options.mounts);
  const currentMounts = typeof options.mounts === 'function' ? () => sorted((options.mounts as () => StaticMount[])()) : () => fixed!;

  const baseHeaders = (): Headers =>
    new Headers({
      'Content-Security-Policy': options.csp,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    });

  const error = (status: number, message: string, extra?: Record<string, string>): Response => {
    const headers = baseHeaders();
    headers.set('Content-Type', 'text/plain; charset=utf-8');
    headers.set('Cache-Control', 'no-store');
    for (const [k, v] of Object.entries(extra ?? {})) headers.set(k, v);
    return new Response(message, { status, headers });
  };

  const serve = async (file: FoundFile, contentType: string, method: string, immutable = false): Promise<Response> => {
    const headers = baseHeaders();
    headers.set('Content-Type', contentType);
    if (contentType.startsWith('text/html')) headers.set('Cache-Control', 'no-store');
    // A changed file gets a new name, so a kept copy can never be stale.
    else if (immutable) headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    if (method === 'HEAD') {
      headers.set('Content-Length', String(file.size));
      return new Response(null, { status: 200, headers });
    }
    const body = await readFileNoFollow(file.realPath);
    headers.set('Content-Length', String(body.byteLength));
    return new Response(body, { status: 200, headers });
  };

  return async (req: Request): Promise<Response> => {
    try {
      const method = req.method.toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        return error(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      }
      const rawPathname = rawPathnameOf(req.url);
      if (rawPathname === null) return error(400, 'Bad Request');
      const checked = splitRequestPath(rawPathname);
      if (!checked.ok) return error(checked.status, checked.status === 400 ? 'Bad Request' : 'Forbidden');
      const requestPath = `/${checked.segments.join('/')}`;
      const mounts = currentMounts();
      const rootMounts = mounts.filter((m) => m.prefix === '/');

      const matching = mounts.filter(
        (m) => m.prefix === '/' || `${requestPath}/`.startsWith(m.prefix),
      );
      const longest = matching[0]?.prefix;
      const candidates = matching.filter((m) => m.prefix === longest);
      const extension = path.extname(checked.segments[checked.segments.length - 1] ?? '').toLowerCase();

      if (extension !== '') {
        const contentType = CONTENT_TYPES[extension];
        if (!contentType) return error(404, 'Not Found');
        for (const mount of candidates) {
          const depth = mount.prefix.split('/').length - 2; // '/' → 0, '/packs/' → 1
          const file = await findFile(mount.dir, checked.segments.slice(depth));
          // Only the renderer's own build (the '/' mount) is named by content hash.
          if (file) return await serve(file, contentType, method, mount.prefix === '/' && options.immutable?.test(requestPath));
        }
        return error(404, 'Not Found');
      }

      // No extension: a client-side route. Only paths owned by the '/' mount fall back to the page.
      if (options.spaFallback && longest === '/') {
        const fallbackType = CONTENT_TYPES[path.extname(options.spaFallback).toLowerCase()];
        const fallback = splitRequestPath(`/${options.spaFallback}`);
        if (fallbackType && fallback.ok) {
          for (const mount of rootMounts) {
            const file = await findFile(mount.dir, fallback.segments);
            if (file) return await serve(file, fallbackType, method);
          }
        }
      }
      return error(404, 'Not Found');
    } catch {
      return error(500, 'Internal Server Error');
    }
  };
}
