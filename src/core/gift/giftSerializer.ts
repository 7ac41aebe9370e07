// Syntax tree → GIFT text, in the layout Moodle's own exporter uses: one question per block,
// answers one per line (inline when the answers sit inside the text), special characters
// escaped. parseGift(serializeGift(items)) gives the same items back.
import type { GiftBody, GiftChoice, GiftItem, GiftNumber, GiftQuestion } from './giftModel';
import { escapeChars, escapeGift, plainToHtml } from './giftText';

/** Writes items, separated by blank lines; `header` lines become comments at the top. */
export function serializeGift(items: readonly GiftItem[], header: readonly string[] = []): string {
  const blocks: string[] = [];
  if (header.length > 0) blocks.push(header.map(comment).join('\n'));
  for (const item of items) {
    const lines = (item.comments ?? []).map(comment);
    lines.push(item.kind === 'category' ? `$CATEGORY: ${item.path}` : writeQuestion(item));
    blocks.push(lines.join('\n'));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

const comment = (line: string) => `// ${line.replace(/\r?\n/g, ' ')}`.trimEnd();

/** A weight as Moodle writes it: 50, 33.33333, -100. */
export function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : String(Number(weight.toFixed(5)));
}

function writeQuestion(q: GiftQuestion): string {
  // Texts in an [html] question are read back as HTML, so they are written as HTML.
  const asWritten = (s: string) => (q.format === 'html' ? plainToHtml(s) : s);
  const text = (s: string) => escapeGift(asWritten(s));
  const title = q.title !== undefined ? `::${escapeChars(q.title)}::` : '';
  const stem = q.format ? `[${q.format}]${escapeChars(asWritten(q.text))}` : q.text === '' ? '' : text(q.text);
  if (q.body.type === 'description') return title + stem;
  const after = q.textAfter !== undefined ? escapeChars(asWritten(q.textAfter)) : '';
  return title + stem + writeBlock(q.body, q.textAfter !== undefined, q.generalFeedback ? `####${text(q.generalFeedback)}` : '', text) + after;
}

type Text = (s: string) => string;

/** The answer block: one answer per line, or all on one line when the block sits inside the text. */
function writeBlock(body: Exclude<GiftBody, { type: 'description' }>, inline: boolean, general: string, text: Text): string {
  const list = (lines: string[], prefix = '') => {
    const all = general ? [...lines, general] : lines;
    return inline ? `{${prefix}${all.join(' ')}}` : `{${prefix}\n${all.map((l) => `\t${l}`).join('\n')}\n}`;
  };
  const one = (content: string) => `{${content}${general}}`;
  switch (body.type) {
    case 'multiple-choice':
      return list(body.choices.map((c) => writeChoice(c, text)));
    case 'short-answer':
      return list(body.answers.map((c) => writeChoice({ ...c, correct: true }, text)));
    case 'matching':
      return list(body.pairs.map((p) => `=${p.left === '' ? ' ' : `${text(p.left)} `}-> ${text(p.right)}`));
    case 'true-false': {
      const key = body.answer ? 'TRUE' : 'FALSE';
      // {TRUE#shown when wrong#shown when right}: an empty first part keeps the second in place.
      if (body.rightFeedback) return one(`${key}#${body.wrongFeedback ? text(body.wrongFeedback) : ''}#${text(body.rightFeedback)}`);
      return one(body.wrongFeedback ? `${key}#${text(body.wrongFeedback)}` : key);
    }
    case 'numeric': {
      const [first] = body.answers;
      if (first && body.answers.length === 1 && first.weight === undefined && !body.wrongFeedback) return one(`#${writeNumber(first, text)}`);
      const lines = body.answers.map((n) => `=${writeNumber(n, text)}`);
      return list(body.wrongFeedback ? [...lines, `~#${text(body.wrongFeedback)}`] : lines, '#');
    }
    case 'essay':
      return one('');
  }
}

/** A choice's prefix, weight, text and feedback: `~%50%Grant#He is.` */
function writeChoice(c: GiftChoice, text: Text): string {
  const body = text(c.text);
  // A text that itself starts like a weight needs an explicit weight in front of it.
  const weight = c.weight !== undefined ? `%${formatWeight(c.weight)}%` : /^%-?\d+(\.\d+)?%/.test(body) ? (c.correct ? '%100%' : '%0%') : '';
  return `${c.correct ? '=' : '~'}${weight}${body}${c.feedback ? `#${text(c.feedback)}` : ''}`;
}

/** `%50%1822:2#feedback`, without the leading `=`. */
function writeNumber(n: GiftNumber, text: Text): string {
  const value = n.kind === 'range' ? `${n.min}..${n.max}` : n.tolerance === 0 ? `${n.value}` : `${n.value}:${n.tolerance}`;
  const weight = n.weight !== undefined ? `%${formatWeight(n.weight)}%` : '';
  return `${weight}${value}${n.feedback ? `#${text(n.feedback)}` : ''}`;
}
