// What search finds, cut from a pack in one language: each lesson section (from one heading to
// the next, so a result can open the lesson at that heading), each glossary term and each
// question's text. Anchors come from the parser that renders lessons, so they always match.
import type { Token } from 'markdown-it';
import type { Pack } from '../content/model';
import { chooseLang, textIn } from '../content/views';
import { lessonMarkdown } from '../markdown/lessonMarkdown';
import { newLessonEnv } from '../markdown/env';
import { plainText } from '../markdown/plainText';
import type { Route } from '../routes';

export interface SearchDocument {
  kind: 'lesson' | 'term' | 'question';
  /** What the result is called: the lesson (or section heading), the term, the question's lesson. */
  title: string;
  /** The section heading, for a lesson section below one. */
  heading?: string;
  text: string;
  moduleTitle: string;
  lessonTitle?: string;
  route: Route;
}

interface Section {
  anchor?: string;
  heading?: string;
  text: string[];
}

/** A lesson body cut at its h2–h4 headings; text before the first heading is the lesson's own section. */
export function lessonSections(body: string): Section[] {
  const tokens: Token[] = lessonMarkdown().parse(body, newLessonEnv());
  const sections: Section[] = [{ text: [] }];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const id = token.type === 'heading_open' ? token.attrGet('id') : null;
    if (id) {
      sections.push({ anchor: id, heading: plainText(tokens[i + 1]?.children ?? []), text: [] });
      i += 2; // the heading's inline token and its close
      continue;
    }
    if (token.type === 'inline') sections.at(-1)!.text.push(plainText(token.children ?? []));
  }
  return sections.filter((s) => s.heading !== undefined || s.text.length > 0);
}

export function packSearchDocuments(pack: Pack, requested: string): SearchDocument[] {
  const { lang } = chooseLang(pack, requested);
  const packId = pack.manifest.id;
  const docs: SearchDocument[] = [];
  const lessonTitles = new Map<string, string>();
  const moduleTitles = new Map<string, string>();
  for (const module of pack.modules) {
    const moduleTitle = textIn(module.title, lang);
    moduleTitles.set(module.id, moduleTitle);
    for (const lessonId of module.lessonIds) {
      const text = pack.lessons.get(lessonId)?.byLang[lang];
      if (!text) continue;
      const lessonTitle = text.frontMatter.title;
      lessonTitles.set(lessonId, lessonTitle);
      for (const section of lessonSections(text.body)) {
        docs.push({
          kind: 'lesson',
          title: lessonTitle,
          heading: section.heading,
          text: section.text.join(' '),
          moduleTitle,
          lessonTitle,
          route: { screen: 'lesson', packId, lessonId, anchor: section.anchor },
        });
      }
    }
  }
  for (const term of pack.glossary) {
    docs.push({
      kind: 'term',
      title: textIn(term.term, lang),
      text: textIn(term.definition, lang),
      moduleTitle: '',
      route: { screen: 'glossary', packId, termId: term.id },
    });
  }
  for (const quiz of pack.quizzes.values()) {
    const moduleTitle = moduleTitles.get(quiz.moduleId) ?? '';
    const lessonTitle = quiz.lessonId ? lessonTitles.get(quiz.lessonId) : undefined;
    // A question opens where it is taught: its lesson, or for an end-of-module quiz the module.
    const route: Route = quiz.lessonId ? { screen: 'lesson', packId, lessonId: quiz.lessonId } : { screen: 'module', packId, moduleId: quiz.moduleId };
    for (const question of quiz.questions) {
      docs.push({ kind: 'question', title: lessonTitle ?? moduleTitle, text: textIn(question.prompt, lang), moduleTitle, lessonTitle, route });
    }
  }
  return docs;
}
