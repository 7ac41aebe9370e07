import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('raw HTML', () => {
  it('shows a script block as text', () => {
    expect(render('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });

  it('shows inline HTML with event handlers as text', () => {
    const html = render('A picture <img src=x onerror="alert(1)"> here.');
    expect(html).toBe('<p>A picture &lt;img src=x onerror=&quot;alert(1)&quot;&gt; here.</p>\n');
    expect(html).not.toContain('<img');
  });

  it('shows HTML blocks, comments and HTML in headings and callouts as text', () => {
    const html = render('<div onclick="steal()">\nhi\n</div>\n\n<!-- hidden -->\n\n## A <iframe src="https://x">\n\n::: note\n<b>b</b>\n:::');
    expect(html).not.toMatch(/<div onclick|<!--|<iframe|<b>/);
    expect(html).toContain('&lt;div onclick=&quot;steal()&quot;&gt;');
    expect(html).toContain('&lt;!-- hidden --&gt;');
    expect(html).toContain('A &lt;iframe src=&quot;https://x&quot;&gt;</h2>');
    expect(html).toContain('<p>&lt;b&gt;b&lt;/b&gt;</p>');
  });
});
