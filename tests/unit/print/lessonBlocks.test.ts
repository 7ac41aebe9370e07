// Lesson Markdown as printed blocks, from the app's own markdown-it parse: what a handout keeps
// (headings, bold, lists, tables, figures, callouts, key points) and what it leaves out (links'
// targets, raw HTML as markup).
import { describe, expect, it } from 'vitest';
import { keyPointsOf, lessonBlocks } from '../../../src/core/print/lessonBlocks';
import { firstSentence } from '../../../src/core/print/handouts';

const LESSON = `## Why it matters

Customs sees **millions** of parcels; see the [[de-minimis|de minimis]] rule and [the WCO](https://www.wcoomd.org/).

![A flow from seller to consumer](media/flow.en.svg "The flow")

::: tip
Check the **CN23**.
:::

| Channel | Data |
|---|---|
| Postal | CN22/CN23 |
| Express | Manifest |

1. First
2. Second
   - nested

<b>not bold</b>

::: notes
Ask the room which channel they see most.
:::

## Key points

- Data first.
- Then **risk**.

## After
`;

describe('lessonBlocks', () => {
  const blocks = lessonBlocks(LESSON, { calloutTitle: (type) => `[${type}]` });

  it('keeps headings, bold runs, glossary words and link text', () => {
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Why it matters' });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Customs sees ' }, { text: 'millions', bold: true }, { text: ' of parcels; see the de minimis rule and the WCO.' }],
    });
  });

  it('keeps figures with their text alternative and caption, callouts as titled boxes, and tables', () => {
    expect(blocks).toContainEqual({ kind: 'figure', src: 'media/flow.en.svg', alt: 'A flow from seller to consumer', caption: 'The flow' });
    expect(blocks).toContainEqual({ kind: 'box', title: '[tip]', blocks: [{ kind: 'paragraph', runs: [{ text: 'Check the ' }, { text: 'CN23', bold: true }, { text: '.' }] }] });
    expect(blocks).toContainEqual({ kind: 'table', header: ['Channel', 'Data'], rows: [['Postal', 'CN22/CN23'], ['Express', 'Manifest']] });
  });

  it('numbers ordered lists, indents nested items, and prints raw HTML as the text it is', () => {
    const list = blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({
      kind: 'list',
      items: [
        { runs: [{ text: 'First' }], depth: 0, marker: '1.' },
        { runs: [{ text: 'Second' }], depth: 0, marker: '2.' },
        { runs: [{ text: 'nested' }], depth: 1, marker: '–' },
      ],
    });
    expect(blocks).toContainEqual({ kind: 'paragraph', runs: [{ text: '<b>not bold</b>' }] });
  });

  it('leaves speaker notes out of what learners get', () => {
    expect(JSON.stringify(blocks)).not.toContain('Ask the room');
  });

  it('finds the key points under the "Key points" or "Points clés" heading, and nothing when there is none', () => {
    expect(keyPointsOf(blocks)).toEqual(['Data first.', 'Then risk.']);
    expect(keyPointsOf(lessonBlocks('## Points clés\n\n- Les données d’abord.\n', { calloutTitle: String }))).toEqual(['Les données d’abord.']);
    expect(keyPointsOf(lessonBlocks('## Other\n\n- x\n', { calloutTitle: String }))).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('cuts a definition after its first sentence, not inside an abbreviation or a number', () => {
    expect(firstSentence('Data sent before arrival. It allows risk to be assessed.')).toBe('Data sent before arrival.');
    expect(firstSentence('Worth 1.5 SDR or less. More text.')).toBe('Worth 1.5 SDR or less.');
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });
});
