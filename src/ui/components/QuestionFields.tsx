import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { scoreQuestion } from '../../core/quiz/scoring';
import { QuestionFeedback } from './QuestionFeedback';
import { QuestionInput } from './QuestionInput';

/**
 * One question of a quiz as the learner sees it: the counter (the form's label), the prompt and
 * inputs, and the feedback once checked. The quiz screen and the SCORM player share it.
 */
export function QuestionFields({ headingRef, ...props }: {
  question: QuestionView;
  index: number;
  total: number;
  lang: string;
  order: string[] | undefined;
  answer: Answer | undefined;
  disabled: boolean;
  checked: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onChange(answer: Answer): void;
}) {
  const { t } = useTranslation();
  const { question, lang } = props;
  return (
    <>
      <h2 id="question-counter" ref={headingRef} tabIndex={-1}>
        {t('quiz.counter', { n: props.index + 1, total: props.total })}
      </h2>
      <fieldset>
        <legend lang={lang}>{question.prompt}</legend>
        <div lang={lang}>
          <QuestionInput key={question.id} question={question} order={props.order} answer={props.answer} disabled={props.disabled} onChange={props.onChange} />
        </div>
      </fieldset>
      <div aria-live="polite" lang={lang}>
        {props.checked && <QuestionFeedback question={question} order={props.order} answer={props.answer} score={scoreQuestion(question, props.answer)} />}
      </div>
    </>
  );
}
