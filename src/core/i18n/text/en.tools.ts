// The EN text of the tools: trainer area, classes, handouts, content packs, administration,
// xAPI and SCORM. Not needed by the first lesson, so not part of what it waits for.
import admin from '../locales/en.admin.json';
import classes from '../locales/en.classes.json';
import packs from '../locales/en.packs.json';
import print from '../locales/en.print.json';
import scorm from '../locales/en.scorm.json';
import trainer from '../locales/en.trainer.json';
import xapi from '../locales/en.xapi.json';

export const parts = [scorm, packs, classes, xapi, trainer, print, admin] as const;
export const text = Object.assign({}, ...parts) as Record<string, unknown>;
