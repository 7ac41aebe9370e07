// Item analysis per quiz: difficulty, discrimination (point-biserial and upper/lower index) and
// flags for every question at least 5 trainees answered; a flagged question shows its text, how
// often each option was chosen, and where it is written in the pack, so a trainer can fix it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemReport, QuizItemReport } from '../../../core/classes/itemResponses';
import { MIN_TAKERS } from '../../../core/classes/itemAnalysis';
import { api } from '../../api';
import { useApp } from '../../appState';
import { AsyncView } from '../../components/AsyncView';
import { useAsync } from '../../useAsync';

const pct = (x: number) => Math.round(x * 100);

export function ItemAnalysis({ classId, version }: { classId: string; version: number }) {
  const { t } = useTranslation();
  const { settings } = useApp();
  const id = useId();
  const state = useAsync(() => api.getClassItems({ classId, lang: settings.language }), [classId, settings.language, version]);
  return (
    <section aria-labelledby={`${id}-h`} className="item-analysis">
      <h2 id={`${id}-h`} tabIndex={-1}>
        {t('classes.ui.items.heading')}
      </h2>
      <p>{t('classes.ui.items.help', { min: MIN_TAKERS })}</p>
      <AsyncView state={state}>
        {(quizzes) =>
          quizzes.length === 0 ? <p>{t('classes.ui.charts.noAttempts')}</p> : quizzes.map((q) => <QuizItems key={q.quizId} quiz={q} />)
        }
      </AsyncView>
    </section>
  );
}

function QuizItems({ quiz }: { quiz: QuizItemReport }) {
  const { t, i18n } = useTranslation();
  const flagged = quiz.items.filter((i) => i.flags.length > 0).length;
  const num = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <details className="quiz-items">
      <summary>{t('classes.ui.items.quizSummary', { quiz: quiz.title, takers: quiz.takers, count: quiz.items.length, flagged })}</summary>
      {quiz.items.length === 0 ? (
        <p>{t('classes.ui.items.tooFew', { min: MIN_TAKERS })}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('classes.ui.items.caption', { quiz: quiz.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classes.csv.prompt')}</th>
                <th scope="col">{t('classes.csv.takers')}</th>
                <th scope="col">{t('classes.csv.difficulty')}</th>
                <th scope="col">{t('classes.csv.pointBiserial')}</th>
                <th scope="col">{t('classes.csv.upperLower')}</th>
                <th scope="col">{t('classes.csv.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {quiz.items.map((i) => (
                <tr key={i.ref} className={i.flags.length > 0 ? 'item-flagged' : undefined}>
                  <th scope="row">
                    <ItemText item={i} />
                  </th>
                  <td>{i.takers}</td>
                  <td>{t(i.partial ? 'classes.ui.items.meanScore' : 'classes.ui.items.fullMarks', { percent: pct(i.difficulty) })}</td>
                  <td>{i.pointBiserial === null ? t('classes.ui.items.noVariation') : num.format(i.pointBiserial)}</td>
                  <td>{num.format(i.upperLower)}</td>
                  <td>{i.flags.length === 0 ? t('classes.ui.items.noFlag') : i.flags.map((f) => t(`classes.flag.${f}`)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

function ItemText({ item }: { item: ItemReport }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <>
      <span className="item-prompt">{item.prompt}</span>{' '}
      <button type="button" className="link-button" aria-expanded={open} aria-controls={detailId} onClick={() => setOpen(!open)}>
        {t(open ? 'classes.ui.items.hideQuestion' : 'classes.ui.items.showQuestion')}
      </button>
      <div id={detailId} hidden={!open} className="item-detail">
        <p>{t('classes.ui.items.source', { file: `modules/${item.sourceModuleId}/quizzes/${item.sourceQuizId}.yaml`, id: item.questionId })}</p>
        {item.options && (
          <ul>
            {item.options.map((o) => (
              <li key={o.id}>
                {t(o.key ? 'classes.ui.items.optionKey' : 'classes.ui.items.option', {
                  option: item.optionText?.[o.id] ?? t(o.id === 'true' ? 'classes.ui.items.true' : o.id === 'false' ? 'classes.ui.items.false' : 'classes.unnamed'),
                  count: o.count,
                  upper: o.upper,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
