// Distractors that give themselves away: a wrong option that says "never", "always", "only" or
// "all" is the one a test-wise learner strikes out without knowing the subject. This module
// measures how many wrong options of choice questions carry such a word, per language, so
// `content:stats` can keep the share low.
import type { Quiz } from './model';

/**
 * Absolute words per language, matched as whole words, case-insensitively. French also counts
 * the restrictive « ne … que » (« ne porte que sur », « n’exige qu’un »).
 */
export const ABSOLUTE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['never', 'always', 'only', 'all', 'none', 'every', 'everything', 'everyone', 'nothing', 'nobody', 'completely', 'entirely', 'solely', 'exclusively', 'totally'],
  fr: ['jamais', 'toujours', 'seulement', 'uniquement', 'exclusivement', 'seul', 'seule', 'seuls', 'seules', 'tous', 'toutes', 'aucun', 'aucune', 'rien', 'entièrement', 'complètement', 'totalement', 'systématiquement'],
};

// « ne » then one to three words (none of them « pas », « plus », « point »: « ne sait pas que » is a plain negation) then « que ».
const FR_NE_QUE = /(?<!\p{L})(?:ne\s+|n[’'])(?:(?!(?:pas|plus|point)(?!\p{L}))\p{L}+(?:[’']|\s+)){1,3}qu(?:e(?!\p{L})|[’'])/iu;

const patterns = new Map<string, RegExp>(
  Object.entries(ABSOLUTE_WORDS).map(([lang, words]) => [lang, new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu')]),
);

/** The absolute word (or « ne … que ») in a text, or undefined. Undefined too for a language without a list. */
export function absoluteWordIn(text: string, lang: string): string | undefined {
  const found = patterns.get(lang)?.exec(text)?.[0];
  if (found) return found.toLowerCase();
  if (lang === 'fr') return FR_NE_QUE.exec(text)?.[0].toLowerCase();
  return undefined;
}

export interface AbsoluteWordStats {
  /** Wrong options of single- and multiple-choice questions that have text in this language. */
  distractors: number;
  withAbsoluteWord: number;
  /** withAbsoluteWord / distractors, 0 when there are none. */
  share: number;
  /** Where they are: "quiz-id question-id option-id (word)". */
  items: string[];
}

/** Counts, in one language, the distractors that carry an absolute word. Undefined for a language without a word list. */
export function absoluteWordStats(quizzes: Iterable<Quiz>, lang: string): AbsoluteWordStats | undefined {
  if (!patterns.has(lang)) return undefined;
  let distractors = 0;
  const items: string[] = [];
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      if (q.type !== 'single' && q.type !== 'multiple') continue;
      const keys: (string | undefined)[] = q.type === 'single' ? [q.answer] : q.answers;
      for (const option of q.options) {
        const text = option.text[lang];
        if (keys.includes(option.id) || text === undefined) continue;
        distractors++;
        const word = absoluteWordIn(text, lang);
        if (word) items.push(`${quiz.id} ${q.id} ${option.id} (${word})`);
      }
    }
  }
  return { distractors, withAbsoluteWord: items.length, share: distractors === 0 ? 0 : items.length / distractors, items };
}
