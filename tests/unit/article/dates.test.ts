import { describe, expect, it } from 'vitest';
import { readDates } from '../../../lib/article/metadata/dates';
import { readMetaTags } from '../../../lib/article/metadata/meta-tags';
import { html, loadFixture } from './load-fixture';

function datesOf(
  doc: Document,
  ld: { published: string | null; modified: string | null },
  url = 'https://e.example/x',
) {
  const headline = doc.querySelector('h1');
  const { published, modified } = readDates(doc, readMetaTags(doc), ld, url, headline);
  return [published.value, published.source, modified.value, modified.source];
}

const none = { published: null, modified: null };

describe('readDates', () => {
  it.each([
    [
      'JSON-LD',
      html(''),
      { published: '2024-03-14T08:30:00+00:00', modified: '2024-03-14T12:05:00+00:00' },
      ['2024-03-14T08:30:00+00:00', 'json-ld', '2024-03-14T12:05:00+00:00', 'json-ld'],
    ],
    [
      'article:* meta',
      loadFixture('article-og-meta.html'),
      none,
      ['2023-06-01T09:00:00Z', 'meta', '2023-06-02T10:00:00Z', 'meta'],
    ],
    [
      'microdata',
      loadFixture('article-microdata.html'),
      none,
      ['2022-10-05T07:15:00+02:00', 'meta', null, null],
    ],
    [
      'a <time> after the headline',
      html('<div><h1>T</h1><time datetime="2021-09-09">9 Sep</time></div>'),
      none,
      ['2021-09-09', 'dateline', null, null],
    ],
  ])('reads %s', (_name, doc, ld, expected) => {
    expect(datesOf(doc, ld)).toEqual(expected);
  });

  it('reads a visible dateline, taking the year from a dated URL', () => {
    const doc = loadFixture('metadata-dateline.html');
    expect(datesOf(doc, none, 'https://e.example/2019/04/20/talks')).toEqual([
      '2019-04-20',
      'dateline',
      null,
      null,
    ]);
    expect(datesOf(doc, none, 'https://e.example/talks')[0]).toBeNull();
  });

  it('never swaps: a "modified" before "published" is dropped', () => {
    const ld = { published: '2024-05-02T10:00:00+02:00', modified: '2024-05-01T09:00:00+02:00' };
    expect(datesOf(html(''), ld)).toEqual(['2024-05-02T10:00:00+02:00', 'json-ld', null, null]);
  });

  it('does not read dates below the first paragraph (tables, infoboxes)', () => {
    const doc = html(
      `<div><h1>T</h1><p>${'Text of the story, long enough. '.repeat(6)}</p><span class="date">1 May 2001</span></div>`,
    );
    expect(datesOf(doc, none)[0]).toBeNull();
  });
});
