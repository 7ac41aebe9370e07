// A whole pack, in one language, as one GIFT file: a `$CATEGORY: pack/module/quiz` before each
// quiz's questions, each question titled with its id. Pure: the pack in, the text and the
// list of what could not be written out.
import type { Pack } from '../content/model';
import type { GiftItem } from './giftModel';
import { questionToGift } from './giftFromPack';
import { serializeGift } from './giftSerializer';
import { neutralTexts } from './neutralText';

export interface QuestionRef {
  /** `module/quiz/question`. */
  ref: string;
  type: string;
}

export interface PackGift {
  text: string;
  exported: number;
  /** Questions GIFT cannot express, with the reason. */
  skipped: (QuestionRef & { reason: string })[];
  /** Questions written, but that Moodle will score or show differently. */
  approximated: (QuestionRef & { notes: string[] })[];
}

export function packToGift(pack: Pack, lang: string): PackGift {
  const texts = neutralTexts(lang);
  const items: GiftItem[] = [];
  const skipped: PackGift['skipped'] = [];
  const approximated: PackGift['approximated'] = [];
  let exported = 0;

  // pack.quizzes is in teaching order: module by module, lesson checks then the module quiz.
  for (const quiz of pack.quizzes.values()) {
    const questions: GiftItem[] = [];
    for (const q of quiz.questions) {
      const at: QuestionRef = { ref: `${quiz.moduleId}/${quiz.id}/${q.id}`, type: q.type };
      const out = questionToGift(q, lang, texts);
      if (!out.gift) {
        skipped.push({ ...at, reason: out.skipped ?? 'cannot be written in GIFT' });
        continue;
      }
      if (out.notes.length > 0) approximated.push({ ...at, notes: out.notes });
      questions.push(out.gift);
    }
    if (questions.length === 0) continue;
    items.push({ kind: 'category', line: 0, path: `${pack.manifest.id}/${quiz.moduleId}/${quiz.id}` }, ...questions);
    exported += questions.length;
  }

  const header = [
    `Questions of the pack "${pack.manifest.id}" ${pack.manifest.version}, language "${lang}", exported by Customs E-Commerce Academy.`,
    'Categories are pack/module/quiz; question titles are the question ids.',
  ];
  return { text: serializeGift(items, header), exported, skipped, approximated };
}
