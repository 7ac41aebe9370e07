// A module's questions on paper: the quiz sheet (numbered questions, room to answer, no key) and
// the answer key (each question's correct answer and its explanation), for every question type
// of the pack format. Options are lettered in pack order; the right-hand side of a matching and
// the steps of an ordering are listed alphabetically, so the sheet never gives the answer away.
import { questionView, type QuestionView } from '../content/questionViews';
import type { Question } from '../content/schemas';
import { bullets, paragraph, type Block, type Run } from './document';

export type Translate = (key: string, params?: Record<string, string>) => string;

/** A quiz's questions, with the number each one has on the sheet. */
export interface NumberedQuiz {
  title: string;
  questions: Question[];
}

const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');

function alphabetical<T extends { text: string }>(items: readonly T[], lang: string): T[] {
  return [...items].sort((a, b) => a.text.localeCompare(b.text, lang));
}

/** "1. Prompt" in bold: how each question opens on both the sheet and the key. */
function numbered(n: number, prompt: string): Block {
  return { kind: 'paragraph', runs: [{ text: `${n}. `, bold: true }, { text: prompt, bold: true }] };
}

const lettered = (items: readonly string[]): Block => ({
  kind: 'list',
  items: items.map((text, i) => ({ runs: [{ text }], depth: 0, marker: `${letter(i)}.` })),
});

/** The matching's right-hand choices as the sheet letters them (pairs and distractors, alphabetically). */
function matchingChoices(q: Extract<QuestionView, { type: 'matching' }>, lang: string) {
  return alphabetical([...q.pairs.map((p) => ({ id: p.id, text: p.right })), ...q.distractors], lang);
}

function clozeSentence(q: Extract<QuestionView, { type: 'cloze' }>, fill?: (blankIndex: number) => string): string {
  let n = 0;
  return q.parts.map((p) => ('text' in p ? p.text : fill ? fill(n++) : `(${++n}) ________`)).join('');
}

/** One question as the sheet prints it: instruction, choices and room to answer. */
function sheetBlocks(view: QuestionView, n: number, lang: string, t: Translate): Block[] {
  const out: Block[] = [numbered(n, view.prompt)];
  const hint = (key: string, params?: Record<string, string>) => out.push(paragraph(t(key, params), true));
  switch (view.type) {
    case 'single':
      hint('print.quiz.chooseOne');
      out.push(lettered(view.options.map((o) => o.text)));
      break;
    case 'multiple':
      hint('print.quiz.chooseAll');
      out.push(lettered(view.options.map((o) => o.text)));
      break;
    case 'true-false':
      hint('print.quiz.trueOrFalse');
      out.push(lettered([t('print.quiz.true'), t('print.quiz.false')]));
      break;
    case 'matching':
      hint('print.quiz.match');
      out.push(bullets(view.pairs.map((p, i) => `${i + 1}. ${p.left}  → ____`), ''));
      out.push(lettered(matchingChoices(view, lang).map((c) => c.text)));
      break;
    case 'ordering':
      hint('print.quiz.order', { count: String(view.items.length) });
      out.push({ kind: 'list', items: alphabetical(view.items, lang).map((i) => ({ runs: [{ text: i.text }], depth: 0, marker: '____' })) });
      break;
    case 'cloze':
      hint('print.quiz.fillIn');
      out.push(paragraph(clozeSentence(view)));
      view.blanks.forEach((b, i) => {
        if (b.choices) out.push(paragraph(t('print.quiz.blankChoices', { n: String(i + 1), choices: b.choices.join(' / ') }), true));
      });
      break;
    case 'numeric':
      hint(view.unit ? 'print.quiz.numberIn' : 'print.quiz.number', { unit: view.unit ?? '' });
      out.push({ kind: 'answerLines', lines: 1 });
      break;
    case 'scenario':
      hint('print.quiz.scenario');
      view.steps.forEach((step, i) => {
        out.push({ kind: 'paragraph', runs: [{ text: `${t('print.quiz.step', { n: String(i + 1) })} `, bold: true }, { text: step.text }] });
        out.push(lettered(step.choices.map((c) => c.text)));
      });
      break;
    case 'inspection':
      hint('print.quiz.inspection', { document: view.document.title });
      out.push({ kind: 'table', header: [t('print.quiz.field'), t('print.quiz.value'), t('print.quiz.flag')], rows: view.document.fields.map((f) => [f.label, f.value, '☐']) });
      break;
  }
  return out;
}

const answer = (label: string, text: string): Block => ({ kind: 'paragraph', runs: [{ text: `${label} `, bold: true }, { text }] });
const why = (text: string): Block => paragraph(text, true);

