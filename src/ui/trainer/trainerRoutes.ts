// Which screens belong to the trainer area: the menu marks "Trainer area" as current on each,
// and the shell shows the presentation screens without the app's header.
import type { Route } from '../../core/routes';

const TRAINER_SCREENS: ReadonlySet<Route['screen']> = new Set(['trainer', 'trainerQuestions', 'present', 'classQuiz', 'diagnostic', 'diagnosticCompare']);

/** Screens a projector shows full screen: no header, no menu. */
const PROJECTED_SCREENS: ReadonlySet<Route['screen']> = new Set(['present']);

export const isTrainerRoute = (r: Route): boolean => TRAINER_SCREENS.has(r.screen);
export const isProjectedRoute = (r: Route): boolean => PROJECTED_SCREENS.has(r.screen);
