// The app's screens as hash routes. The router (renderer) and the lesson renderer (which
// writes links between lessons) share these, so a link always opens the right screen.
export type Route =
  | { screen: 'home' }
  | { screen: 'module'; packId: string; moduleId: string }
  | { screen: 'lesson'; packId: string; lessonId: string; anchor?: string }
  | { screen: 'quiz'; packId: string; quizId: string }
  | { screen: 'result'; packId: string; quizId: string; attemptId: string }
  | { screen: 'glossary'; packId: string; termId?: string }
  | { screen: 'settings' }
  | { screen: 'profiles' }
  | { screen: 'review' }
  | { screen: 'certificate'; packId: string }
  | { screen: 'verify' }
  | { screen: 'progress' }
  | { screen: 'trainer' }
  | { screen: 'classes' }
  | { screen: 'class'; classId: string }
  | { screen: 'classTrainee'; classId: string; key: string }
  | { screen: 'packs'; offer?: string };

const enc = encodeURIComponent;

export function routeToHash(r: Route): string {
  switch (r.screen) {
    case 'home':
      return '#/';
    case 'module':
      return `#/module/${enc(r.packId)}/${enc(r.moduleId)}`;
    case 'lesson':
      return `#/lesson/${enc(r.packId)}/${enc(r.lessonId)}${r.anchor ? `/${enc(r.anchor)}` : ''}`;
    case 'quiz':
      return `#/quiz/${enc(r.packId)}/${enc(r.quizId)}`;
    case 'result':
      return `#/result/${enc(r.packId)}/${enc(r.quizId)}/${enc(r.attemptId)}`;
    case 'glossary':
      return `#/glossary/${enc(r.packId)}${r.termId ? `/${enc(r.termId)}` : ''}`;
    case 'settings':
      return '#/settings';
    case 'profiles':
      return '#/profiles';
    case 'review':
      return '#/review';
    case 'certificate':
      return `#/certificate/${enc(r.packId)}`;
    case 'verify':
      return '#/verify';
    case 'progress':
      return '#/progress';
    case 'trainer':
      return '#/trainer';
    case 'classes':
      return '#/classes';
    case 'class':
      return `#/class/${enc(r.classId)}`;
    case 'classTrainee':
      return `#/class/${enc(r.classId)}/trainee/${enc(r.key)}`;
    case 'packs':
      return r.offer ? `#/packs/offer/${enc(r.offer)}` : '#/packs';
  }
}

export function hashToRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  const [screen, a, b, c] = parts;
  if (screen === 'module' && a && b) return { screen, packId: a, moduleId: b };
  if (screen === 'lesson' && a && b) return { screen, packId: a, lessonId: b, anchor: c };
  if (screen === 'quiz' && a && b) return { screen, packId: a, quizId: b };
  if (screen === 'result' && a && b && c) return { screen, packId: a, quizId: b, attemptId: c };
  if (screen === 'glossary' && a) return { screen, packId: a, termId: b };
  if (screen === 'settings') return { screen };
  if (screen === 'profiles') return { screen };
  if (screen === 'review') return { screen };
  if (screen === 'certificate' && a) return { screen, packId: a };
  if (screen === 'verify') return { screen };
  if (screen === 'progress') return { screen };
  if (screen === 'trainer') return { screen };
  if (screen === 'classes') return { screen };
  if (screen === 'class' && a && b === 'trainee' && c) return { screen: 'classTrainee', classId: a, key: c };
  if (screen === 'class' && a) return { screen, classId: a };
  if (screen === 'packs') return a === 'offer' && b ? { screen, offer: b } : { screen };
  return { screen: 'home' };
}
