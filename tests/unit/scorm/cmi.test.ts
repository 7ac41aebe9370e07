import { describe, expect, it } from 'vitest';
import type { QuestionView } from '../../../src/core/content/views';
import type { Answer } from '../../../src/core/quiz/answers';
import { scoreQuestion } from '../../../src/core/quiz/scoring';
import { decodeSuspend, encodeSuspend, interactionOf, lessonStatus, MAX_SUSPEND_DATA, sessionTime, timeOfDay } from '../../../src/core/scorm/cmi';
import { scormManifest, xmlId } from '../../../src/core/scorm/manifest';

const base = { prompt: 'p', tags: [] };
const opt = (id: string) => ({ id, text: id, explanation: '' });
const QUESTIONS: QuestionView[] = [
  { ...base, id: 'q-single', type: 'single', answer: 'b', options: [opt('a'), opt('b')] },
  { ...base, id: 'q-multi', type: 'multiple', answers: ['a', 'c'], scoring: 'partial', options: [opt('a'), opt('b'), opt('c')] },
  { ...base, id: 'q-tf', type: 'true-false', answer: false, explanation: { true: '', false: '' } },
  {
    ...base,
    id: 'q-match',
    type: 'matching',
    scoring: 'partial',
    pairs: [
      { id: 'p1', left: 'L1', right: 'R1', explanation: '' },
      { id: 'p2', left: 'L2', right: 'R2', explanation: '' },
    ],
    distractors: [],
  },
  { ...base, id: 'q-order', type: 'ordering', scoring: 'partial', items: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }], explanation: '' },
  {
    ...base,
    id: 'q-cloze',
    type: 'cloze',
    scoring: 'partial',
    parts: [{ blank: 'b1' }, { text: ' and ' }, { blank: 'b2' }],
    blanks: [
      { id: 'b1', accept: ['de minimis', 'threshold'], match: 'loose', explanation: '' },
      { id: 'b2', accept: ['3.5'], match: 'exact', explanation: '' },
    ],
  },
  { ...base, id: 'q-num', type: 'numeric', answer: 12.5, tolerance: 0, explanation: '' },
  {
    ...base,
    id: 'q-case',
    type: 'scenario',
    start: 's1',
    steps: [
      { id: 's1', text: '', choices: [{ id: 'c1', text: '', correct: true, feedback: '', next: 's2' }, { id: 'c2', text: '', correct: false, feedback: '', next: 's2' }] },
      { id: 's2', text: '', choices: [{ id: 'c3', text: '', correct: true, feedback: '' }] },
    ],
    debrief: '',
  },
  {
    ...base,
    id: 'q-doc',
    type: 'inspection',
    document: {
      kind: 'invoice',
      title: 't',
      fields: [
        { id: 'f1', label: '', value: '', flag: true, explanation: '' },
        { id: 'f2', label: '', value: '', flag: false, explanation: '' },
        { id: 'f3', label: '', value: '', flag: true, explanation: '' },
      ],
    },
  },
];
const q = (id: string) => QUESTIONS.find((x) => x.id === id)!;
const interaction = (id: string, a: Answer | undefined) => interactionOf(q(id), a, scoreQuestion(q(id), a));