/** One question as the answer key prints it: the correct answer, then why. */
function keyBlocks(view: QuestionView, n: number, lang: string, t: Translate, formatNumber: (n: number) => string): Block[] {
  const out: Block[] = [numbered(n, view.prompt)];
  const A = t('print.key.answer');
  switch (view.type) {
    case 'single': {
      const i = view.options.findIndex((o) => o.id === view.answer);
      const o = view.options[i];
      if (o) out.push(answer(A, `${letter(i)}. ${o.text}`), why(o.explanation));
      break;
    }
    case 'multiple':
      out.push({ kind: 'paragraph', runs: [{ text: A, bold: true }] });
      view.options.forEach((o, i) => {
        if (view.answers.includes(o.id)) out.push({ kind: 'list', items: [{ runs: [{ text: o.text }], depth: 0, marker: `${letter(i)}.` }] }, why(o.explanation));
      });
      break;
    case 'true-false':
      out.push(answer(A, t(view.answer ? 'print.quiz.true' : 'print.quiz.false')), why(view.answer ? view.explanation.true : view.explanation.false));
      break;
    case 'matching': {
      const choices = matchingChoices(view, lang);
      out.push({ kind: 'paragraph', runs: [{ text: A, bold: true }] });
      view.pairs.forEach((p, i) => {
        const at = choices.findIndex((c) => c.id === p.id);
        out.push({ kind: 'list', items: [{ runs: [{ text: `${p.left} → ${letter(at)}. ${p.right}` }], depth: 0, marker: `${i + 1}.` }] }, why(p.explanation));
      });
      break;
    }
    case 'ordering':
      out.push({ kind: 'paragraph', runs: [{ text: A, bold: true }] });
      out.push({ kind: 'list', items: view.items.map((item, i) => ({ runs: [{ text: item.text }], depth: 0, marker: `${i + 1}.` })) }, why(view.explanation));
      break;
    case 'cloze':
      out.push(answer(A, clozeSentence(view, (i) => `[${view.blanks[i]?.accept[0] ?? '?'}]`)));
      view.blanks.forEach((b, i) => {
        const also = b.accept.slice(1);
        const runs: Run[] = [{ text: `(${i + 1}) ${b.accept[0] ?? ''}`, bold: true }];
        if (also.length > 0) runs.push({ text: ` ${t('print.key.alsoAccepted', { answers: also.join(' / ') })}` });
        out.push({ kind: 'paragraph', runs }, why(b.explanation));
      });
      break;
    case 'numeric': {
      const value = formatNumber(view.answer);
      const text = view.tolerance > 0 ? t('print.key.tolerance', { answer: value, tolerance: formatNumber(view.tolerance) }) : value;
      out.push(answer(A, view.unit ? `${text} ${view.unit}` : text), why(view.explanation));
      break;
    }
    case 'scenario':
      view.steps.forEach((step, i) => {
        const best = step.choices.map((c, k) => ({ c, k })).filter(({ c }) => c.correct);
        for (const { c, k } of best) out.push(answer(`${t('print.quiz.step', { n: String(i + 1) })}`, `${letter(k)}. ${c.text}`), why(c.feedback));
      });
      out.push({ kind: 'paragraph', runs: [{ text: `${t('print.key.debrief')} `, bold: true }, { text: view.debrief }] });
      break;
    case 'inspection': {
      const flags = view.document.fields.filter((f) => f.flag);
      out.push({ kind: 'paragraph', runs: [{ text: A, bold: true }] });
      for (const f of flags) out.push({ kind: 'list', items: [{ runs: [{ text: `${f.label}: `, bold: true }, { text: f.value }], depth: 0, marker: '☒' }] }, why(f.explanation));
      break;
    }
  }
  return out;
}

/** The quiz sheet: each quiz a section, questions numbered through the module. */
export function quizSheetBlocks(quizzes: readonly NumberedQuiz[], lang: string, t: Translate): Block[] {
  const out: Block[] = [paragraph(t('print.quiz.intro'), true)];
  let n = 0;
  for (const quiz of quizzes) {
    out.push({ kind: 'heading', level: 2, text: quiz.title });
    for (const q of quiz.questions) out.push({ kind: 'keep', blocks: sheetBlocks(questionView(q, lang), ++n, lang, t) });
  }
  return out;
}

/** The answer key, numbered as the sheet. */
export function answerKeyBlocks(quizzes: readonly NumberedQuiz[], lang: string, t: Translate, formatNumber: (n: number) => string): Block[] {
  const out: Block[] = [paragraph(t('print.key.intro'), true)];
  let n = 0;
  for (const quiz of quizzes) {
    out.push({ kind: 'heading', level: 2, text: quiz.title });
    for (const q of quiz.questions) out.push({ kind: 'keep', blocks: keyBlocks(questionView(q, lang), ++n, lang, t, formatNumber) });
  }
  return out;
}
