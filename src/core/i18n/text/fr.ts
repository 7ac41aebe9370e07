// The FR UI text the first screen needs, in one module, so the renderer fetches it as one file
// (see src/ui/languageText.ts). The trainer, administration and export tools have their own
// module (./fr.tools.ts), fetched after the first screen is painted or with a tool's screen.
// resources.ts builds the Node-side table from both.
import core from '../locales/fr.json';
import curriculum from '../locales/fr.curriculum.json';
import engine from '../locales/fr.engine.json';
import errors from '../locales/fr.errors.json';
import learners from '../locales/fr.learners.json';
import search from '../locales/fr.search.json';
import store from '../locales/fr.store.json';
import ux from '../locales/fr.ux.json';

export const parts = [core, engine, learners, curriculum, errors, search, store, ux] as const;
export const text = Object.assign({}, ...parts) as typeof core;
