import { z } from 'zod';

/** Stable ids for packs, modules, lessons, quizzes, questions, options and glossary terms. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'must be lowercase letters, digits and hyphens, starting with a letter');

/** A UI or content language code such as "en" or "fr". */
export const langSchema = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code');
