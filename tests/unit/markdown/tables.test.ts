import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('tables', () => {
  it('wraps a table in a focusable region labelled by its first header cell', () => {
    expect(render('| Stakeholder | When |\n|---|---|\n| Vendor | At sale |')).toBe(
      '<div class="table-wrap" role="region" tabindex="0" aria-label="Stakeholder"><table>\n' +
        '<thead>\n<tr>\n<th>Stakeholder</th>\n<th>When</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>Vendor</td>\n<td>At sale</td>\n</tr>\n</tbody>\n' +
        '</table></div>\n',
    );
  });

  it('labels the region with the plain text of the header cell, escaped', () => {
    expect(render('| **Who** & `what` <x> | B |\n|---|---|')).toContain('aria-label="Who &amp; what &lt;x&gt;"');
  });

  it('labels the region "table" when the first header cell is empty', () => {
    expect(render('|  | B |\n|---|---|\n| 1 | 2 |')).toContain(
      '<div class="table-wrap" role="region" tabindex="0" aria-label="table"><table>',
    );
  });

  it('wraps every table separately', () => {
    const html = render('| A |\n|---|\n| 1 |\n\n| B |\n|---|\n| 2 |');
    expect(html.match(/<div class="table-wrap"[^>]*><table>/g)).toEqual([
      '<div class="table-wrap" role="region" tabindex="0" aria-label="A"><table>',
      '<div class="table-wrap" role="region" tabindex="0" aria-label="B"><table>',
    ]);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });
});

describe('table column alignment', () => {
  it('becomes a class, because the CSP forbids inline styles', async () => {
    const { renderLesson } = await import('../../../src/core/markdown');
    const { testContext } = await import('./renderContext');
    const html = renderLesson('| a | b |\n|:-:|--:|\n| 1 | 2 |\n', testContext());
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-center">a</th>');
    expect(html).toContain('<td class="align-right">2</td>');
  });
});
