// Code splitting by screen: a screen's code (and what only it uses: charts, PDF, GIFT, profile
// management) is fetched the first time it is shown, so the first lesson loads only the shell.
import { lazy, type ComponentType } from 'react';
import { ensureToolsText } from './i18n';

/** React.lazy for a module's named export (our screens are named exports, not default ones). */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  return lazy(async () => {
    // A screen shows with all its text: the tools' text comes with the first screen that needs it.
    const [module] = await Promise.all([load(), ensureToolsText().catch(() => undefined)]);
    return { default: module[name] as ComponentType<unknown> };
  }) as never;
}
