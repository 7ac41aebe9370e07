import type { QuestionView } from '../../core/content/views';
import type { Answer } from '../../core/quiz/answers';
import { MultipleInput, SingleInput, TrueFalseInput } from './questions/ChoiceInput';
import { ClozeInput } from './questions/ClozeInput';
import { InspectionInput } from './questions/InspectionInput';
import { MatchingInput } from './questions/MatchingInput';
import { NumericInput } from './questions/NumericInput';
import { OrderingInput } from './questions/OrderingInput';
import { ScenarioInput } from './questions/ScenarioInput';
import type { InputProps } from './questions/types';

const INPUTS: { [T in QuestionView['type']]: (props: InputProps<T>) => React.ReactNode } = {
  single: SingleInput,
  multiple: MultipleInput,
  'true-false': TrueFalseInput,
  matching: MatchingInput,
  ordering: OrderingInput,
  cloze: ClozeInput,
  numeric: NumericInput,
  scenario: ScenarioInput,
  inspection: InspectionInput,
};

/** The inputs of one question, by type. Every one works with the keyboard alone. */
export function QuestionInput(props: {
  question: QuestionView;
  order: string[] | undefined;
  answer: Answer | undefined;
  onChange(answer: Answer): void;
  disabled: boolean;
}) {
  const Input = INPUTS[props.question.type] as (p: typeof props) => React.ReactNode;
  // An answer of another type (from an older version of the pack) is ignored, not shown.
  const answer = props.answer?.type === props.question.type ? props.answer : undefined;
  return <Input {...props} answer={answer} />;
}

/** True once the learner has given something to check. */
export function isAnswered(question: QuestionView, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'multiple':
      return answer.options.length > 0;
    case 'matching':
      return Object.keys(answer.pairs).length > 0;
    case 'cloze':
      return Object.values(answer.blanks).some((v) => v.trim() !== '');
    case 'numeric':
      return answer.value.trim() !== '';
    case 'scenario': {
      // Answered when the case has reached its end.
      if (question.type !== 'scenario') return false;
      const last = answer.path.at(-1);
      const choice = last && question.steps.find((s) => s.id === last.step)?.choices.find((c) => c.id === last.choice);
      return choice !== undefined && choice.next === undefined;
    }
    case 'inspection':
      return answer.flagged.length > 0;
    default:
      return true;
  }
}
