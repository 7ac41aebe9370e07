import { describe, expect, it } from 'vitest';
import { renderLesson, slugify } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('Who Knows What')).toBe('who-knows-what');
  });

  it('folds accents, including capitals and French ligatures', () => {
    expect(slugify('Évaluation des risques à l’arrivée')).toBe('evaluation-des-risques-a-l-arrivee');
    expect(slugify('Main-d’œuvre et Ça')).toBe('main-d-oeuvre-et-ca');
  });

  it('turns every run of other characters into one hyphen and trims hyphens at both ends', () => {
    expect(slugify('  What? -- Why!  (CN22/CN23) ')).toBe('what-why-cn22-cn23');
  });

  it('returns an empty string when nothing alphanumeric is left', () => {
    expect(slugify(' ?! — ')).toBe('');
  });
});

describe('heading anchors', () => {
  it('gives h2, h3 and h4 an id made from their text', () => {
    expect(render('## Why a definition matters')).toBe('<h2 id="why-a-definition-matters">Why a definition matters</h2>\n');
    expect(render('### Selling and paying')).toBe('<h3 id="selling-and-paying">Selling and paying</h3>\n');
    expect(render('#### Step 4: transit')).toBe('<h4 id="step-4-transit">Step 4: transit</h4>\n');
  });

  it('builds the id from accent-folded text', () => {
    expect(render('## Qui sait quoi, et à quel moment ?')).toContain('<h2 id="qui-sait-quoi-et-a-quel-moment">');
  });

  it('ignores inline markup when building the id', () => {
    expect(render('## The **CN23** and `ITMATT` [messages](#x)')).toContain('<h2 id="the-cn23-and-itmatt-messages">');
  });

  it('numbers repeated headings -2, -3 in document order', () => {
    const html = render('## Key points\n\n## Key points\n\n### Key points');
    expect(html).toContain('<h2 id="key-points">');
    expect(html).toContain('<h2 id="key-points-2">');
    expect(html).toContain('<h3 id="key-points-3">');
  });

  it('does not reuse an id that a later heading text produces on its own', () => {
    const html = render('## Risk\n\n## Risk\n\n## Risk 2');
    expect(html.match(/id="[^"]+"/g)).toEqual(['id="risk"', 'id="risk-2"', 'id="risk-2-2"']);
  });

  it('keeps ids unique across headings inside callouts', () => {
    const html = render('## Summary\n\n::: note\n## Summary\n:::');
    expect(html).toContain('<h2 id="summary">');
    expect(html).toContain('<h2 id="summary-2">');
  });

  it('demotes h1 to h2, because the lesson title is the page h1', () => {
    expect(render('# Introduction')).toBe('<h2 id="introduction">Introduction</h2>\n');
    expect(render('Introduction\n===')).toBe('<h2 id="introduction">Introduction</h2>\n');
  });

  it('leaves h5 and h6 without an id', () => {
    expect(render('##### Fine print')).toBe('<h5>Fine print</h5>\n');
    expect(render('###### Finer print')).toBe('<h6>Finer print</h6>\n');
  });

  it('uses the glossary words or id, not the translated term, so anchors do not depend on the language', () => {
    expect(render('## Why [[aed]] matters')).toContain('<h2 id="why-aed-matters">');
    expect(render('## Using [[aed|advance data]]')).toContain('<h2 id="using-advance-data">');
  });

  it('falls back to "section" for a heading with no letters or digits', () => {
    expect(render('## ???\n\n## !!!')).toMatch(/<h2 id="section">[\s\S]*<h2 id="section-2">/);
  });
});
