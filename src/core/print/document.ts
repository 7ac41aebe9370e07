// A printed document as data: a title block and a flow of blocks, in one language. The core
// builds these (lesson handout, job aid, quiz sheet, answer key, facilitator guide); the PDF
// writer (electron/services/pdf/layout) lays them out on A4 pages. Pure data, no layout.

/** A run of text in one weight; a paragraph is a list of runs. */
export interface Run {
  text: string;
  bold?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; muted?: boolean }
  /** List items; `depth` 0 is the outer list. `marker` is "•", "1.", "A."… */
  | { kind: 'list'; items: { runs: Run[]; depth: number; marker: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A pack media file (path inside the pack), with its text alternative and caption. */
  | { kind: 'figure'; src: string; alt: string; caption?: string }
  /** A boxed aside (tip, warning…) with its title. */
  | { kind: 'box'; title: string; blocks: Block[] }
  /** Space to write an answer in, in lines. */
  | { kind: 'answerLines'; lines: number }
  | { kind: 'pageBreak' }
  /** Blocks printed on one page when they fit on one (a question and its choices). */
  | { kind: 'keep'; blocks: Block[] };

export interface PrintDocument {
  /** Language of the text ('en', 'fr'): the PDF's /Lang. */
  lang: string;
  /** First line of the title block: what this is ("Lesson handout"). */
  kind: string;
  /** The module's title. */
  title: string;
  /** The line under the title: the pack and its version. */
  subtitle: string;
  blocks: Block[];
  /** File name for the download, without folder. */
  fileName: string;
}

/** Plain text as one run. */
export const plain = (text: string): Run[] => [{ text }];
export const paragraph = (text: string, muted?: boolean): Block => ({ kind: 'paragraph', runs: plain(text), ...(muted ? { muted } : {}) });
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const bullets = (items: readonly string[], marker = '•'): Block => ({
  kind: 'list',
  items: items.map((text) => ({ runs: plain(text), depth: 0, marker })),
});
