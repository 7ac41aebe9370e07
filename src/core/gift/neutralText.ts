// The texts an import writes where GIFT has none and our format needs one: every option needs
// an explanation, a missing-word question needs a prompt, a created pack needs a stub lesson.
// The export recognizes them and leaves them out, so GIFT → pack → GIFT adds nothing.
// To import into another language, add it here.

export interface NeutralTexts {
  /** Explanation of a right option (or of the right true/false answer) without feedback. */
  correct: string;
  /** Explanation of a wrong option without feedback. */
  incorrect: string;
  /** The prompt of a fill-in-the-blank question made from a GIFT "missing word" question. */
  completeSentence: string;
  blank: (answer: string) => string;
  pair: (left: string, right: string) => string;
  numeric: (answer: number, tolerance: number) => string;
  /** Body of the stub lesson that carries an imported quiz. */
  lessonBody: string;
}

const TEXTS: Record<string, NeutralTexts> = {
  en: {
    correct: 'Correct.',
    incorrect: 'Incorrect.',
    completeSentence: 'Complete the sentence.',
    blank: (answer) => `The expected answer is “${answer}”.`,
    pair: (left, right) => `“${left}” goes with “${right}”.`,
    numeric: (answer, tolerance) => (tolerance > 0 ? `The expected answer is ${answer} (± ${tolerance}).` : `The expected answer is ${answer}.`),
    lessonBody:
      'These questions were imported from a GIFT file (Moodle). Replace this text with the lesson they check, or move the questions to the quiz of another lesson.',
  },
  fr: {
    correct: 'Bonne réponse.',
    incorrect: 'Mauvaise réponse.',
    completeSentence: 'Complétez la phrase.',
    blank: (answer) => `La réponse attendue est « ${answer} ».`,
    pair: (left, right) => `« ${left} » va avec « ${right} ».`,
    numeric: (answer, tolerance) => (tolerance > 0 ? `La réponse attendue est ${answer} (± ${tolerance}).` : `La réponse attendue est ${answer}.`),
    lessonBody:
      'Ces questions ont été importées d’un fichier GIFT (Moodle). Remplacez ce texte par la leçon qu’elles vérifient, ou déplacez les questions dans le quiz d’une autre leçon.',
  },
};

export const NEUTRAL_TEXT_LANGUAGES: readonly string[] = Object.keys(TEXTS);

export function neutralTexts(lang: string): NeutralTexts | undefined {
  return Object.hasOwn(TEXTS, lang) ? TEXTS[lang] : undefined;
}
