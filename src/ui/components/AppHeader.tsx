// The app's header: the brand, the course search box, and the main navigation. Wide windows
// show every link in a row that wraps; narrow ones (small screens, 200–400 % zoom, projectors
// at low resolution) show a "Menu" button that opens the same list (WCAG 1.4.10 reflow).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../core/routes';
import { routeToHash } from '../router';
import { useProfiles } from '../profiles/ProfileGate';
import { isTrainerRoute } from '../trainer/trainerRoutes';
import { SearchBox } from '../search/SearchBox';

interface NavLink {
  key: string;
  route: Route;
  label: string;
  current: boolean;
}

export function AppHeader({ route, glossaryPackId }: { route: Route; glossaryPackId?: string }) {
  const { t } = useTranslation();
  // Trainer tools stay out of a trainee's menu: only a trainer profile sees the trainer area.
  const trainer = useProfiles().active.role === 'trainer';
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const routeKey = routeToHash(route);
  // The menu is open for the screen it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === routeKey;
  const setOpen = (next: boolean) => setOpenOn(next ? routeKey : null);

  const links: NavLink[] = [
    { key: 'home', route: { screen: 'home' }, label: t('nav.home'), current: route.screen === 'home' },
    { key: 'review', route: { screen: 'review' }, label: t('review.nav'), current: route.screen === 'review' },
    { key: 'progress', route: { screen: 'progress' }, label: t('progressScreen.nav'), current: route.screen === 'progress' },
    ...(glossaryPackId
      ? [{ key: 'glossary', route: { screen: 'glossary', packId: glossaryPackId } as Route, label: t('nav.glossary'), current: route.screen === 'glossary' }]
      : []),
    { key: 'verify', route: { screen: 'verify' }, label: t('verify.nav'), current: route.screen === 'verify' },
    ...(trainer ? [{ key: 'trainer', route: { screen: 'trainer' } as Route, label: t('trainer.nav'), current: isTrainerRoute(route) }] : []),
    { key: 'settings', route: { screen: 'settings' }, label: t('nav.settings'), current: route.screen === 'settings' },
  ];

  // Escape closes the open menu and gives focus back to its button.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <header className="app-header">
      <a className="brand" href={routeToHash({ screen: 'home' })}>
        {t('app.name')}
      </a>
      <div className="header-tools">
        <SearchBox />
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape inside the menu closes it */}
      <nav aria-label={t('nav.label')} onKeyDown={onKeyDown} className={open ? 'nav-open' : undefined}>
        <button
          ref={toggle}
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {t('ux.menu')}
        </button>
        <ul id={listId}>
          {links.map((l) => (
            <li key={l.key}>
              <a href={routeToHash(l.route)} aria-current={l.current ? 'page' : undefined}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
