// Where a glossary term's definition appears: just below the term, moved sideways as needed so
// it stays inside the window at any width or zoom, and never over the term itself. The tip
// shows through CSS (:hover/:focus); this only sets its place, relative to the lesson body.
const MARGIN = 8;
const GAP = 6;

export function placeTermTip(term: HTMLElement, container: HTMLElement): void {
  const tip = term.nextElementSibling;
  if (!(tip instanceof HTMLElement) || !tip.classList.contains('term-tip')) return;
  const box = container.getBoundingClientRect();
  // The last line box of the term: a term that wraps ends there.
  const rects = term.getClientRects();
  const line = rects[rects.length - 1] ?? term.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  tip.style.maxWidth = `${Math.max(0, Math.min(22 * 16, viewport - 2 * MARGIN))}px`;
  const width = tip.offsetWidth || Math.min(22 * 16, viewport - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(line.left, viewport - MARGIN - width));
  tip.style.left = `${left - box.left}px`;
  tip.style.top = `${line.bottom + GAP - box.top}px`;
}
