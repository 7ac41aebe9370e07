import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('glossary terms', () => {
  it('shows the glossary term, focusable, with its definition in a tooltip', () => {
    expect(render('Send [[aed]] early.')).toBe(
      '<p>Send <span class="term" tabindex="0" data-term="aed" aria-describedby="term-tip-1">advance electronic data</span>' +
        '<span class="term-tip" role="tooltip" id="term-tip-1">Data sent to customs before the goods arrive.</span> early.</p>\n',
    );
  });

  it('shows the trainer’s own words when given', () => {
    const html = render('The [[wco|WCO]] and [[aed|advance\ndata]].');
    expect(html).toContain('data-term="wco" aria-describedby="term-tip-1">WCO</span>');
    expect(html).toContain('data-term="aed" aria-describedby="term-tip-2">advance data</span>');
  });

  it('accepts \\| as the separator, as tables require', () => {
    expect(render('[[wco\\|the WCO]]')).toContain('data-term="wco" aria-describedby="term-tip-1">the WCO</span>');
    expect(render('| A |\n|---|\n| [[wco\\|the WCO]] |')).toContain('aria-describedby="term-tip-1">the WCO</span>');
  });

  it('numbers tooltips per render, so every id on the page is unique and renders are repeatable', () => {
    const markdown = '[[aed]] [[aed]] [[wco]]';
    const html = render(markdown);
    expect(html.match(/id="term-tip-\d+"/g)).toEqual(['id="term-tip-1"', 'id="term-tip-2"', 'id="term-tip-3"']);
    expect(render(markdown)).toBe(html);
  });

  it('shows an unknown id as its words, or the id, marked as missing', () => {
    expect(render('[[nope]] and [[nope|some words]]')).toBe(
      '<p><span class="term-missing">nope</span> and <span class="term-missing">some words</span></p>\n',
    );
  });

  it('does not find inherited object properties as terms', () => {
    expect(render('[[constructor]] [[__proto__]]')).toBe(
      '<p><span class="term-missing">constructor</span> <span class="term-missing">__proto__</span></p>\n',
    );
  });

  it('escapes definitions, terms, words and ids', () => {
    const ctx = testContext({
      glossary: { evil: { term: '<b>bold</b>', definition: 'Bad <script>alert(1)</script> & "quotes"' } },
    });
    const html = renderLesson('[[evil]] [[evil|<img src=x onerror=alert(1)>]] [[x"<y>]]', ctx);
    expect(html).toContain('>&lt;b&gt;bold&lt;/b&gt;</span>');
    expect(html).toContain('>Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</span>');
    expect(html).toContain('>&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain('<span class="term-missing">x&quot;&lt;y&gt;</span>');
    expect(html).not.toMatch(/<script|<img|<b>/);
  });

  it('leaves a bracketed link text such as [[1]](url) to the link rule', () => {
    expect(render('[[1]](#sources)')).toBe('<p><a href="#sources">[1]</a></p>\n');
  });

  it('leaves brackets that are not a term as text', () => {
    expect(render('[[]] and [[ ]] and [[a')).toBe('<p>[[]] and [[ ]] and [[a</p>\n');
  });
});
