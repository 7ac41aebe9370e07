// All the FR UI text in one module, so the renderer fetches a language as one file (see
// src/ui/i18n.ts); resources.ts builds the Node-side table from the same parts.
import core from '../locales/fr.json';
import curriculum from '../locales/fr.curriculum.json';
import engine from '../locales/fr.engine.json';
import errors from '../locales/fr.errors.json';
import learners from '../locales/fr.learners.json';
import search from '../locales/fr.search.json';
import store from '../locales/fr.store.json';
import scorm from '../locales/fr.scorm.json';
import ux from '../locales/fr.ux.json';
import admin from '../locales/fr.admin.json';
import classes from '../locales/fr.classes.json';
import print from '../locales/fr.print.json';
import packs from '../locales/fr.packs.json';
import trainer from '../locales/fr.trainer.json';

import xapi from '../locales/fr.xapi.json';

export const parts = [core, engine, learners, curriculum, errors, search, store, ux, scorm, packs, classes, xapi, trainer, print, admin] as const;
export const text = Object.assign({}, ...parts) as typeof core;
