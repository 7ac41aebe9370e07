// Answer keys must be consistent: ids unique, every question answerable, and every key
// pointing at an option that exists.
import type { QuizFile } from './schemas';
import type { Problem } from './problems';
import { lineOf, type YamlFile } from './yamlFile';

export function checkQuizKeys(quiz: QuizFile, yaml: YamlFile, problems: Problem[]): void {
  const seenQuestions = new Set<string>();
  quiz.questions.forEach((q, qi) => {
    const at = (...rest: (string | number)[]) => lineOf(yaml, ['questions', qi, ...rest]);
    const report = (line: number, message: string) => problems.push({ file: yaml.file, line, message: `question "${q.id}": ${message}` });
    if (seenQuestions.has(q.id)) report(at('id'), 'duplicate question id');
    seenQuestions.add(q.id);
    if (q.type === 'true-false') return;

    const optionIds = new Set<string>();
    q.options.forEach((o, oi) => {
      if (optionIds.has(o.id)) report(at('options', oi, 'id'), `duplicate option id "${o.id}"`);
      optionIds.add(o.id);
    });
    const keys = q.type === 'single' ? (q.answer === undefined ? [] : [q.answer]) : q.answers;
    const keyField = q.type === 'single' ? 'answer' : 'answers';
    if (keys.length === 0) {
      report(at(keyField), `no correct answer: set "${keyField}" to the id of ${q.type === 'single' ? 'the correct option' : 'each correct option'}`);
    }
    keys.forEach((key, ki) => {
      if (!optionIds.has(key)) {
        report(q.type === 'single' ? at('answer') : at('answers', ki), `answer key "${key}" points at no option (options: ${[...optionIds].join(', ')})`);
      }
    });
    if (q.type === 'multiple' && new Set(keys).size !== keys.length) report(at('answers'), 'an option is listed twice in "answers"');
  });
}
