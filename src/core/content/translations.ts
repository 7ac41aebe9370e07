// Finds language-keyed text that lacks one of the pack's languages. It walks the YAML tree
// rather than the schema, so a question type added later is covered without changes here.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { describePath, type YamlFile } from './yamlFile';
import { problem, type Problem } from './problems';

const LANG_KEY = /^[a-z]{2}$/;

export function checkTranslations(yaml: YamlFile, languages: readonly string[], problems: Problem[]): void {
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
      // A map whose keys all look like language codes is language-keyed text, even when none of
      // them is declared (`{ de: …, it: … }` in an en/fr pack). "id" is a field name, not Indonesian.
      const isLocalized = keys.length > 0 && keys.every((k) => LANG_KEY.test(k) && k !== 'id');
      if (isLocalized) {
        const line = node.range ? yaml.lines.linePos(node.range[0]).line : 1;
        for (const lang of languages) {
          if (!keys.includes(lang)) {
            problems.push(problem(yaml.file, line, 'errors.pack.translationMissing', { field: describePath(path), lang }));
          }
        }
        for (const k of keys) {
          if (!languages.includes(k)) {
            problems.push(problem(yaml.file, line, 'errors.pack.undeclaredLanguage', { field: describePath(path), lang: k }));
          }
        }
        return;
      }
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        visit(pair.value as Node, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(yaml.doc.contents, []);
}
