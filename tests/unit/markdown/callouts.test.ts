import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('callouts', () => {
  it.each([
    ['note', 'Note'],
    ['tip', 'Tip'],
    ['warning', 'Warning'],
    ['practice', 'In practice'],
  ])('renders ::: %s as a labelled aside with the localized title', (type, label) => {
    expect(render(`::: ${type}\nCheck the **CN23** first.\n:::`)).toBe(
      `<aside class="callout callout-${type}" aria-label="${label}"><p class="callout-title">${label}</p>\n` +
        '<p>Check the <strong>CN23</strong> first.</p>\n' +
        '</aside>\n',
    );
  });

  it('takes its words from the learner’s language and escapes them', () => {
    const ctx = testContext({ labels: { ...testContext().labels, tip: 'Astuce <& conseil>' } });
    expect(renderLesson('::: tip\nx\n:::', ctx)).toContain(
      '<aside class="callout callout-tip" aria-label="Astuce &lt;&amp; conseil&gt;"><p class="callout-title">Astuce &lt;&amp; conseil&gt;</p>',
    );
  });

  it('renders block Markdown inside: lists, tables and several paragraphs', () => {
    const html = render('::: warning\nFirst.\n\n- one\n- two\n\n| A |\n|---|\n| 1 |\n:::\n\nAfter.');
    expect(html).toMatch(/<aside class="callout callout-warning"[^>]*>[\s\S]*<p>First.<\/p>[\s\S]*<ul>[\s\S]*<table>[\s\S]*<\/aside>\n<p>After.<\/p>/);
  });

  it('may follow a paragraph line directly, without a blank line', () => {
    expect(render('Before.\n::: note\nInside.\n:::')).toBe(
      '<p>Before.</p>\n<aside class="callout callout-note" aria-label="Note"><p class="callout-title">Note</p>\n<p>Inside.</p>\n</aside>\n',
    );
  });

  it('accepts the type in any case and with trailing spaces', () => {
    expect(render('::: Note  \nx\n:::')).toContain('<aside class="callout callout-note"');
  });

  it('nests when the outer callout uses more colons', () => {
    const html = render(':::: note\nOuter.\n::: tip\nInner.\n:::\nStill outer.\n::::');
    expect(html).toBe(
      '<aside class="callout callout-note" aria-label="Note"><p class="callout-title">Note</p>\n<p>Outer.</p>\n' +
        '<aside class="callout callout-tip" aria-label="Tip"><p class="callout-title">Tip</p>\n<p>Inner.</p>\n</aside>\n' +
        '<p>Still outer.</p>\n</aside>\n',
    );
  });

  it('runs to the end of the lesson when never closed', () => {
    expect(render('::: note\nNo end.')).toBe(
      '<aside class="callout callout-note" aria-label="Note"><p class="callout-title">Note</p>\n<p>No end.</p>\n</aside>\n',
    );
  });

  it('leaves an unknown type as plain text', () => {
    const html = render('::: danger\nMind the battery.\n:::');
    expect(html).toBe('<p>::: danger\nMind the battery.\n:::</p>\n');
    expect(html).not.toContain('<aside');
  });

  it('does not treat a colon line inside a code fence as a callout', () => {
    expect(render('```\n::: note\n```')).toBe('<pre><code>::: note\n</code></pre>\n');
  });
});
