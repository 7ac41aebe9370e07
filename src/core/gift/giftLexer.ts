// Cuts a GIFT file into blocks, as Moodle does: questions are separated by blank lines, lines
// are trimmed, and a line starting with `//` is a comment. Escapes are replaced by placeholders
// here, so the parser never mistakes `\{` for a brace. Each block keeps its line numbers.
import { giftProblem, type GiftProblem } from './giftModel';
import { hasReservedCharacter, protectEscapes } from './giftText';

export interface GiftBlock {
  /** 1-based file line of the block's first line. */
  line: number;
  /**
   * The block's lines, trimmed, with escapes protected and comment lines emptied (kept as
   * empty lines so offsets still map to file lines), joined with "\n".
   */
  text: string;
}

const isComment = (line: string) => line.startsWith('//');

export function splitBlocks(source: string): { blocks: GiftBlock[]; problems: GiftProblem[] } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: GiftBlock[] = [];
  const problems: GiftProblem[] = [];
  let current: { line: number; lines: string[] } | undefined;

  const close = () => {
    if (!current) return;
    // Comment lines at the end of a block belong to nothing; drop them.
    while (current.lines.length > 0 && current.lines[current.lines.length - 1] === '') current.lines.pop();
    if (current.lines.length > 0) blocks.push({ line: current.line, text: current.lines.join('\n') });
    current = undefined;
  };

  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      close();
      return;
    }
    if (hasReservedCharacter(line)) {
      problems.push(giftProblem(i + 1, 'errors.gift.reservedCharacter'));
    }
    if (isComment(line)) {
      // A comment before any text does not start the block: the question starts on its first text line.
      if (current) current.lines.push('');
      return;
    }
    current ??= { line: i + 1, lines: [] };
    current.lines.push(protectEscapes(line));
  });
  close();
  return { blocks, problems };
}

/** The file line of an offset in a block's text. */
export function lineAt(block: GiftBlock, offset: number): number {
  let line = block.line;
  for (let i = 0; i < offset && i < block.text.length; i++) if (block.text[i] === '\n') line++;
  return line;
}
