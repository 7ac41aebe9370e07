// A lesson's rendered HTML as projector slides. One section per slide (split at the ## and ###
// headings); a section too long for the screen is split again where it can be: between blocks,
// then between the items of a list, the rows of a table or the sentences of a paragraph. Whether
// something fits is measured in the DOM, in an element the size of the slide with the slide's
// styles, so the split follows the projector's resolution and the trainer's language.

export interface Slide {
  html: string;
  /** The slug of the section's heading (the heading anchor), null before the first one. */
  headingSlug: string | null;
}

interface Section {
  headingSlug: string | null;
  /** The heading's HTML without its id, repeated on continuation slides. */
  heading: string | null;
  blocks: Element[];
}

/** A block that can be split into items shown inside the same wrapper (a list, a table, a paragraph). */
interface Group {
  open(first: number): string;
  close: string;
  items: string[];
}

/** Tooltips, ids and tab stops belong to the lesson screen: a slide shows plain text. */
function cleanForSlide(root: ParentNode): void {
  root.querySelectorAll('.term-tip').forEach((e) => e.remove());
  root.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
  root.querySelectorAll('[tabindex]').forEach((e) => e.removeAttribute('tabindex'));
  root.querySelectorAll('[aria-describedby]').forEach((e) => e.removeAttribute('aria-describedby'));
  root.querySelectorAll('.table-wrap').forEach((e) => {
    e.removeAttribute('role');
    e.removeAttribute('aria-label');
  });
}

/** Splits rendered lesson HTML at its h2/h3 headings; what comes before the first goes with the title. */
export function sectionsOf(html: string, doc: Document): Section[] {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  const sections: Section[] = [{ headingSlug: null, heading: null, blocks: [] }];
  for (const el of Array.from(tpl.content.children)) {
    if (el.tagName === 'H2' || el.tagName === 'H3') {
      const slug = el.id || null;
      const copy = el.cloneNode(true) as Element;
      cleanForSlide(copy);
      copy.removeAttribute('id');
      sections.push({ headingSlug: slug, heading: copy.outerHTML, blocks: [] });
    } else {
      cleanForSlide(el);
      sections.at(-1)!.blocks.push(el);
    }
  }
  // The first section is the title slide, even when the lesson opens with a heading.
  return sections;
}

function splitBlock(el: Element): Group | undefined {
  if ((el.tagName === 'UL' || el.tagName === 'OL') && el.children.length > 1) {
    const tag = el.tagName.toLowerCase();
    const start = Number(el.getAttribute('start') ?? '1');
    return {
      open: (first) => (tag === 'ol' ? `<ol start="${start + first}">` : '<ul>'),
      close: `</${tag}>`,
      items: Array.from(el.children, (li) => li.outerHTML),
    };
  }
  if (el.tagName === 'P') return sentencesOf(el);
  const table = el.tagName === 'TABLE' ? el : el.querySelector(':scope > table');
  if (table) {
    const rows = Array.from(table.querySelectorAll(':scope > tbody > tr'));
    if (rows.length < 2) return undefined;
    const head = table.querySelector(':scope > thead')?.outerHTML ?? '';
    const wrap = table === el ? ['', ''] : ['<div class="table-wrap">', '</div>'];
    return { open: () => `${wrap[0]}<table>${head}<tbody>`, close: `</tbody></table>${wrap[1]}`, items: rows.map((r) => r.outerHTML) };
  }
  // A callout, a quote, any box of several blocks: its blocks, each slide repeating the box.
  if (CONTAINERS.has(el.tagName) && el.children.length > 1 && el.childNodes.length === el.children.length + textGaps(el)) {
    const shell = el.cloneNode(false) as Element;
    const html = shell.outerHTML;
    const cut = html.lastIndexOf('</');
    return { open: () => html.slice(0, cut), close: html.slice(cut), items: Array.from(el.children, (c) => c.outerHTML) };
  }
  return undefined;
}

