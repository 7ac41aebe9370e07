// All the EN UI text in one module, so the renderer fetches a language as one file (see
// src/ui/i18n.ts); resources.ts builds the Node-side table from the same parts.
import core from '../locales/en.json';
import curriculum from '../locales/en.curriculum.json';
import engine from '../locales/en.engine.json';
import errors from '../locales/en.errors.json';
import learners from '../locales/en.learners.json';
import search from '../locales/en.search.json';
import store from '../locales/en.store.json';
import scorm from '../locales/en.scorm.json';
import ux from '../locales/en.ux.json';
import admin from '../locales/en.admin.json';
import classes from '../locales/en.classes.json';
import print from '../locales/en.print.json';
import packs from '../locales/en.packs.json';
import trainer from '../locales/en.trainer.json';

import xapi from '../locales/en.xapi.json';

export const parts = [core, engine, learners, curriculum, errors, search, store, ux, scorm, packs, classes, xapi, trainer, print, admin] as const;
export const text = Object.assign({}, ...parts) as typeof core;
