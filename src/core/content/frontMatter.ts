// Splits a lesson file into its YAML front matter and Markdown body, keeping line numbers.
import { problem, type Problem } from './problems';
import { parseYaml, type YamlFile } from './yamlFile';

export interface SplitLesson {
  yaml: YamlFile;
  /** Line offset to add to a front-matter line to get the file line (front matter starts on line 2). */
  yamlLineOffset: number;
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
}

export function splitFrontMatter(file: string, text: string, problems: Problem[]): SplitLesson | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    problems.push(problem(file, 1, 'errors.pack.frontMatterStart'));
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    problems.push(problem(file, 1, 'errors.pack.frontMatterEnd'));
    return undefined;
  }
  const yamlText = lines.slice(1, end).join('\n');
  const before = problems.length;
  const yaml = parseYaml(file, yamlText, problems, 1);
  if (!yaml) {
    for (let i = before; i < problems.length; i++) {
      const p = problems[i];
      if (p) problems[i] = { ...p, message: p.message.replace(/^malformed YAML/, 'malformed front matter'), reason: 'errors.pack.malformedFrontMatter' };
    }
    return undefined;
  }
  return { yaml, yamlLineOffset: 1, body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 };
}
