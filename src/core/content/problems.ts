/** One thing wrong with a pack, reported as `file:line: message`. */
export interface Problem {
  /** Path relative to the pack folder, with forward slashes. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
}

export function formatProblem(packDir: string, p: Problem): string {
  const prefix = packDir.endsWith('/') ? packDir : `${packDir}/`;
  return `${prefix}${p.file}:${p.line}: ${p.message}`;
}
