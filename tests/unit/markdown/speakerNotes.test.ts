// Speaker notes (`::: notes` … `:::`): the trainer reads them beside the slide of their
// section; a learner never meets them, in the lesson, in search or in any extracted text.
import { describe, expect, it } from 'vitest';
import { renderLesson, scanLesson, speakerNotesOf } from '../../../src/core/markdown';
import { lessonSections } from '../../../src/core/search/documents';
import { testContext } from './renderContext';

const LESSON = [
  'Opening words for the learner.', // 1
  '', // 2
  '::: notes', // 3
  'Welcome the room; ask who has cleared a parcel this week.', // 4
  ':::', // 5
  '', // 6
  '## Why it matters', // 7
  '', // 8
  'Customs receives [[aed|advance data]].', // 9
  '::: notes', // 10
  'Stress SECRETWORD: the data arrives **before** the goods.', // 11
  '', // 12
  '## A heading inside notes', // 13
  ':::', // 14
  '', // 15
  '### The postal route', // 16
  '', // 17
  '::: tip', // 18
  'Ask who holds the data.', // 19
  ':::', // 20
  '', // 21
  '::: notes', // 22
  'Point at the figure; see [[wco|the WCO]] and [the basics](lesson:intro).', // 23
  ':::', // 24
  '', // 25
  '#### A detail', // 26
  '', // 27
  '::: NOTES', // 28
  'Still the postal route.', // 29
  ':::', // 30
].join('\n');

describe('speaker notes are never shown to learners', () => {
  it('renders the lesson without any trace of the notes', () => {
    const html = renderLesson(LESSON, testContext());
    expect(html).toContain('<p>Opening words for the learner.</p>');
    expect(html).toContain('Ask who holds the data.');
    for (const hidden of ['Welcome the room', 'SECRETWORD', 'A heading inside notes', 'Point at the figure', 'Still the postal route', ':::', 'notes']) {
      expect(html).not.toContain(hidden);
    }
  });

  it('gives the notes no heading anchor, so lesson links cannot point into them', () => {
    expect(scanLesson(LESSON).headings.map((h) => h.id)).toEqual(['why-it-matters', 'the-postal-route', 'a-detail']);
  });

  it('leaves the notes out of the text search indexes', () => {
    const text = lessonSections(LESSON)
      .map((s) => `${s.heading ?? ''} ${s.text.join(' ')}`)
      .join(' ');
    expect(text).toContain('Customs receives advance data.');
    expect(text).not.toMatch(/SECRETWORD|Welcome the room|Point at the figure|Still the postal route|inside notes/);
  });

  it('an unclosed notes block hides the rest of the lesson rather than showing notes', () => {
    expect(renderLesson('Visible.\n\n::: notes\nPrivate to the trainer.', testContext())).toBe('<p>Visible.</p>\n');
  });

  it('is not reported as an unknown callout, while a misspelt name still is', () => {
    expect(scanLesson(LESSON).unknownCallouts).toEqual([]);
    expect(scanLesson('::: note\nx\n:::\n\n::: notez\ny\n:::').unknownCallouts).toEqual([{ name: 'notez', line: 5 }]);
  });
});

describe('speakerNotesOf', () => {
  it('returns every note in order with the slug of the ## or ### heading before it', () => {
    expect(speakerNotesOf(LESSON)).toEqual([
      { headingSlug: null, markdown: 'Welcome the room; ask who has cleared a parcel this week.' },
      { headingSlug: 'why-it-matters', markdown: 'Stress SECRETWORD: the data arrives **before** the goods.\n\n## A heading inside notes' },
      { headingSlug: 'the-postal-route', markdown: 'Point at the figure; see [[wco|the WCO]] and [the basics](lesson:intro).' },
      // An #### heading stays inside its section: the note belongs to the ### above it.
      { headingSlug: 'the-postal-route', markdown: 'Still the postal route.' },
    ]);
  });

  it('uses the anchors the lesson renders, repeated headings and accents included', () => {
    const body = '## Mainlevée\n\n::: notes\nA\n:::\n\n## Mainlevée\n\n::: notes\nB\n:::';
    const ids = [...renderLesson(body, testContext()).matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['mainlevee', 'mainlevee-2']);
    expect(speakerNotesOf(body).map((n) => n.headingSlug)).toEqual(ids);
  });

  it('renders a note on its own for the trainer', () => {
    const [, , note] = speakerNotesOf(LESSON);
    expect(renderLesson(note!.markdown, testContext())).toContain('the WCO');
  });

  it('returns nothing for a lesson without notes', () => expect(speakerNotesOf('## A\n\nText.')).toEqual([]));
});

describe('the validator scans the inside of notes', () => {
  it('reports the terms and links of a note at their lesson lines, apart from the lesson’s own', () => {
    const scan = scanLesson(LESSON);
    expect(scan.terms).toEqual([{ id: 'aed', line: 9 }]);
    expect(scan.speakerNotes.map((n) => n.line)).toEqual([3, 10, 22, 28]);
    expect(scan.speakerNotes[2]!.scan.terms).toEqual([{ id: 'wco', line: 23 }]);
    expect(scan.speakerNotes[2]!.scan.links).toEqual([{ href: 'lesson:intro', line: 23 }]);
  });
});
