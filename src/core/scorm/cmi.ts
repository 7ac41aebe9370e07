// What a SCORM 1.2 package of a module reports to the LMS, as pure values: the interaction of
// each question (type, the learner's response and the correct pattern in SCORM 1.2's formats),
// times, the lesson status, and the suspend data that lets a learner resume.
import type { QuestionView } from '../content/views';
import type { Answer } from '../quiz/answers';
import { parseTypedNumber } from '../quiz/normalize';
import type { QuestionScore } from '../quiz/scoring';

/** SCORM 1.2 (RTE 3.4.2.7) interaction types; ours map onto the closest. */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'performance' | 'sequencing' | 'numeric';

export interface Interaction {
  id: string;
  type: InteractionType;
  /** CMIFeedback: at most 255 characters. */
  studentResponse: string;
  /** The correct response pattern, in the same format. */
  pattern: string;
  result: 'correct' | 'wrong';
  weighting: string;
}

const MAX_FEEDBACK = 255;
const clip = (s: string) => (s.length <= MAX_FEEDBACK ? s : s.slice(0, MAX_FEEDBACK));
/** The separators of SCORM 1.2's response formats cannot appear inside a value. */
const bare = (s: string) => s.replace(/[,.{}[\]]/g, ' ').replace(/\s+/g, ' ').trim();

const TYPES: { [T in QuestionView['type']]: InteractionType } = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  matching: 'matching',
  ordering: 'sequencing',
  cloze: 'fill-in',
  numeric: 'numeric',
  scenario: 'performance',
  inspection: 'choice',
};

/** The learner's response and the correct pattern of one question, in SCORM 1.2 format. */
function responses(q: QuestionView, a: Answer | undefined): { response: string; pattern: string } {
  const mine = a?.type === q.type ? a : undefined;
  switch (q.type) {
    case 'single':
      return { response: mine?.type === 'single' ? mine.option : '', pattern: q.answer ?? '' };
    case 'multiple':
      return { response: mine?.type === 'multiple' ? mine.options.join(',') : '', pattern: q.answers.join(',') };
    case 'true-false':
      return { response: mine?.type === 'true-false' ? (mine.value ? 't' : 'f') : '', pattern: q.answer ? 't' : 'f' };
    case 'matching':
      return {
        response: mine?.type === 'matching' ? Object.entries(mine.pairs).map(([l, r]) => `${l}.${r}`).join(',') : '',
        pattern: q.pairs.map((p) => `${p.id}.${p.id}`).join(','),
      };
    case 'ordering':
      return { response: mine?.type === 'ordering' ? mine.order.join(',') : '', pattern: q.items.map((i) => i.id).join(',') };
    case 'cloze':
      return {
        response: mine?.type === 'cloze' ? q.blanks.map((b) => bare(mine.blanks[b.id] ?? '')).join(',') : '',
        pattern: q.blanks.map((b) => bare(b.accept[0] ?? '')).join(','),
      };
    case 'numeric':
      return { response: mine?.type === 'numeric' ? String(parseTypedNumber(mine.value) ?? '') : '', pattern: String(q.answer) };
    case 'scenario': {
      const right: string[] = [];
      const steps = new Map(q.steps.map((s) => [s.id, s]));
      for (let step = steps.get(q.start); step; ) {
        const choice = step.choices.find((c) => c.correct);
        if (!choice) break;
        right.push(`${step.id}.${choice.id}`);
        step = choice.next ? steps.get(choice.next) : undefined;
      }
      return { response: mine?.type === 'scenario' ? mine.path.map((p) => `${p.step}.${p.choice}`).join(',') : '', pattern: right.join(',') };
    }
    case 'inspection':
      return {
        response: mine?.type === 'inspection' ? mine.flagged.join(',') : '',
        pattern: q.document.fields.filter((f) => f.flag).map((f) => f.id).join(','),
      };
  }
}

export function interactionOf(q: QuestionView, a: Answer | undefined, score: QuestionScore): Interaction {
  const { response, pattern } = responses(q, a);
  return { id: q.id, type: TYPES[q.type], studentResponse: clip(response), pattern: clip(pattern), result: score.correct ? 'correct' : 'wrong', weighting: '1' };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function sessionTime(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(hundredths / 360000));
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = Math.floor((hundredths % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths % 100)}`;
}

/** CMITime, HH:MM:SS, the local time of day an interaction happened. */
export function timeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** What the package keeps between sessions in cmi.suspend_data (at most 4,096 characters in SCORM 1.2). */
export interface Suspended {
  /** Lessons the learner has opened. */
  seen: string[];
  /** Best quiz score so far, 0–100. */
  best?: number;
  passed?: boolean;
}

export const MAX_SUSPEND_DATA = 4096;

export function encodeSuspend(s: Suspended): string {
  const text = JSON.stringify({ v: 1, ...s });
  if (text.length > MAX_SUSPEND_DATA) throw new RangeError('suspend data over 4096 characters');
  return text;
}

/** Whatever the LMS gives back; anything unreadable is a fresh start, never a crash. */
export function decodeSuspend(text: string, lessonIds: readonly string[]): Suspended {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return { seen: [] };
    const r = raw as { seen?: unknown; best?: unknown; passed?: unknown };
    const seen = Array.isArray(r.seen) ? r.seen.filter((id): id is string => typeof id === 'string' && lessonIds.includes(id)) : [];
    const best = typeof r.best === 'number' && r.best >= 0 && r.best <= 100 ? r.best : undefined;
    return { seen: [...new Set(seen)], ...(best !== undefined && { best }), ...(r.passed === true && { passed: true }) };
  } catch {
    return { seen: [] };
  }
}

export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete';

/**
 * The module's status. With a quiz, the quiz decides: passed or failed once taken (a pass is
 * never taken back by a later failed attempt), incomplete before. Without one, completed once
 * every lesson was opened.
 */
export function lessonStatus(s: Suspended, lessonCount: number, hasQuiz: boolean): LessonStatus {
  if (hasQuiz) return s.passed ? 'passed' : s.best !== undefined ? 'failed' : 'incomplete';
  return s.seen.length >= lessonCount ? 'completed' : 'incomplete';
}