describe('SCORM 1.2 interactions of every question type', () => {
  // Each expected string is SCORM 1.2's format (RTE 3.4.2.7.4) written out by hand.
  it.each([
    ['q-single', { type: 'single', option: 'b' }, 'choice', 'b', 'b', 'correct'],
    ['q-multi', { type: 'multiple', options: ['a', 'b'] }, 'choice', 'a,b', 'a,c', 'wrong'],
    ['q-tf', { type: 'true-false', value: false }, 'true-false', 'f', 'f', 'correct'],
    ['q-match', { type: 'matching', pairs: { p1: 'p2', p2: 'p1' } }, 'matching', 'p1.p2,p2.p1', 'p1.p1,p2.p2', 'wrong'],
    ['q-order', { type: 'ordering', order: ['x', 'y'] }, 'sequencing', 'x,y', 'x,y', 'correct'],
    ['q-cloze', { type: 'cloze', blanks: { b1: 'De minimis', b2: '3,5' } }, 'fill-in', 'De minimis,3 5', 'de minimis,3 5', 'wrong'],
    ['q-num', { type: 'numeric', value: '12,5' }, 'numeric', '12.5', '12.5', 'correct'],
    ['q-case', { type: 'scenario', path: [{ step: 's1', choice: 'c2' }, { step: 's2', choice: 'c3' }] }, 'performance', 's1.c2,s2.c3', 's1.c1,s2.c3', 'wrong'],
    ['q-doc', { type: 'inspection', flagged: ['f3', 'f1'] }, 'choice', 'f3,f1', 'f1,f3', 'correct'],
  ] as const)('%s', (id, answer, type, response, pattern, result) => {
    expect(interaction(id, answer as Answer)).toEqual({ id, type, studentResponse: response, pattern, result, weighting: '1' });
  });

  it('an unanswered question reports an empty response and wrong', () => {
    expect(interaction('q-single', undefined)).toMatchObject({ studentResponse: '', pattern: 'b', result: 'wrong' });
  });

  it('keeps responses within CMIFeedback’s 255 characters', () => {
    const long = interaction('q-num', { type: 'numeric', value: '9'.repeat(50) });
    expect(long.studentResponse.length).toBeLessThanOrEqual(255);
    const many = { ...q('q-multi'), options: Array.from({ length: 60 }, (_, i) => opt(`option-number-${i}`)) } as QuestionView;
    const it2 = interactionOf(many, { type: 'multiple', options: many.type === 'multiple' ? many.options.map((o) => o.id) : [] }, scoreQuestion(many, undefined));
    expect(it2.studentResponse.length).toBe(255);
  });
});

describe('SCORM 1.2 times', () => {
  it('session time is HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_450)).toBe('0001:02:03.45');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
    expect(sessionTime(1e12)).toMatch(/^9999:/);
  });
  it('time of day is HH:MM:SS', () => {
    expect(timeOfDay(new Date(2026, 0, 1, 7, 5, 9))).toBe('07:05:09');
  });
});

describe('suspend data and status', () => {
  const lessons = ['l1', 'l2', 'l3'];
  it('round-trips and drops what is not the module’s', () => {
    const text = encodeSuspend({ seen: ['l1', 'l3'], best: 40 });
    expect(decodeSuspend(text, lessons)).toEqual({ seen: ['l1', 'l3'], best: 40 });
    expect(decodeSuspend(JSON.stringify({ v: 1, seen: ['l1', 'gone', 7, 'l1'], best: 400, passed: 'yes' }), lessons)).toEqual({ seen: ['l1'] });
  });
  it('anything unreadable from the LMS is a fresh start', () => {
    for (const bad of ['', 'not json', '[]', 'null', '{"v":2,"seen":["l1"]}']) expect(decodeSuspend(bad, lessons)).toEqual({ seen: [] });
  });
  it('refuses to write more than SCORM 1.2 allows', () => {
    expect(() => encodeSuspend({ seen: [Array.from({ length: MAX_SUSPEND_DATA }, () => 'x').join('')] })).toThrow(RangeError);
  });
  it('the quiz decides the status of a module that has one; a pass stays a pass', () => {
    expect(lessonStatus({ seen: lessons }, 3, true)).toBe('incomplete');
    expect(lessonStatus({ seen: [], best: 30 }, 3, true)).toBe('failed');
    expect(lessonStatus({ seen: [], best: 90, passed: true }, 3, true)).toBe('passed');
    expect(lessonStatus({ seen: ['l1'] }, 3, false)).toBe('incomplete');
    expect(lessonStatus({ seen: lessons }, 3, false)).toBe('completed');
  });
});

describe('the manifest', () => {
  it('escapes titles and makes XML ids of any identifier', () => {
    const xml = scormManifest({ identifier: 'pack-1/mod', version: '2.0.0', title: 'Risk & <revenue>', masteryScore: 70, href: 'index.html', files: ['index.html', 'media/a b.svg'] });
    expect(xml).toContain('<title>Risk &amp; &lt;revenue&gt;</title>');
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(xml).toContain('<file href="media/a b.svg"/>');
    expect(xml).toContain(`identifier="${xmlId('pack-1/mod')}"`);
    expect(xmlId('pack-1/mod')).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(scormManifest({ identifier: 'x', version: '1', title: 't', href: 'index.html', files: [] })).not.toContain('masteryscore');
  });
});
