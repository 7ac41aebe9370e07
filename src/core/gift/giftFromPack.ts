// Pack question → GIFT question, in one language. A question GIFT cannot express is skipped
// with the reason; one it can only approximate is written with a note saying how Moodle will
// treat it differently.
import type { Question } from '../content/schemas';
import type { GiftBody, GiftChoice, GiftQuestion } from './giftModel';
import type { NeutralTexts } from './neutralText';

export interface GiftExport {
  gift?: GiftQuestion;
  /** Set when GIFT cannot express the question: why. */
  skipped?: string;
  /** How Moodle will score or show the question differently from the app. */
  notes: string[];
}

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

/**
 * Explanations that all end with the same lines: those lines become the general feedback (how an
 * import stores `####general feedback`, see giftToPack), the rest stays with each answer.
 */
export function splitGeneralFeedback(explanations: readonly string[]): { each: string[]; general?: string } {
  if (explanations.length < 2) return { each: [...explanations] };
  const lines = explanations.map((e) => e.split('\n'));
  const first = lines[0]!;
  let k = 0;
  while (k < first.length && lines.every((l) => l.length > k && l[l.length - 1 - k] === first[first.length - 1 - k])) k++;
  if (k === 0) return { each: [...explanations] };
  return { each: lines.map((l) => l.slice(0, l.length - k).join('\n')), general: first.slice(first.length - k).join('\n') };
}