const CONTAINERS = new Set(['ASIDE', 'BLOCKQUOTE', 'DIV', 'SECTION']);
/** Whitespace-only text between a box's blocks (markdown-it writes newlines there). */
const textGaps = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === 3 && !n.textContent?.trim()).length;

const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** A paragraph cut at the ends of its sentences; markup inside (a term, a link) stays whole. */
function sentencesOf(p: Element): Group | undefined {
  const items: string[] = [];
  let current = '';
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType !== 3) {
      current += (node as Element).outerHTML ?? '';
      continue;
    }
    for (const piece of (node.textContent ?? '').match(/[^.!?]+(?:[.!?]+["”»)]*\s+|[.!?]+["”»)]*$|$)/g) ?? []) {
      current += escapeText(piece);
      if (/[.!?]["”»)]*\s*$/.test(piece)) {
        items.push(current);
        current = '';
      }
    }
  }
  if (current.trim() !== '') items.push(current);
  return items.length > 1 ? { open: () => '<p>', close: '</p>', items } : undefined;
}

/** Smaller figure sizes tried, in turn, when a figure does not fit beside its heading. */
const FIGURE_SIZES = ['fig-m', 'fig-s', 'fig-xs'] as const;

/**
 * Cuts the sections into slides that fit `measure`: an element with the slide body's size and
 * styles (its content is replaced while measuring). `continued` is the label added to a heading
 * repeated on the next slide of a long section.
 */
export function paginate(sections: Section[], measure: HTMLElement, titleHtml: string, continued: string, titleBlocks: Element[] = []): Slide[] {
  if (sections[0]) sections = [{ ...sections[0], blocks: [...titleBlocks, ...sections[0].blocks] }, ...sections.slice(1)];
  const slides: Slide[] = [];
  const fits = (html: string) => {
    measure.innerHTML = html;
    return measure.scrollHeight <= measure.clientHeight + 1 && measure.scrollWidth <= measure.clientWidth + 1;
  };
  for (const section of sections) {
    const heading = section.heading ?? titleHtml;
    const more = heading.replace(/<\/(h[1-3])>$/, ` <span class="continued">${continued}</span></$1>`);
    let parts: string[] = [heading];
    let hasContent = false;
    const flush = () => {
      slides.push({ html: parts.join(''), headingSlug: section.headingSlug });
      parts = [more];
      hasContent = false;
    };
    const add = (html: string) => {
      if (fits([...parts, html].join(''))) {
        parts.push(html);
        hasContent = true;
        return true;
      }
      return false;
    };
    for (const block of section.blocks) {
      if (add(block.outerHTML)) continue;
      if (hasContent) {
        flush();
        if (add(block.outerHTML)) continue;
      }
      if (block.tagName === 'FIGURE') {
        const fitted = FIGURE_SIZES.map((size) => {
          const f = block.cloneNode(true) as Element;
          f.classList.add(size);
          return f.outerHTML;
        }).find((html) => fits([...parts, html].join('')));
        if (fitted) {
          parts.push(fitted);
          hasContent = true;
          continue;
        }
      }
      const group = splitBlock(block);
      if (!group) {
        // Nothing smaller to show: the slide's styles scale figures to fit.
        parts.push(block.outerHTML);
        hasContent = true;
        continue;
      }
      let from = 0;
      let taken: string[] = [];
      const groupHtml = (items: string[]) => group.open(from) + items.join('') + group.close;
      for (const item of group.items) {
        if (fits([...parts, groupHtml([...taken, item])].join(''))) {
          taken.push(item);
          continue;
        }
        if (taken.length > 0 || hasContent) {
          if (taken.length > 0) parts.push(groupHtml(taken));
          from += taken.length;
          hasContent = true;
          flush();
          taken = [];
        }
        taken.push(item);
      }
      if (taken.length > 0) {
        parts.push(groupHtml(taken));
        hasContent = true;
      }
    }
    slides.push({ html: parts.join(''), headingSlug: section.headingSlug });
  }
  measure.innerHTML = '';
  return slides;
}
