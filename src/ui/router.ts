import { useEffect, useState } from 'react';
import { addressFor } from '../core/api/startup';
import { hashToRoute, routeToHash, type Route } from '../core/routes';

/**
 * What changes the screen: a new hash (a link, navigate), and a step back or forward in the
 * history. The latter fires no hashchange when the two entries' queries differ, as they do once
 * followAddress has written each entry's screen into its query: popstate is fired then.
 */
const SCREEN_CHANGES = ['hashchange', 'popstate'] as const;

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(hashToRoute(window.location.hash));
    for (const e of SCREEN_CHANGES) window.addEventListener(e, onChange);
    return () => {
      for (const e of SCREEN_CHANGES) window.removeEventListener(e, onChange);
    };
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = routeToHash(route);
}

/**
 * Keeps the address's query naming the screen its hash shows (core/api/startup's addressFor), now
 * and after every screen change: a reload, or a window restored at that address, then opens with
 * the screen's data in the page. Only the query changes (replaceState): no navigation, no entry
 * in the history.
 */
export function followAddress(): void {
  const follow = () => {
    const hash = window.location.hash || routeToHash({ screen: 'home' });
    const address = addressFor(hash);
    if (`${window.location.search}${window.location.hash}` !== address) history.replaceState(history.state, '', address);
  };
  follow();
  for (const e of SCREEN_CHANGES) window.addEventListener(e, follow);
}

export { routeToHash };
