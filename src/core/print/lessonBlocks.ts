// A lesson's Markdown as printable blocks, from the same markdown-it token stream the app
// renders (never re-parsed by hand): headings, paragraphs with bold runs, lists, simple tables,
// figures with their caption, callout boxes. Links print as their text; speaker notes (their own
// opaque token) and any unknown block are left out, since a handout is for learners.
import type { Token } from 'markdown-it';
import { newLessonEnv } from '../markdown/env';
import { lessonMarkdown } from '../markdown/lessonMarkdown';
import { plainText } from '../markdown/plainText';
import type { Block, Run } from './document';

/** Inline tokens as runs: bold where the author wrote **bold**, everything else as plainText reads it. */
export function inlineRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  for (const token of tokens) {
    if (token.type === 'strong_open') bold++;
    else if (token.type === 'strong_close') bold = Math.max(0, bold - 1);
    else {
      const text = plainText([token]);
      if (!text) continue;
      const last = runs.at(-1);
      if (last && Boolean(last.bold) === bold > 0) last.text += text;
      else runs.push(bold > 0 ? { text, bold: true } : { text });
    }
  }
  return runs;
}

/** Where the walk is: blocks being filled, and the lists and boxes open around them. */
interface Frame {
  blocks: Block[];
  /** Set inside a box (callout). */
  title?: string;
}

export interface LessonBlockOptions {
  /** The title printed on a callout box, by callout type ("note" → "Note"). */
  calloutTitle: (type: string) => string;
}

/** The blocks of one lesson body (front matter removed). Headings print one level down from the lesson title. */
export function lessonBlocks(body: string, opts: LessonBlockOptions): Block[] {
  const tokens = lessonMarkdown().parse(body, newLessonEnv());
  const stack: Frame[] = [{ blocks: [] }];
  const top = () => stack.at(-1)!;
  const lists: { ordered: boolean; next: number }[] = [];
  let listBlock: Extract<Block, { kind: 'list' }> | undefined;
  let table: { header: string[]; rows: string[][]; row: string[] | undefined; inHead: boolean } | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        const level = Math.min(3, Math.max(2, Number(t.tag.slice(1)))) as 2 | 3;
        top().blocks.push({ kind: 'heading', level, text: plainText(inline.children ?? []) });
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        const runs = inlineRuns(inline.children ?? []);
        if (listBlock && lists.length > 0) {
          const item = listBlock.items.at(-1);
          if (item && item.runs.length === 0) item.runs = runs;
          else if (item) item.runs.push({ text: ' ' }, ...runs);
        } else if (runs.length > 0) {
          top().blocks.push({ kind: 'paragraph', runs });
        }
        i += 2;
        break;
      }
      case 'figure_open': {
        const image = (tokens[i + 1]!.children ?? []).find((c) => c.type === 'image');
        if (image) {
          const caption = image.attrGet('title');
          top().blocks.push({ kind: 'figure', src: image.attrGet('src') ?? '', alt: plainText(image.children ?? []), ...(caption ? { caption } : {}) });
        }
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        lists.push({ ordered: t.type === 'ordered_list_open', next: Number(t.attrGet('start') ?? 1) });
        if (lists.length === 1) {
          listBlock = { kind: 'list', items: [] };
          top().blocks.push(listBlock);
        }
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) listBlock = undefined;
        break;
      case 'list_item_open': {
        const list = lists.at(-1)!;
        const marker = list.ordered ? `${list.next++}.` : lists.length > 1 ? '–' : '•';
        listBlock?.items.push({ runs: [], depth: lists.length - 1, marker });
        break;
      }
      case 'callout_open': {
        const frame: Frame = { blocks: [], title: opts.calloutTitle(t.info) };
        stack.push(frame);
        break;
      }
      case 'callout_close': {
        const frame = stack.pop()!;
        top().blocks.push({ kind: 'box', title: frame.title ?? '', blocks: frame.blocks });
        break;
      }
      case 'table_open':
        table = { header: [], rows: [], row: undefined, inHead: false };
        break;
      case 'thead_open':
        if (table) table.inHead = true;
        break;
      case 'thead_close':
        if (table) table.inHead = false;
        break;
      case 'tr_open':
        if (table) table.row = [];
        break;
      case 'tr_close':
        if (table?.row && table.inHead) table.header = table.row;
        else if (table?.row) table.rows.push(table.row);
        if (table) table.row = undefined;
        break;
      case 'inline':
        if (table?.row) table.row.push(plainText(t.children ?? []));
        break;
      case 'table_close':
        if (table) top().blocks.push({ kind: 'table', header: table.header, rows: table.rows });
        table = undefined;
        break;
      case 'fence':
      case 'code_block':
        top().blocks.push({ kind: 'paragraph', runs: [{ text: t.content.trimEnd() }] });
        break;
      default:
        break;
    }
  }
  return stack[0]!.blocks;
}

/** Headings of the section that holds a lesson’s key points, in the languages the course is written in (lower case). */
const KEY_POINTS_HEADINGS = ['key points', 'points clés', 'à retenir', 'key takeaways'];

/**
 * The key points of a lesson: the list under its "Key points" heading (as the course writes
 * it), or an empty list when the lesson has none.
 */
export function keyPointsOf(blocks: readonly Block[]): string[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && KEY_POINTS_HEADINGS.includes(b.text.trim().toLowerCase()));
  if (at < 0) return [];
  const points: string[] = [];
  for (const b of blocks.slice(at + 1)) {
    if (b.kind === 'heading') break;
    if (b.kind === 'list') for (const item of b.items) if (item.depth === 0) points.push(item.runs.map((r) => r.text).join(''));
    if (b.kind === 'paragraph' && points.length === 0) points.push(b.runs.map((r) => r.text).join(''));
  }
  return points;
}

/** Section titles of a lesson by their anchor (the slug speaker notes name their section by). */
export function headingTexts(body: string): Map<string, string> {
  const tokens = lessonMarkdown().parse(body, newLessonEnv());
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    const id = t.type === 'heading_open' ? t.attrGet('id') : null;
    if (id) out.set(id, plainText(tokens[i + 1]?.children ?? []));
  });
  return out;
}
