// The facilitator guide of a module (content/<pack>/modules/<id>/guide.<lang>.yaml) as printable
// blocks. The guide's schema belongs to the content format (src/core/content/guide.ts when it
// lands on main); until then this reads the agreed shape leniently: a section whose data is
// missing or malformed is left out rather than printed wrong.
import { z } from 'zod';
import { bullets, heading, paragraph, type Block } from './document';
import type { Translate } from './quizBlocks';

const text = z.string().trim().min(1);
const list = z.array(text);

/** The agreed shape of a facilitator guide (see the guides part of issue 13). */
export const printableGuideSchema = z.looseObject({
  objectives: list.optional().catch(undefined),
  plan: z
    .array(z.looseObject({ minutes: z.number().positive(), activity: text, lessons: list.optional(), mode: z.enum(['present', 'self-study', 'exercise', 'discussion']) }))
    .optional()
    .catch(undefined),
  discussion: z.array(z.looseObject({ question: text, modelAnswer: text })).optional().catch(undefined),
  groupExercise: z
    .looseObject({ title: text, caseOrDocument: text, roles: list, materials: list, steps: list, debrief: list })
    .optional()
    .catch(undefined),
  misconceptions: z.array(z.looseObject({ misconception: text, correction: text })).optional().catch(undefined),
  nationalAdaptation: z.array(z.looseObject({ where: text, what: text })).optional().catch(undefined),
});
export type PrintableGuide = z.infer<typeof printableGuideSchema>;

const bold = (label: string, rest: string): Block => ({ kind: 'paragraph', runs: [{ text: `${label} `, bold: true }, { text: rest }] });

/** The guide's sections in the order a trainer prepares a session. `lessonTitle` names a lesson id. */
export function guideBlocks(guide: PrintableGuide, t: Translate, lessonTitle: (id: string) => string): Block[] {
  const out: Block[] = [];
  if (guide.objectives?.length) out.push(heading(2, t('print.guide.objectives')), bullets(guide.objectives));
  if (guide.plan?.length) {
    const total = guide.plan.reduce((s, p) => s + p.minutes, 0);
    out.push(heading(2, t('print.guide.plan', { minutes: String(total) })));
    out.push({
      kind: 'table',
      header: [t('print.guide.minutes'), t('print.guide.activity'), t('print.guide.mode'), t('print.guide.lessons')],
      rows: guide.plan.map((p) => [String(p.minutes), p.activity, t(`print.guide.modes.${p.mode}`), (p.lessons ?? []).map(lessonTitle).join('; ')]),
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
