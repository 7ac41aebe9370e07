// One question as the room sees it on the projector, and its answer once the trainer reveals it.
// Options are lettered (A, B, C…) so the room can answer by a show of hands; items a learner
// would reorder or match are shown in a fixed mixed order (never the answer's order).
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import { seededRandom, shuffled } from '../../core/quiz/shuffle';

export const letter = (i: number) => String.fromCharCode(65 + (i % 26));

/** A fixed mix, the same every time the question is shown. */
const mixed = <T,>(items: readonly T[]) => {
  const out = shuffled(items, seededRandom(7));
  // Never show the answer's own order: turn it once more if the mix left it unchanged.
  return out.every((x, i) => x === items[i]) && out.length > 1 ? [...out.slice(1), out[0]!] : out;
};

export function RoomQuestion({ q, revealed }: { q: QuestionView; revealed: boolean }) {
  const { t } = useTranslation();
  const correctMark = (ok: boolean) => (revealed && ok ? <strong className="room-correct"> {t('trainer.classQuiz.correctMark')}</strong> : null);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = (id: string) => (q.type === 'single' ? q.answer === id : q.answers.includes(id));
      return (
        <ol className="room-options" type="A">
          {q.options.map((o) => (
            <li key={o.id} className={revealed && right(o.id) ? 'is-correct' : undefined}>
              {o.text}
              {correctMark(right(o.id))}
              {revealed && <p className="room-explanation">{o.explanation}</p>}
            </li>
          ))}
        </ol>
      );
    }
    case 'true-false':
      return (
        <>
          <ol className="room-options" type="A">
            <li className={revealed && q.answer ? 'is-correct' : undefined}>
              {t('trainer.classQuiz.true')}
              {correctMark(q.answer)}
            </li>
            <li className={revealed && !q.answer ? 'is-correct' : undefined}>
              {t('trainer.classQuiz.false')}
              {correctMark(!q.answer)}
            </li>
          </ol>
          {revealed && <p className="room-explanation">{q.answer ? q.explanation.true : q.explanation.false}</p>}
        </>
      );
    case 'matching':
      return revealed ? (
        <ul className="room-key">
          {q.pairs.map((p) => (
            <li key={p.id}>
              {t('trainer.classQuiz.pair', { left: p.left, right: p.right })}
              <p className="room-explanation">{p.explanation}</p>
            </li>
          ))}
        </ul>
      ) : (
        <div className="room-columns">
          <ol>{q.pairs.map((p) => <li key={p.id}>{p.left}</li>)}</ol>
          <ol type="A">{mixed([...q.pairs.map((p) => ({ id: p.id, text: p.right })), ...q.distractors]).map((r) => <li key={r.id}>{r.text}</li>)}</ol>
        </div>
      );
    case 'ordering':
      return (
        <>
          <ol type={revealed ? '1' : 'A'}>{(revealed ? q.items : mixed(q.items)).map((i) => <li key={i.id}>{i.text}</li>)}</ol>
          {revealed && <p className="room-explanation">{q.explanation}</p>}
        </>
      );
    case 'cloze':
      return (
        <>
          <p className="room-cloze">
            {q.parts.map((p, i) => {
              if ('text' in p) return <span key={i}>{p.text}</span>;
              const blank = q.blanks.find((b) => b.id === p.blank);
              return revealed ? <strong key={i}>[{blank?.accept[0] ?? ''}]</strong> : <span key={i}> ______ </span>;
            })}
          </p>
          {revealed && q.blanks.map((b) => <p key={b.id} className="room-explanation">{b.explanation}</p>)}
        </>
      );
    case 'numeric':
      return revealed ? (
        <>
          <p>
            <strong>{t('trainer.classQuiz.numericAnswer', { answer: q.answer, tolerance: q.tolerance, unit: q.unit ?? '' })}</strong>
          </p>
          <p className="room-explanation">{q.explanation}</p>
        </>
      ) : q.unit ? (
        <p>{t('trainer.classQuiz.unit', { unit: q.unit })}</p>
      ) : null;
    case 'scenario': {
      const start = q.steps.find((s) => s.id === q.start) ?? q.steps[0];
      return (
        <>
          {start && (
            <>
              <p>{start.text}</p>
              <ol type="A">
                {start.choices.map((c) => (
                  <li key={c.id} className={revealed && c.correct ? 'is-correct' : undefined}>
                    {c.text}
                    {correctMark(c.correct)}
                    {revealed && <p className="room-explanation">{c.feedback}</p>}
                  </li>
                ))}
              </ol>
            </>
          )}
          {revealed && <p className="room-explanation">{q.debrief}</p>}
        </>
      );
    }
    case 'inspection':
      return (
        <>
          <p>{q.document.title}</p>
          <ul>
            {q.document.fields.map((f) => (
              <li key={f.id} className={revealed && f.flag ? 'is-correct' : undefined}>
                {f.label}: {f.value}
                {revealed && f.flag && <strong className="room-correct"> {t('trainer.classQuiz.flagged')}</strong>}
                {revealed && f.flag && <p className="room-explanation">{f.explanation}</p>}
              </li>
            ))}
          </ul>
        </>
      );
  }
}
