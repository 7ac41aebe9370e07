import MarkdownIt from 'markdown-it';
import { calloutsPlugin } from './rules/callouts';
import { figuresPlugin } from './rules/figures';
import { glossaryTermsPlugin } from './rules/glossaryTerms';
import { headingAnchorsPlugin } from './rules/headingAnchors';
import { imagesPlugin } from './rules/images';
import { linksPlugin } from './rules/links';
import { rawTargetsPlugin } from './rules/rawTargets';
import { sourcePositionsPlugin } from './rules/sourcePositions';
import { speakerNotesPlugin } from './rules/speakerNotes';
import { tableAlignmentPlugin, tablesPlugin } from './rules/tables';

function createLessonMarkdown(): MarkdownIt {
  const md = new MarkdownIt('default', {
    html: false, // raw HTML in a lesson is shown as text, never interpreted: packs are untrusted
    linkify: false, // only links the trainer wrote on purpose, each one checked by the validator
    typographer: false, // quotes and dashes stay as written, in every language
  });

  // The order is fixed. Core rules run in this order after parsing; the later ones rely on the
  // tokens the earlier ones produced.
  md.use(sourcePositionsPlugin); // 1. inline token offsets, so the validator reports exact lines
  md.use(rawTargetsPlugin); //      2. parse every link/image target as written; rules 8 and 9 judge them
  md.use(speakerNotesPlugin); //    3. block rule: `::: notes` … `:::`, kept for the trainer, rendered as nothing
  md.use(calloutsPlugin); //        4. block rule: `::: note` … `:::` boxes
  md.use(glossaryTermsPlugin); //   5. inline rule `[[id|words]]`, before markdown-it's link rule
  md.use(headingAnchorsPlugin); //  6. core: h1 → h2, anchors on h2–h4 (reads glossary tokens)
  md.use(figuresPlugin); //         7. core: lone captioned image → <figure>
  md.use(imagesPlugin); //          8. render: pack media only, via ctx.mediaUrl
  md.use(linksPlugin); //           9. core + render: allow-listed link kinds
  md.use(tablesPlugin); //          10. render: tables in a keyboard-scrollable region
  md.use(tableAlignmentPlugin); // 11. core: column alignment as classes (the CSP forbids inline styles)
  return md;
}

let shared: MarkdownIt | undefined;

/**
 * The one configured instance, built on first use. It holds configuration only; everything
 * that belongs to one lesson travels in `env` (see env.ts), so sharing it is safe.
 */
export function lessonMarkdown(): MarkdownIt {
  shared ??= createLessonMarkdown();
  return shared;
}
