// The facilitator guide of a module (modules/<id>/guide.<lang>.yaml, schema in
// core/content/guide) as printable blocks, in the order a trainer prepares a session, then the
// speaker notes of the module's lessons (never printed in a learner's handout).
import type { Guide } from '../content/guide';
import type { SpeakerNote } from '../markdown/speakerNotes';
import { bullets, heading, paragraph, type Block } from './document';
import type { Translate } from './quizBlocks';

const bold = (label: string, rest: string): Block => ({ kind: 'paragraph', runs: [{ text: `${label} `, bold: true }, { text: rest }] });

/** The guide's sections in the order a trainer prepares a session. `titleOf` names a lesson or quiz id. */
export function guideBlocks(guide: Guide, t: Translate, titleOf: (id: string) => string): Block[] {
  const out: Block[] = [];
  if (guide.objectives?.length) out.push(heading(2, t('print.guide.objectives')), bullets(guide.objectives));
  if (guide.plan?.length) {
    const total = guide.plan.reduce((s, p) => s + p.minutes, 0);
    out.push(heading(2, t('print.guide.plan', { minutes: String(total) })));
    out.push({
      kind: 'table',
      header: [t('print.guide.minutes'), t('print.guide.activity'), t('print.guide.mode'), t('print.guide.lessons')],
      rows: guide.plan.map((p) => [String(p.minutes), p.activity, t(`print.guide.modes.${p.mode}`), [...(p.lessons ?? []), ...(p.quiz ? [p.quiz] : [])].map(titleOf).join('; ')]),
    });
  }
  if (guide.discussion?.length) {
    out.push(heading(2, t('print.guide.discussion')));
    guide.discussion.forEach((d, i) => out.push({ kind: 'paragraph', runs: [{ text: `${i + 1}. ${d.question}`, bold: true }] }, bold(t('print.guide.modelAnswer'), d.modelAnswer)));
  }
  const ex = guide.groupExercise;
  if (ex) {
    out.push(heading(2, t('print.guide.groupExercise', { title: ex.title })), paragraph(ex.caseOrDocument));
    out.push(heading(3, t('print.guide.roles')), bullets(ex.roles));
    out.push(heading(3, t('print.guide.materials')), bullets(ex.materials));
    out.push(heading(3, t('print.guide.steps')), { kind: 'list', items: ex.steps.map((s, i) => ({ runs: [{ text: s }], depth: 0, marker: `${i + 1}.` })) });
    out.push(heading(3, t('print.guide.debrief')), bullets(ex.debrief));
  }
  if (guide.misconceptions?.length) {
    out.push(heading(2, t('print.guide.misconceptions')));
    for (const m of guide.misconceptions) out.push({ kind: 'paragraph', runs: [{ text: m.misconception, bold: true }] }, paragraph(m.correction));
  }
  if (guide.nationalAdaptation?.length) {
    out.push(heading(2, t('print.guide.national')));
    for (const a of guide.nationalAdaptation) out.push(bold(`${a.where}:`, a.what));
  }
  return out;
}

/** A lesson's speaker notes, each under the title of the section it belongs to. */
export interface LessonNotes {
  title: string;
  notes: { section: string | undefined; blocks: Block[] }[];
}

export function speakerNotesBlocks(lessons: readonly LessonNotes[], t: Translate): Block[] {
  const withNotes = lessons.filter((l) => l.notes.length > 0);
  if (withNotes.length === 0) return [];
  const out: Block[] = [heading(2, t('print.guide.speakerNotes'))];
  for (const l of withNotes) {
    out.push(heading(3, l.title));
    for (const n of l.notes) out.push({ kind: 'box', title: n.section ?? t('print.guide.lessonStart'), blocks: n.blocks });
  }
  return out;
}

export type { SpeakerNote };
