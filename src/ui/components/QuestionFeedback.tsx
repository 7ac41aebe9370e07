import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { textMatches } from '../../core/quiz/normalize';
import { numericMatches, type QuestionScore } from '../../core/quiz/scoring';
import { inOrder } from './questions/types';

interface Row {
  key: string;
  text: string;
  /** Choice questions: this option is (part of) the key. */
  isKey?: boolean;
  /** Choice questions: the learner picked it. */
  chosen?: boolean;
  /** Other types: whether this part was right. */
  ok?: boolean;
  yours?: string;
  right?: string;
  explanation: string;
}

type TFn = ReturnType<typeof useTranslation>['t'];

/** One row per option, pair, item, blank, step or field: what was right, and why. */
function feedbackRows(q: QuestionView, a: Answer | undefined, order: string[] | undefined, t: TFn): Row[] {
  const empty = t('qtypes.feedback.none');
  switch (q.type) {
    case 'true-false':
      return [true, false].map((v) => ({
        key: String(v),
        text: v ? t('quiz.true') : t('quiz.false'),
        isKey: q.answer === v,
        chosen: a?.type === 'true-false' && a.value === v,
        explanation: v ? q.explanation.true : q.explanation.false,
      }));
    case 'single':
    case 'multiple': {
      const keys = q.type === 'single' ? [q.answer] : q.answers;
      const chosen = a?.type === 'single' ? [a.option] : a?.type === 'multiple' ? a.options : [];
      return inOrder(q.options, order).map((o) => ({ key: o.id, text: o.text, isKey: keys.includes(o.id), chosen: chosen.includes(o.id), explanation: o.explanation }));
    }
    case 'matching': {
      const pairs = a?.type === 'matching' ? a.pairs : {};
      const textOf = new Map([...q.pairs.map((p) => [p.id, p.right] as const), ...q.distractors.map((d) => [d.id, d.text] as const)]);
      return q.pairs.map((p) => {
        const mine = Object.hasOwn(pairs, p.id) ? pairs[p.id] : undefined;
        return { key: p.id, text: p.left, ok: mine === p.id, yours: (mine && textOf.get(mine)) || empty, right: p.right, explanation: p.explanation };
      });
    }
    case 'ordering': {
      const mine = a?.type === 'ordering' ? inOrder(q.items, a.order) : [];
      return [
        {
          key: 'order',
          text: t('qtypes.ordering.correctOrder'),
          ok: mine.length === q.items.length && mine.every((item, i) => item.id === q.items[i]!.id),
          yours: mine.length ? mine.map((i, n) => `${n + 1}. ${i.text}`).join(' · ') : empty,
          right: q.items.map((i, n) => `${n + 1}. ${i.text}`).join(' · '),
          explanation: q.explanation,
        },
      ];
    }
    case 'cloze': {
      const blanks = a?.type === 'cloze' ? a.blanks : {};
      return q.blanks.map((b, i) => {
        const mine = Object.hasOwn(blanks, b.id) ? blanks[b.id]! : '';
        return { key: b.id, text: t('qtypes.cloze.blank', { n: i + 1 }), ok: textMatches(mine, b.accept, b.match), yours: mine || empty, right: b.accept.join(' / '), explanation: b.explanation };
      });
    }
    case 'numeric': {
      const mine = a?.type === 'numeric' ? a.value : '';
      const unit = q.unit ? ` ${q.unit}` : '';
      return [
        {
          key: 'value',
          text: t('qtypes.numeric.label'),
          ok: numericMatches(mine, q.answer, q.tolerance),
          yours: mine ? `${mine}${unit}` : empty,
          right: q.tolerance > 0 ? t('qtypes.numeric.within', { answer: `${q.answer}${unit}`, tolerance: `${q.tolerance}${unit}` }) : `${q.answer}${unit}`,
          explanation: q.explanation,
        },
      ];
    }
    case 'scenario': {
      const path = a?.type === 'scenario' ? a.path : [];
      const steps = new Map(q.steps.map((s) => [s.id, s]));
      const rows: Row[] = path.map((p, i) => {
        const step = steps.get(p.step);
        const choice = step?.choices.find((c) => c.id === p.choice);
        const best = step?.choices.filter((c) => c.correct).map((c) => c.text).join(' / ');
        return { key: `${i}-${p.step}`, text: step?.text ?? '', ok: choice?.correct ?? false, yours: choice?.text ?? empty, right: best, explanation: choice?.feedback ?? '' };
      });
      return [...rows, { key: 'debrief', text: t('qtypes.scenario.debrief'), explanation: q.debrief }];
    }
    case 'inspection': {
      const flagged = a?.type === 'inspection' ? a.flagged : [];
      return q.document.fields.map((f) => ({
        key: f.id,
        text: `${f.label}: ${f.value}`,
        ok: flagged.includes(f.id) === f.flag,
        yours: flagged.includes(f.id) ? t('qtypes.inspection.marked') : t('qtypes.inspection.notMarked'),
        right: f.flag ? t('qtypes.inspection.isFlag') : t('qtypes.inspection.isFine'),
        explanation: f.explanation,
      }));
    }
  }
}

/** Whether the answer was right, and why, for every part: used after "Check" and in the review. */
export function QuestionFeedback({
  question,
  order,
  answer,
  score,
}: {
  question: QuestionView;
  order: string[] | undefined;
  answer: Answer | undefined;
  score: QuestionScore;
}) {
  const { t } = useTranslation();
  const verdict = score.correct ? t('quiz.correct') : score.points > 0 ? t('quiz.partlyCorrect') : answer ? t('quiz.incorrect') : t('quiz.unanswered');
  const rows = feedbackRows(question, answer, order, t);
  return (
    <div className={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p className="verdict">
        <strong>{verdict}</strong>
        {!score.correct && score.points > 0 && <> {t('quiz.partialPoints', { percent: Math.round(score.points * 100) })}</>}
      </p>
      <ul className="explanations">
        {rows.map((r) => (
          <li key={r.key} className={r.isKey || r.ok === true ? 'is-key' : r.chosen || r.ok === false ? 'is-wrong' : undefined}>
            <span className="option-text">{r.text}</span>{' '}
            {r.isKey && <span className="badge badge-pass">{t('quiz.rightAnswer')}</span>}{' '}
            {r.chosen && <span className="badge">{t('quiz.yourAnswer')}</span>}
            {r.ok !== undefined && <span className={`badge ${r.ok ? 'badge-pass' : 'badge-fail'}`}>{r.ok ? t('quiz.correct') : t('quiz.incorrect')}</span>}
            {r.yours !== undefined && <p>{t('qtypes.feedback.yours', { value: r.yours })}</p>}
            {r.right !== undefined && r.ok !== true && <p>{t('qtypes.feedback.right', { value: r.right })}</p>}
            <p>{r.explanation}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
