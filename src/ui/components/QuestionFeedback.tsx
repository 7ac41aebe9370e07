import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import type { QuestionScore } from '../../core/quiz/scoring';

/** Whether the answer was right, and why, for every option: used after "Check" and in the review. */
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
  const rows: { key: string; text: string; isKey: boolean; chosen: boolean; explanation: string }[] = [];
  if (question.type === 'true-false') {
    for (const v of [true, false]) {
      rows.push({
        key: String(v),
        text: v ? t('quiz.true') : t('quiz.false'),
        isKey: question.answer === v,
        chosen: answer?.type === 'true-false' && answer.value === v,
        explanation: v ? question.explanation.true : question.explanation.false,
      });
    }
  } else {
    const keys = question.type === 'single' ? [question.answer] : question.answers;
    const chosen = answer?.type === 'single' ? [answer.option] : answer?.type === 'multiple' ? answer.options : [];
    const byId = new Map(question.options.map((o) => [o.id, o]));
    for (const id of order ?? question.options.map((o) => o.id)) {
      const o = byId.get(id);
      if (o) rows.push({ key: o.id, text: o.text, isKey: keys.includes(o.id), chosen: chosen.includes(o.id), explanation: o.explanation });
    }
  }
  return (
    <div className={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p className="verdict">
        <strong>{verdict}</strong>
        {question.type === 'multiple' && !score.correct && score.points > 0 && (
          <> {t('quiz.partialPoints', { percent: Math.round(score.points * 100) })}</>
        )}
      </p>
      <ul className="explanations">
        {rows.map((r) => (
          <li key={r.key} className={r.isKey ? 'is-key' : r.chosen ? 'is-wrong' : undefined}>
            <span className="option-text">{r.text}</span>{' '}
            {r.isKey && <span className="badge badge-pass">{t('quiz.rightAnswer')}</span>}{' '}
            {r.chosen && <span className="badge">{t('quiz.yourAnswer')}</span>}
            <p>{r.explanation}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
