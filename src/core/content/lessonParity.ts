// Every language of a lesson must teach the same thing: the same standard, the same study time,
// the same glossary terms, lesson links, figures, number of sections and of speaker notes. A translation that
// drifts from the original (a figure left out, a term not linked) is reported on its file.
import type { LessonScan } from '../markdown';
import type { LessonFrontMatter } from './schemas';
import type { Problem } from './problems';

export interface LessonVersion {
  lessonId: string;
  lang: string;
  file: string;
  frontMatter: LessonFrontMatter;
  scan: LessonScan;
}

const lessonTarget = (href: string) => (href.startsWith('lesson:') ? href.slice('lesson:'.length).split('#')[0]! : undefined);

/** What must be the same in every language, as comparable strings. */
function signature(v: LessonVersion): Record<string, string> {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort().join(', ') || '(none)';
  return {
    'FoS standard': String(v.frontMatter.standard ?? '(none)'),
    'study time (minutes)': String(v.frontMatter.minutes ?? '(none)'),
    'number of learning objectives': String(v.frontMatter.objectives?.length ?? '(none)'),
    'glossary terms': sorted(v.scan.terms.map((t) => t.id)),
    'links to lessons': sorted(v.scan.links.map((l) => lessonTarget(l.href)).filter((x): x is string => x !== undefined)),
    'number of figures': String(v.scan.images.length),
    'number of headings': String(v.scan.headings.length),
    // A trainer presenting in either language gets a note for the same sections.
    'number of speaker notes': String(v.scan.speakerNotes.length),
  };
}

export function checkLessonParity(versions: readonly LessonVersion[], problems: Problem[]): void {
  const byLesson = new Map<string, LessonVersion[]>();
  for (const v of versions) byLesson.set(v.lessonId, [...(byLesson.get(v.lessonId) ?? []), v]);
  for (const [, [first, ...others]] of byLesson) {
    if (!first) continue;
    const reference = signature(first);
    for (const other of others) {
      const mine = signature(other);
      for (const [item, value] of Object.entries(mine)) {
        if (value !== reference[item]) {
          problems.push({ file: other.file, line: 1, message: `differs from the ${first.lang} version in ${item}: ${first.lang} has ${reference[item]}, ${other.lang} has ${value}` });
        }
      }
    }
  }
}
