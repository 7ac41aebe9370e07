// Content that could run or reach out, refused in installed packs. The renderer never executes
// it (markdown-it runs with html: false, pictures load as <img>), but a pack is someone else's
// file: what would be dangerous in another viewer, or on the day a rule changes, stays out.

/** Lines of lesson Markdown holding raw HTML or a script address, outside code. */
export function htmlInLesson(markdown: string): number | undefined {
  let fenced = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^( {4}|\t)/.test(line)) continue;
    const prose = line.replace(/`[^`]*`/g, '');
    // A tag, a closing tag, a comment or a declaration; an autolink <https://…> is Markdown, not HTML.
    const tag = /<(?:\/?[a-zA-Z][\w-]*(?=[\s/>])|!--|![a-zA-Z]|\?)/.exec(prose);
    if (tag) return i + 1;
    if (/\]\(\s*<?\s*(?:javascript|vbscript|data|file):/i.test(prose) || /<\s*(?:javascript|vbscript):/i.test(prose)) return i + 1;
  }
  return undefined;
}

export type SvgProblem = 'script' | 'eventHandler' | 'externalReference';

/** What makes an SVG picture active or leaky: scripts, event handlers, references outside itself. */
export function svgProblem(svg: string): SvgProblem | undefined {
  const text = svg.replace(/<!\[CDATA\[/g, '');
  if (/<\s*(?:[\w-]+:)?script\b/i.test(text) || /javascript:/i.test(text)) return 'script';
  if (/<\s*(?:[\w-]+:)?(?:foreignObject|iframe|embed|object)\b/i.test(text)) return 'script';
  if (/\son[a-z]+\s*=/i.test(text)) return 'eventHandler';
  // Entities can pull in other files (XXE); a picture needs none.
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) return 'externalReference';
  for (const m of text.matchAll(/\s(?:[\w-]+:)?href\s*=\s*(["'])(.*?)\1/gis)) {
    if (!m[2]!.trim().startsWith('#')) return 'externalReference';
  }
  for (const m of text.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gis)) {
    if (!m[2]!.trim().startsWith('#')) return 'externalReference';
  }
  if (/@import/i.test(text)) return 'externalReference';
  return undefined;
}

/** The file types a pack may hold: its YAML and Markdown, and pictures. */
export const PACK_FILE_TYPES = /\.(ya?ml|md|svg|png|jpe?g|webp|gif)$/i;

export interface PackFileProblem {
  reason: 'packs.error.fileType' | 'packs.error.lessonHtml' | 'packs.error.svgScript' | 'packs.error.svgEventHandler' | 'packs.error.svgExternal';
  params: { file: string; line?: number };
}

const SVG_REASONS: Record<SvgProblem, PackFileProblem['reason']> = {
  script: 'packs.error.svgScript',
  eventHandler: 'packs.error.svgEventHandler',
  externalReference: 'packs.error.svgExternal',
};

/** Why a file may not be in an installed pack (its type, HTML in a lesson, an active SVG), if it may not. */
export function packFileProblem(file: string, text: () => string): PackFileProblem | undefined {
  if (!PACK_FILE_TYPES.test(file)) return { reason: 'packs.error.fileType', params: { file } };
  if (/\.md$/i.test(file)) {
    const line = htmlInLesson(text());
    return line === undefined ? undefined : { reason: 'packs.error.lessonHtml', params: { file, line } };
  }
  if (/\.svg$/i.test(file)) {
    const problem = svgProblem(text());
    return problem && { reason: SVG_REASONS[problem], params: { file } };
  }
  return undefined;
}
