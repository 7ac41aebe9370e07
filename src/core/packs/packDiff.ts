// What a new version of a pack changes, shown before an update is confirmed: lessons and
// questions added, changed and removed, by their stable ids (progress follows the ids, so a
// learner keeps what they did in every lesson and question that is still there).
import type { Pack } from '../content/model';
import { textIn } from '../content/views';

export interface DiffItem {
  id: string;
  /** The lesson's title, or the question's quiz title, in the requested language. */
  title: string;
}

export interface PackDiff {
  lessons: { added: DiffItem[]; changed: DiffItem[]; removed: DiffItem[] };
  questions: { added: DiffItem[]; changed: DiffItem[]; removed: DiffItem[] };
}

function lessonItems(pack: Pack, lang: string): Map<string, { item: DiffItem; content: string }> {
  const out = new Map<string, { item: DiffItem; content: string }>();
  for (const lesson of pack.lessons.values()) {
    const text = lesson.byLang[lang] ?? Object.values(lesson.byLang)[0];
    out.set(lesson.id, { item: { id: lesson.id, title: text?.frontMatter.title ?? lesson.id }, content: JSON.stringify([lesson.moduleId, lesson.check, lesson.byLang]) });
  }
  return out;
}

function questionItems(pack: Pack, lang: string): Map<string, { item: DiffItem; content: string }> {
  const out = new Map<string, { item: DiffItem; content: string }>();
  for (const quiz of pack.quizzes.values()) {
    for (const q of quiz.questions) {
      out.set(`${quiz.id}/${q.id}`, { item: { id: q.id, title: textIn(quiz.title, lang) }, content: JSON.stringify(q) });
    }
  }
  return out;
}

function compare(before: Map<string, { item: DiffItem; content: string }>, after: Map<string, { item: DiffItem; content: string }>) {
  const added: DiffItem[] = [];
  const changed: DiffItem[] = [];
  const removed: DiffItem[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!was) added.push(now.item);
    else if (was.content !== now.content) changed.push(now.item);
  }
  for (const [key, was] of before) if (!after.has(key)) removed.push(was.item);
  return { added, changed, removed };
}

export function diffPacks(installed: Pack, incoming: Pack, lang: string): PackDiff {
  return {
    lessons: compare(lessonItems(installed, lang), lessonItems(incoming, lang)),
    questions: compare(questionItems(installed, lang), questionItems(incoming, lang)),
  };
}

/** The packs in the policy's order: those it names first, in its order; the others after, as they were. */
export function orderPacks<T extends { id: string }>(packs: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order || order.length === 0) return [...packs];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return packs.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.id) - rank(b.p.id) || a.i - b.i).map((x) => x.p);
}
