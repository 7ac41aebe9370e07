// The FR text of the tools: trainer area, classes, handouts, content packs, administration,
// xAPI and SCORM. Not needed by the first lesson, so not part of what it waits for.
import admin from '../locales/fr.admin.json';
import classes from '../locales/fr.classes.json';
import packs from '../locales/fr.packs.json';
import print from '../locales/fr.print.json';
import scorm from '../locales/fr.scorm.json';
import trainer from '../locales/fr.trainer.json';
import xapi from '../locales/fr.xapi.json';

export const parts = [scorm, packs, classes, xapi, trainer, print, admin] as const;
export const text = Object.assign({}, ...parts) as Record<string, unknown>;
