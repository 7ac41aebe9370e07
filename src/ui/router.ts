import { useEffect, useState } from 'react';
import { hashToRoute, routeToHash, type Route } from '../core/routes';

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(hashToRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = routeToHash(route);
}

export { routeToHash };
