/**
 * Letters that Unicode does not decompose but French and other Latin-script languages use:
 * without this, "main-d'œuvre" would lose a letter instead of reading "main-d-oeuvre".
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * Heading text to a stable anchor: lowercase, accents folded, every run of other characters
 * turned into one hyphen, no hyphen at either end. Anchors appear in `lesson:id#anchor` links
 * written by trainers, so the rule must stay simple to predict and must never change.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøłđ]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
