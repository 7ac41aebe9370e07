import path from 'node:path';

/** A path inside the repository, for the command-line tools run from a checkout. */
export const repoPath = (...p: string[]) => path.resolve(import.meta.dirname, '../../..', ...p);
