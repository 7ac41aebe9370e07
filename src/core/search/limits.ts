/** Queries shorter than this find too much to be useful; the box waits for a second letter. */
export const MIN_QUERY_LENGTH = 2;
