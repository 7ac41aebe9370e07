import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('figures and images', () => {
  it('turns a lone image with a title into a figure with a caption, without a paragraph', () => {
    expect(render('![Postal flow from sender to addressee](media/postal-flow.svg "How an item travels")')).toBe(
      '<figure class="figure"><img src="app://pack/media/postal-flow.svg" alt="Postal flow from sender to addressee">' +
        '<figcaption>How an item travels</figcaption></figure>\n',
    );
  });

  it('renders an image without a title as a plain image in its paragraph', () => {
    expect(render('![Map](media/map.png)')).toBe('<p><img src="app://pack/media/map.png" alt="Map"></p>\n');
  });

  it('keeps a titled image that shares its paragraph with text inline, with its title', () => {
    expect(render('See ![map](media/map.png "Routes") here.')).toBe(
      '<p>See <img src="app://pack/media/map.png" alt="map" title="Routes"> here.</p>\n',
    );
  });

  it('asks ctx.mediaUrl for every pack picture, with the path as written', () => {
    const asked: string[] = [];
    const ctx = testContext({ mediaUrl: (path) => (asked.push(path), `u${asked.length}`) });
    const html = renderLesson('![a](media/carte-é.svg "c")\n\n![b](<media/two words.png>)', ctx);
    expect(asked).toEqual(['media/carte-é.svg', 'media/two words.png']);
    expect(html).toContain('<img src="u1" alt="a">');
    expect(html).toContain('<img src="u2" alt="b">');
  });

  it.each([
    'https://example.org/tracker.png',
    'http://example.org/a.png',
    '//example.org/a.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'file:///C:/secret.png',
    '/etc/a.png',
  ])('shows only the text alternative for a picture outside the pack: %s', (src) => {
    let asked = false;
    const ctx = testContext({ mediaUrl: () => ((asked = true), 'x') });
    const html = renderLesson(`Before ![A parcel label](${src}) after.\n\n![Caption too](${src} "Title")`, ctx);
    expect(html).toBe('<p>Before A parcel label after.</p>\n<p>Caption too</p>\n');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<figure');
    expect(asked).toBe(false);
  });

  it('escapes the text alternative, the caption and the URL', () => {
    const ctx = testContext({ mediaUrl: () => 'app://pack/a"b.svg' });
    expect(renderLesson('![a "b" <i>](media/x.svg "c <b> & \'d\'")', ctx)).toBe(
      '<figure class="figure"><img src="app://pack/a&quot;b.svg" alt="a &quot;b&quot; &lt;i&gt;">' +
        '<figcaption>c &lt;b&gt; &amp; \'d\'</figcaption></figure>\n',
    );
  });
});
