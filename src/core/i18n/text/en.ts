// The EN UI text the first screen needs, in one module, so the renderer fetches it as one file
// (see src/ui/languageText.ts). The trainer, administration and export tools have their own
// module (./en.tools.ts), fetched after the first screen is painted or with a tool's screen.
// resources.ts builds the Node-side table from both.
import core from '../locales/en.json';
import curriculum from '../locales/en.curriculum.json';
import engine from '../locales/en.engine.json';
import errors from '../locales/en.errors.json';
import learners from '../locales/en.learners.json';
import search from '../locales/en.search.json';
import store from '../locales/en.store.json';
import ux from '../locales/en.ux.json';

export const parts = [core, engine, learners, curriculum, errors, search, store, ux] as const;
export const text = Object.assign({}, ...parts) as typeof core;
