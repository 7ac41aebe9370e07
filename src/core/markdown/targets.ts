/**
 * Where a link may lead. The app is offline and its renderer must never navigate away on its
 * own, so only these kinds become `<a>`; anything else is shown as plain text.
 */
export type LinkTarget =
  | { kind: 'lesson'; lessonId: string; anchor?: string }
  | { kind: 'anchor'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'mailto'; href: string }
  | { kind: 'blocked' };

/** An allow-list, not a deny-list: `javascript:`, `file:`, `data:`, relative files… all fall through. */
export function classifyLinkTarget(href: string): LinkTarget {
  if (href.startsWith('#')) return { kind: 'anchor', href };
  const lesson = /^lesson:([^#]*)(?:#(.*))?$/is.exec(href);
  if (lesson) {
    const lessonId = lesson[1] ?? '';
    const anchor = lesson[2];
    if (lessonId === '') return { kind: 'blocked' };
    return anchor ? { kind: 'lesson', lessonId, anchor } : { kind: 'lesson', lessonId };
  }
  if (/^https?:\/\/[^/\s]/i.test(href)) return { kind: 'external', href };
  if (/^mailto:\S/i.test(href)) return { kind: 'mailto', href };
  return { kind: 'blocked' };
}

/**
 * A picture that lives in the pack. Anything with a scheme (http:, data:, file:, C:…) or a
 * leading slash would load from outside the pack, which an offline app must not do.
 */
export function isPackMediaPath(src: string): boolean {
  if (src.trim() === '') return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return false;
  return !/^[/\\]/.test(src);
}
