// The size limit of a portable progress file, in its own module so the API argument schemas can
// use it without importing the progress model (which imports those schemas).

/** Largest file accepted, in bytes of UTF-8, checked before parsing (a record with 5,000 attempts is well under). */
export const MAX_PORTABLE_BYTES = 5 * 1024 * 1024;
