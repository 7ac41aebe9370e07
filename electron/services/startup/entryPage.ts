// The entry page (index.html) with getStartup's answer written into it, when its address names
// the screen (?open=…, see src/core/api/startup): the first screen then renders in the page's
// first task, with no call and no wait. Everything else is served as it is.
import { startupArgs as startupArgsSchema, type StartupArgs } from '../../../src/core/api/schemas';
import { openedHash, startupArgsFor, startupArgsKey, STARTUP_ELEMENT_ID, type Startup } from '../../../src/core/api/startup';
import { hashToRoute } from '../../../src/core/routes';
import type { StaticHandler } from '../staticFiles';

const ENTRY_PATHS = new Set(['/', '/index.html']);

/** getStartup's arguments for the screen an entry page's address names, or null if it names none. */
export function entryStartupArgs(url: URL): StartupArgs | null {
  if (!ENTRY_PATHS.has(url.pathname)) return null;
  const hash = openedHash(url.search);
  if (hash === null) return null;
  const args = startupArgsSchema.safeParse(startupArgsFor(hashToRoute(hash)));
  return args.success ? args.data : null;
}

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The page with `startup` as an inert JSON block, first in its head (before any script that may
 * look for it). Every `<` in the data is escaped, so nothing in a lesson or a learner's name
 * can close the block or open a comment.
 */
export function pageWithStartup(html: string, args: StartupArgs, startup: Startup): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return html;
  const json = JSON.stringify(startup).replaceAll('<', '\\u003c');
  const block = `<script type="application/json" id="${STARTUP_ELEMENT_ID}" data-args="${escapeAttribute(startupArgsKey(args))}">${json}</script>`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${block}${html.slice(at)}`;
}

/**
 * Serves requests through `serveStatic`, and the entry page with the start-up data in it when its
 * address names a screen. That page is never cached: it holds the learner's data. If there is no
 * data to give (null) or it cannot be read (a store that fails), the plain page is served: the
 * app then makes the call itself and explains a refusal in the learner's language.
 */
export function createPageHandler(serveStatic: StaticHandler, getStartup: (args: StartupArgs) => Startup | null, onError?: (e: unknown) => void): StaticHandler {
  return async (req) => {
    const args = req.method === 'GET' ? entryStartupArgs(new URL(req.url)) : null;
    const response = await serveStatic(req);
    if (!args || response.status !== 200) return response;
    let startup: Startup | null;
    try {
      startup = getStartup(args);
    } catch (e) {
      onError?.(e);
      return response;
    }
    if (!startup) return response;
    const headers = new Headers(response.headers);
    headers.set('cache-control', 'no-store');
    headers.delete('content-length');
    return new Response(pageWithStartup(await response.text(), args, startup), { status: 200, headers });
  };
}
