// Hash routes: the router and the lesson renderer share them, so every route must survive a
// round trip, and any hash a user can type must land somewhere sensible without throwing.
import { describe, it, expect } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../src/core/routes';

const routes: Route[] = [
  { screen: 'home' },
  { screen: 'trainer' },
  { screen: 'module', packId: 'wco-ecommerce', moduleId: 'basics' },
  { screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'channels' },
  { screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'channels', anchor: 'postal-items' },
  { screen: 'quiz', packId: 'wco-ecommerce', quizId: 'basics-quiz' },
  { screen: 'result', packId: 'wco-ecommerce', quizId: 'basics-quiz', attemptId: '0b0e1c2a-3d4f-4a5b-8c6d-7e8f90a1b2c3' },
  { screen: 'glossary', packId: 'wco-ecommerce' },
  { screen: 'glossary', packId: 'wco-ecommerce', termId: 'b2c' },
  { screen: 'settings' },
  { screen: 'review' },
  { screen: 'certificate', packId: 'wco-ecommerce' },
  { screen: 'verify' },
  { screen: 'progress' },
  { screen: 'profiles' },
  { screen: 'trainerQuestions' },
  { screen: 'present', packId: 'wco-ecommerce', lessonId: 'channels' },
  { screen: 'classQuiz', packId: 'wco-ecommerce', quizId: 'basics-quiz' },
  { screen: 'diagnostic', packId: 'wco-ecommerce', kind: 'pretest' },
  { screen: 'diagnostic', packId: 'wco-ecommerce', kind: 'posttest' },
  { screen: 'diagnosticCompare', packId: 'wco-ecommerce' },
];

describe('routeToHash / hashToRoute', () => {
  it.each(routes.map((r) => [routeToHash(r), r] as const))('round-trips %s', (hash, route) => {
    expect(hash.startsWith('#/')).toBe(true);
    expect(hashToRoute(hash)).toEqual(route);
  });

  it('round-trips ids and anchors with characters that need encoding', () => {
    const odd: Route[] = [
      { screen: 'lesson', packId: 'p', lessonId: 'l', anchor: 'réponse de l’OMD' },
      { screen: 'lesson', packId: 'p', lessonId: 'l', anchor: 'a/b?c#d%e&f' },
      { screen: 'glossary', packId: 'p', termId: 'x/y' },
      { screen: 'module', packId: 'p q', moduleId: '%41' },
    ];
    for (const r of odd) expect(hashToRoute(routeToHash(r))).toEqual(r);
  });

  it('writes the hashes the app links to', () => {
    expect(routeToHash({ screen: 'home' })).toBe('#/');
    expect(routeToHash({ screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'channels', anchor: 'x' })).toBe('#/lesson/wco-ecommerce/channels/x');
    expect(routeToHash({ screen: 'glossary', packId: 'wco-ecommerce' })).toBe('#/glossary/wco-ecommerce');
    expect(routeToHash({ screen: 'settings' })).toBe('#/settings');
  });

  it('accepts a hash with or without the leading "#/" and with a trailing slash', () => {
    expect(hashToRoute('#/settings')).toEqual({ screen: 'settings' });
    expect(hashToRoute('/settings')).toEqual({ screen: 'settings' });
    expect(hashToRoute('settings')).toEqual({ screen: 'settings' });
    expect(hashToRoute('#/quiz/p/q/')).toEqual({ screen: 'quiz', packId: 'p', quizId: 'q' });
  });
});

describe('hashToRoute with garbage', () => {
  it.each([
    '',
    '#',
    '#/',
    '#/nowhere',
    '#/module',
    '#/module/only-pack',
    '#/lesson/p',
    '#/quiz/p',
    '#/result/p/q',
    '#/glossary',
    '#/MODULE/p/m',
    '#/__proto__/p/m',
    '#/constructor',
    '#//////',
    'javascript:alert(1)',
  ])('sends %j home', (hash) => {
    expect(hashToRoute(hash)).toEqual({ screen: 'home' });
  });

  it.each(['#/lesson/%E0%A4%A/x', '#/module/%/m', '#/quiz/p/%ZZ', '#/result/%C3/%28/%', '#/%E0%A4%A', '#/glossary/%FF'])(
    'does not throw on malformed percent-encoding: %s',
    (hash) => {
      expect(() => hashToRoute(hash)).not.toThrow();
    },
  );

  it('never returns a route with a missing id after a malformed segment', () => {
    // The pack id cannot be decoded, so this is not a lesson route.
    expect(hashToRoute('#/lesson/%E0%A4%A/x')).toEqual({ screen: 'home' });
    expect(hashToRoute('#/module/%/m')).toEqual({ screen: 'home' });
    expect(hashToRoute('#/glossary/%FF')).toEqual({ screen: 'home' });
  });
});
