import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/core/markdown';
import { testContext } from './renderContext';

const render = (markdown: string) => renderLesson(markdown, testContext());

describe('links', () => {
  it('sends lesson: links through ctx.lessonHref and marks them', () => {
    expect(render('[channels](lesson:channels)')).toBe(
      '<p><a href="#/lessons/channels" data-lesson-link="channels">channels</a></p>\n',
    );
  });

  it('passes the anchor of a lesson: link to ctx.lessonHref', () => {
    const calls: [string, string | undefined][] = [];
    const ctx = testContext({ lessonHref: (id, anchor) => (calls.push([id, anchor]), `/l/${id}/${anchor ?? ''}`) });
    const html = renderLesson('[a](lesson:wco-response#the-package) [b](lesson:wco-response)', ctx);
    expect(calls).toEqual([
      ['wco-response', 'the-package'],
      ['wco-response', undefined],
    ]);
    expect(html).toContain('<a href="/l/wco-response/the-package" data-lesson-link="wco-response">a</a>');
  });

  it('keeps #anchor links as they are', () => {
    expect(render('[see below](#key-points)')).toBe('<p><a href="#key-points">see below</a></p>\n');
  });

  it.each(['https://www.wcoomd.org/en/topics/facilitation.aspx', 'http://example.org/page?a=1&b=2'])(
    'marks %s as external, without referrer, and says so to screen readers',
    (url) => {
      expect(render(`[the WCO site](${url})`)).toBe(
        `<p><a href="${url.replace('&', '&amp;')}" data-external="true" rel="noopener noreferrer">the WCO site` +
          '<span class="visually-hidden"> (opens in your browser)</span></a></p>\n',
      );
    },
  );

  it('treats an autolink like any other link', () => {
    expect(render('<https://example.org>')).toContain(
      '<a href="https://example.org" data-external="true" rel="noopener noreferrer">https://example.org<span class="visually-hidden">',
    );
  });

  it('keeps mailto: links as they are', () => {
    expect(render('[write to us](mailto:training@example.org)')).toBe(
      '<p><a href="mailto:training@example.org">write to us</a></p>\n',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '&#106;avascript:alert(1)',
    '<javascript:alert(1)>',
    'vbscript:msgbox(1)',
    'file:///C:/Windows/win.ini',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '../other-pack/lesson.md',
    'media/brochure.pdf',
    '//evil.example/x',
    'lesson:',
  ])('shows only the text of a link to %s', (target) => {
    const html = render(`Click [**here**](${target}) now.`);
    expect(html).toBe('<p>Click <strong>here</strong> now.</p>\n');
  });

  it('neutralises javascript: in autolinks and reference links too', () => {
    expect(render('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>\n');
    expect(render('[go][x]\n\n[x]: javascript:alert(1)')).toBe('<p>go</p>\n');
  });

  it('escapes what it writes into attributes', () => {
    const ctx = testContext({ lessonHref: () => '"><script>' });
    expect(renderLesson('[a](lesson:x"y)', ctx)).toBe(
      '<p><a href="&quot;&gt;&lt;script&gt;" data-lesson-link="x&quot;y">a</a></p>\n',
    );
    expect(render('[a](https://e.org/"onmouseover=alert(1) "t<i>")')).toContain(
      'href="https://e.org/&quot;onmouseover=alert(1)" data-external="true" rel="noopener noreferrer" title="t&lt;i&gt;"',
    );
  });
});
