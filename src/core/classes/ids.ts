// The small schemas of classes (ids, names, group labels, dates), apart from the class model so
// the API argument schemas can use them without importing the progress model (which imports
// those schemas).
import { z } from 'zod';

export const CLASS_ID_PATTERN = /^c-[a-z0-9]{4,32}$/;
export const classIdSchema = z.string().regex(CLASS_ID_PATTERN, 'must be a class id such as "c-1a2b3c4d"');
/** A trainee's key in a class: `id:<learner id>` from the file, else `name:<name>` (older files), else `file:<hash>`. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
export const traineeKeySchema = z.string().regex(/^(id|name|file):[^\u0000-\u001f]{1,200}$/);

export const MAX_CLASS_NAME = 100;
export const MAX_GROUPS = 20;
export const MAX_GROUP_LABEL = 40;

const text = (max: number) =>
  z
    .string()
    .max(1000)
    .transform((s) => s.trim())
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    .pipe(z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'));
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-03-14');

export const classNameSchema = text(MAX_CLASS_NAME);
export const groupLabelSchema = text(MAX_GROUP_LABEL);