export function questionToGift(q: Question, lang: string, texts: NeutralTexts | undefined): GiftExport {
  const t = (text: Record<string, string>) => text[lang] ?? '';
  const notes: string[] = [];
  /** Feedback worth writing: not empty, and not the neutral text an import would write anyway. */
  const worth = (text: string | undefined, neutral: string | undefined) => (text && text !== neutral ? text : undefined);
  const question = (text: string, body: GiftBody, generalFeedback?: string, textAfter?: string): GiftExport => ({
    gift: {
      kind: 'question',
      line: 0,
      title: q.id,
      text,
      ...(textAfter !== undefined && { textAfter }),
      body,
      ...(generalFeedback && { generalFeedback }),
    },
    notes,
  });
  if (q.tags && q.tags.length > 0) notes.push(`tags (${q.tags.join(', ')}) are not written: GIFT has no tags`);

  switch (q.type) {
    case 'single':
    case 'multiple':
      return choiceQuestion(q);
    case 'true-false': {
      const { each, general } = splitGeneralFeedback([t(q.explanation.true), t(q.explanation.false)]);
      const [onTrue, onFalse] = each;
      const right = worth(q.answer ? onTrue : onFalse, texts?.correct);
      const wrong = worth(q.answer ? onFalse : onTrue, texts?.incorrect);
      return question(
        t(q.prompt),
        { type: 'true-false', answer: q.answer, ...(wrong && { wrongFeedback: wrong }), ...(right && { rightFeedback: right }) },
        general,
      );
    }
    case 'matching':
      return matchingQuestion(q);
    case 'cloze':
      return clozeQuestion(q);
    case 'numeric': {
      const unit = q.unit && t(q.unit);
      if (unit) notes.push(`the unit "${unit}" is written into the question text: GIFT numeric questions have no unit`);
      return question(
        unit ? `${t(q.prompt)} (${unit})` : t(q.prompt),
        { type: 'numeric', answers: [{ kind: 'exact', value: q.answer, tolerance: q.tolerance }] },
        worth(t(q.explanation), texts?.numeric(q.answer, q.tolerance)),
      );
    }
    case 'ordering':
      return { skipped: 'GIFT has no ordering question', notes };
    case 'scenario':
      return { skipped: 'GIFT has no branching scenario (steps that lead to other steps)', notes };
    case 'inspection':
      return { skipped: 'GIFT has no document inspection question (marking the red flags of a form)', notes };
  }

  function choiceQuestion(c: Of<'single'> | Of<'multiple'>): GiftExport {
    const keys = c.type === 'single' ? [c.answer] : c.answers;
    const { each, general } = splitGeneralFeedback(c.options.map((o) => t(o.explanation)));
    // Multiple: each right choice earns an equal share and each wrong one takes a share back,
    // which is exactly the app's partial scoring. All-or-nothing has no GIFT form.
    const share = 100 / Math.max(1, keys.length);
    if (c.type === 'multiple' && c.scoring === 'all-or-nothing') {
      notes.push(
        'all-or-nothing scoring cannot be written in GIFT: Moodle gives part credit for each right choice; each wrong choice is written at -100% so that any wrong pick scores 0',
      );
    }
    // Moodle accepts only its own grade steps (100%, 50%, 33.33333%… 10%, 5%).
    if (c.type === 'multiple' && keys.length > 10 && keys.length !== 20) {
      notes.push(`a share of ${keys.length} right answers (${(100 / keys.length).toFixed(5)}%) is not one of Moodle's grade steps: Moodle may refuse the question`);
    }
    const choices = c.options.map((o, i): GiftChoice => {
      const right = keys.includes(o.id);
      const feedback = worth(each[i], right ? texts?.correct : texts?.incorrect);
      const weight = c.type === 'single' ? undefined : right ? share : c.scoring === 'partial' ? -share : -100;
      return {
        text: t(o.text),
        correct: c.type === 'single' && right,
        ...(weight !== undefined && { weight }),
        ...(feedback && { feedback }),
      };
    });
    return question(t(c.prompt), { type: 'multiple-choice', choices }, general);
  }

  function matchingQuestion(m: Of<'matching'>): GiftExport {
    const pairs = m.pairs.map((p) => ({ left: t(p.left), right: t(p.right), explanation: t(p.explanation) }));
    if (pairs.some((p) => p.left.includes('->'))) return { skipped: 'an item to match contains "->", which GIFT cannot escape', notes };
    if (m.scoring === 'all-or-nothing') notes.push('all-or-nothing scoring cannot be written in GIFT: Moodle gives credit for each right pair');
    const own = pairs.filter((p) => p.explanation !== texts?.pair(p.left, p.right)).map((p) => p.explanation);
    const distinct = [...new Set(own)];
    let general: string | undefined;
    if (own.length === pairs.length && distinct.length === 1) general = distinct[0];
    else if (own.length > 0) {
      general = distinct.join('\n');
      notes.push('GIFT has no feedback per pair: the explanations are joined into the general feedback');
    }
    return question(
      t(m.prompt),
      { type: 'matching', pairs: [...pairs.map(({ left, right }) => ({ left, right })), ...m.distractors.map((d) => ({ left: '', right: t(d.text) }))] },
      general,
    );
  }

  function clozeQuestion(c: Of<'cloze'>): GiftExport {
    const [blank, ...more] = c.blanks;
    if (!blank || more.length > 0) {
      return { skipped: `${c.blanks.length} blanks: a GIFT question has one answer block (Moodle's embedded-answers "Cloze" type is not part of GIFT)`, notes };
    }
    const accept = blank.accept[lang] ?? [];
    const choices = blank.choices?.[lang];
    if (blank.match === 'exact' && !choices) notes.push('exact matching cannot be written in GIFT: Moodle compares short answers ignoring case');
    if (!choices && accept.some((a) => a.includes('->'))) {
      return { skipped: 'an accepted answer contains "->", which GIFT cannot escape: Moodle would read the question as matching', notes };
    }
    const body: GiftBody = choices
      ? { type: 'multiple-choice', choices: choices.map((text) => ({ text, correct: accept.includes(text) })) }
      : { type: 'short-answer', answers: accept.map((text) => ({ text, correct: true })) };
    const general = worth(t(blank.explanation), texts?.blank(accept[0] ?? ''));

    const text = t(c.text);
    const marker = `{{${blank.id}}}`;
    const at = text.indexOf(marker);
    const before = text.slice(0, at);
    const after = text.slice(at + marker.length);
    const prompt = t(c.prompt);
    // The blank alone: a question and an answer box (GIFT short answer or multiple choice).
    if (before.trim() === '' && after.trim() === '') return question(prompt, body, general);
    // A sentence with a blank (GIFT "missing word"); a prompt of its own goes on the line before.
    const stem = (prompt === texts?.completeSentence ? '' : `${prompt}\n`) + before;
    if (after.trim() === '') {
      notes.push('the blank ends the text: Moodle shows the answer after the text rather than inside it');
      return question(stem.trim(), body, general);
    }
    return question(stem, body, general, after);
  }
}
