// Poppler's command-line tools, to read PDFs back as a reader would: pdftotext for the words,
// pdftoppm for the look, pdfinfo for the page count. .ci/run installs poppler-utils; without it
// the tests that use these fail with a message saying so, they are not skipped.
import { execFileSync } from 'node:child_process';

export function poppler(tool: 'pdftotext' | 'pdftoppm' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
    throw e;
  }
}

/** The PDF's text as pdftotext reads it, with every run of white space (and no-break space) as one space. */
export function pdfText(file: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/[\s\u00a0\u202f]+/g, ' ');
}
