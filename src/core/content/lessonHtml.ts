// A pack lesson as HTML: its Markdown with the pack's glossary and the UI language's callout
// titles. The app and a SCORM package render lessons with this one function; only where media
// and lesson links point differs.
import { lessonLabels } from '../i18n/lessonLabels';
import { translate } from '../i18n/resources';
import { renderLesson, type RenderContext } from '../markdown';
import type { Pack } from './model';
import { textIn } from './questionViews';

export type LessonLinks = Pick<RenderContext, 'mediaUrl' | 'lessonHref'>;

/** `body` is the lesson text in `contentLang`; callout titles follow `uiLang`. */
export function packLessonHtml(pack: Pack, body: string, contentLang: string, uiLang: string, links: LessonLinks): string {
  const glossary = Object.fromEntries(
    pack.glossary.map((g) => [g.id, { term: textIn(g.term, contentLang), definition: textIn(g.definition, contentLang) }]),
  );
  return renderLesson(body, { glossary, ...links, labels: lessonLabels((key) => translate(uiLang, key)) });
}
