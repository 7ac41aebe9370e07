import { describe, expect, it } from 'vitest';
import { renderLesson, scanLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

/** Line numbers in comments on the right; the validator prints them as file:line. */
const lesson = [
  '## Who is involved', //                                           1
  '', //                                                             2
  'The [[wco|WCO]] asks for', //                                    3
  '[[aed]] (see [the response](lesson:wco-response)), and', //      4
  'a `code span', //                                                 5
  'over two lines` then [[risk-management]].', //                   6
  '', //                                                             7
  '::: note', //                                                     8
  '### Inside a note', //                                            9
  'A [link](https://example.org) and', //                           10
  '![a figure](media/in-note.svg "Caption")', //                    11
  ':::', //                                                         12
  '', //                                                            13
  '| Stakeholder | Term |', //                                     14
  '|---|---|', //                                                   15
  '| Vendor | [[e-vendor\\|E-vendors]] |', //                      16
  '| Post | ![icon](media/post.svg) [CN23](#cn23) |', //           17
  '', //                                                            18
  '- item', //                                                      19
  '- item with [[upu]] and', //                                     20
  '  [bad](javascript:alert(1))', //                                21
  '', //                                                            22
  '::: danger', //                                                  23
  'Unknown box [[c2c]].', //                                        24
  ':::', //                                                         25
  '', //                                                            26
  '# Who is involved', //                                           27
  '', //                                                            28
  '```', //                                                         29
  '::: fake', //                                                    30
  '[[not-a-term]] [x](lesson:not-a-link)', //                       31
  '```', //                                                         32
  'Text then', //                                                   33
  '::: tipp', //                                                    34
  '![remote](https://example.org/x.png) [mail](mailto:a@b.org)', // 35
].join('\n');

describe('scanLesson', () => {
  const scan = scanLesson(lesson);

  it('lists anchored headings with their ids and lines, inside callouts too', () => {
    expect(scan.headings).toEqual([
      { id: 'who-is-involved', line: 1 },
      { id: 'inside-a-note', line: 9 },
      { id: 'who-is-involved-2', line: 27 },
    ]);
  });

  it('gives the same heading ids as the rendered lesson', () => {
    const html = renderLesson(lesson, testContext());
    const rendered = [...html.matchAll(/<h[2-4] id="([^"]+)"/g)].map((m) => m[1]);
    expect(rendered).toEqual(scan.headings.map((h) => h.id));
  });

  it('lists glossary terms on the line where each one is written, in paragraphs, tables, lists and unknown boxes', () => {
    expect(scan.terms).toEqual([
      { id: 'wco', line: 3 },
      { id: 'aed', line: 4 },
      { id: 'risk-management', line: 6 },
      { id: 'e-vendor', line: 16 },
      { id: 'upu', line: 20 },
      { id: 'c2c', line: 24 },
    ]);
  });

  it('lists every link target as written, with its line, unsafe ones included', () => {
    expect(scan.links).toEqual([
      { href: 'lesson:wco-response', line: 4 },
      { href: 'https://example.org', line: 10 },
      { href: '#cn23', line: 17 },
      { href: 'javascript:alert(1)', line: 21 },
      { href: 'mailto:a@b.org', line: 35 },
    ]);
  });

  it('lists every image source as written, with its line, remote ones included', () => {
    expect(scan.images).toEqual([
      { src: 'media/in-note.svg', line: 11 },
      { src: 'media/post.svg', line: 17 },
      { src: 'https://example.org/x.png', line: 35 },
    ]);
  });

  it('reports ::: lines with an unknown callout type, but not code or closing lines', () => {
    expect(scan.unknownCallouts).toEqual([
      { name: 'danger', line: 23 },
      { name: 'tipp', line: 34 },
    ]);
  });

  it('keeps link and image paths exactly as written, without percent-encoding', () => {
    const result = scanLesson('[a](<media/Fiche été.pdf>) ![b](media/carte%20douane.svg)');
    expect(result.links).toEqual([{ href: 'media/Fiche été.pdf', line: 1 }]);
    expect(result.images).toEqual([{ src: 'media/carte%20douane.svg', line: 1 }]);
  });

  it('finds a term used inside a link text and reference-style links on their use line', () => {
    const result = scanLesson('Intro\n\nSee [the [[aed]] rules][ref].\n\n[ref]: lesson:aed-rules');
    expect(result.terms).toEqual([{ id: 'aed', line: 3 }]);
    expect(result.links).toEqual([{ href: 'lesson:aed-rules', line: 3 }]);
  });

  it('returns empty lists for an empty lesson', () => {
    expect(scanLesson('')).toEqual({ headings: [], terms: [], links: [], images: [], unknownCallouts: [], speakerNotes: [] });
  });
});
