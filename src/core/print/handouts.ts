// The four printed documents of a module, in one language, as data (see document.ts):
// - the lesson handout: every lesson's text, figures and key points, no navigation;
// - the job aid: the key points of each lesson and the module's glossary terms, on one page;
// - the quiz sheet: the module's questions, numbered, without answers;
// - the facilitator guide: the guide's sections, then the answer key (kept out of the sheet
//   handed to learners, and in the trainer's document).
import type { Pack } from '../content/model';
import { chooseLang, textIn } from '../content/views';
import { scanLesson } from '../markdown/scanLesson';
import { askedQuestions } from '../quiz/draw';
import { bullets, heading, paragraph, type Block, type PrintDocument } from './document';
import { guideSchema } from '../content/guide';
import { speakerNotesOf } from '../markdown/speakerNotes';
import { guideBlocks, speakerNotesBlocks } from './guideBlocks';
import { headingTexts, keyPointsOf, lessonBlocks } from './lessonBlocks';
import { answerKeyBlocks, quizSheetBlocks, type NumberedQuiz, type Translate } from './quizBlocks';

export const HANDOUT_KINDS = ['lesson-handout', 'job-aid', 'quiz-sheet', 'facilitator-guide'] as const;
export type HandoutKind = (typeof HANDOUT_KINDS)[number];

/** What the API returns: one PDF, to save. */
export interface HandoutPdf {
  fileName: string;
  pdfBase64: string;
}

export interface HandoutInput {
  pack: Pack;
  moduleId: string;
  kind: HandoutKind;
  /** The language asked for; the pack's first language when it lacks it. */
  lang: string;
  /** Labels in that language (print.* keys). */
  t: Translate;
  /** The facilitator guide file's parsed YAML for this module and language, if the pack has one. */
  guide?: unknown;
  formatNumber: (n: number) => string;
  /** Job aid: the glossary as a list of terms without definitions (when definitions do not fit one page). */
  termsOnly?: boolean;
}

/** A definition's first sentence: the job aid has one page for the whole module. */
export function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s+\p{Lu})/su.exec(text);
  return m ? m[0] : text;
}

/** The module's quizzes in teaching order (lesson checks, then the module quiz), with their questions. */
function moduleQuizzes(pack: Pack, moduleId: string, lang: string): NumberedQuiz[] {
  return [...pack.quizzes.values()]
    .filter((q) => q.moduleId === moduleId)
    .map((quiz) => ({ title: textIn(quiz.title, lang), questions: askedQuestions(pack, quiz, 0).map((a) => a.question) }))
    .filter((q) => q.questions.length > 0);
}

export function handoutDocument(input: HandoutInput): PrintDocument {
  const { pack, moduleId, kind, t } = input;
  const module = pack.modules.find((m) => m.id === moduleId);
  if (!module) throw new Error(`no module "${moduleId}" in pack "${pack.manifest.id}"`);
  const lang = chooseLang(pack, input.lang).lang;
  const title = textIn(module.title, lang);
  const lessons = module.lessonIds.flatMap((id) => {
    const text = pack.lessons.get(id)?.byLang[lang];
    return text ? [{ id, title: text.frontMatter.title, objectives: text.frontMatter.objectives ?? [], body: text.body }] : [];
  });
  const blocksOf = (body: string) => lessonBlocks(body, { calloutTitle: (type) => t(`lesson.callout.${type}`) });
  const blocks: Block[] = [];

  switch (kind) {
    case 'lesson-handout':
      lessons.forEach((l, i) => {
        if (i > 0) blocks.push({ kind: 'pageBreak' });
        blocks.push(heading(1, l.title));
        if (l.objectives.length > 0) blocks.push({ kind: 'box', title: t('print.handout.objectives'), blocks: [bullets(l.objectives)] });
        blocks.push(...blocksOf(l.body));
      });
      break;
    case 'job-aid': {
      for (const l of lessons) {
        const points = keyPointsOf(blocksOf(l.body));
        blocks.push(heading(3, l.title), bullets(points.length > 0 ? points : l.objectives));
      }
      const used = new Set(lessons.flatMap((l) => scanLesson(l.body).terms.map((term) => term.id)));
      const terms = pack.glossary
        .filter((g) => used.has(g.id))
        .map((g) => ({ term: textIn(g.term, lang), definition: firstSentence(textIn(g.definition, lang)) }))
        .sort((a, b) => a.term.localeCompare(b.term, lang));
      if (terms.length > 0) {
        blocks.push(heading(2, t('print.jobAid.glossary')));
        if (input.termsOnly) blocks.push({ kind: 'paragraph', runs: [{ text: terms.map((g) => g.term).join(' · ') }] });
        else blocks.push({ kind: 'list', items: terms.map((g) => ({ runs: [{ text: `${g.term}: `, bold: true }, { text: g.definition }], depth: 0, marker: '' })) });
      }
      break;
    }
    case 'quiz-sheet':
      blocks.push(...quizSheetBlocks(moduleQuizzes(pack, moduleId, lang), lang, t));
      break;
    case 'facilitator-guide': {
      // content:check validates guides; one that fails here is left out rather than printed wrong.
      const parsed = input.guide === undefined ? undefined : guideSchema.safeParse(input.guide);
      if (parsed?.success) {
        const titleOf = (id: string) => lessons.find((l) => l.id === id)?.title ?? (pack.quizzes.get(id) ? textIn(pack.quizzes.get(id)!.title, lang) : id);
        blocks.push(...guideBlocks(parsed.data, t, titleOf));
      } else {
        blocks.push(paragraph(t('print.guide.missing'), true));
      }
      blocks.push(
        ...speakerNotesBlocks(
          lessons.map((l) => {
            const sections = headingTexts(l.body);
            return { title: l.title, notes: speakerNotesOf(l.body).map((n) => ({ section: n.headingSlug ? sections.get(n.headingSlug) : undefined, blocks: blocksOf(n.markdown) })) };
          }),
          t,
        ),
      );
      blocks.push({ kind: 'pageBreak' }, heading(1, t('print.key.title')));
      blocks.push(...answerKeyBlocks(moduleQuizzes(pack, moduleId, lang), lang, t, input.formatNumber));
      break;
    }
  }

  return {
    lang,
    kind: t(`print.kinds.${kind}`),
    title,
    subtitle: t('print.subtitle', { pack: textIn(pack.manifest.title, lang), version: pack.manifest.version }),
    blocks,
    fileName: t('print.fileName', { kind: t(`print.fileKinds.${kind}`), module: moduleId, lang }),
  };
}
