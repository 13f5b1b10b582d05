import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article/detect';
import { DetectionSchema } from '../../../lib/models/page-context';
import { html, loadFixture } from './load-fixture';

describe('detectArticle', () => {
  it.each([
    [
      'news-article-json-ld.html',
      'https://news.example.com/local/2024/03/14/harbour-bridge-reopens-after-repair',
      'json-ld-article',
    ],
    [
      'article-og-meta.html',
      'https://riverside.example.org/news/council-votes-to-plant-ten-thousand-trees',
      'og-type-article',
    ],
    [
      'article-microdata.html',
      'https://www.example.fr/actualites/le-marche-couvert-rouvre-ses-portes-4821337',
      'microdata-article',
    ],
    [
      'article-structure-only.html',
      'https://blog.example.net/2021/09/why-the-night-train-is-back',
      'url-dated',
    ],
    ['article-structure-only.html', undefined, 'headline-byline'],
    [
      'xhtml-article.xhtml',
      'https://e.example/2020/01/31/lighthouse-keeper-retires-after-forty-years',
      'readerable',
    ],
  ])('accepts %s (%s) as an article, with %s', (file, url, signal) => {
    const detection = detectArticle(loadFixture(file), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.signals).toContain(signal);
    expect(DetectionSchema.parse(detection)).toEqual(detection);
  });

  it.each([
    ['section-front.html', 'https://news.example.com/local', 'url-short-path'],
    ['tag-page.html', 'https://news.example.com/tag/transport', 'url-listing'],
    ['home-page.html', 'https://news.example.com/', 'url-home'],
    ['search-results.html', 'https://news.example.com/search?q=bridge', 'json-ld-non-article'],
    ['gallery.html', 'https://news.example.com/local/2024/03/16/in-pictures-harbour-festival', 'url-media'],
    ['video-page.html', 'https://news.example.com/video/bridge-reopens-482910', 'og-type-media'],
    ['product-page.html', 'https://shop.example.com/products/harbour-bridge-model-kit', 'url-shop'],
    [
      'forum-thread.html',
      'https://forum.example.com/r/harbourcity/comments/abc123/is_the_bridge_diversion_worth_it/',
      'url-forum',
    ],
    [
      'recipe.html',
      'https://food.example.com/recipes/harbour-fish-stew-recipe-123456',
      'json-ld-non-article',
    ],
    ['article-list-json-ld.html', 'https://news.example.com/latest', 'url-listing'],
  ])('rejects %s (%s), with %s', (file, url, signal) => {
    const detection = detectArticle(loadFixture(file), url);
    expect(detection.isArticle).toBe(false);
    expect(detection.signals).toContain(signal);
    expect(detection.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('uses the canonical URL when no page URL is given', () => {
    const detection = detectArticle(loadFixture('news-article-json-ld.html'));
    expect(detection.signals).toEqual(expect.arrayContaining(['url-dated', 'url-long-slug']));
  });
});

describe('detectArticle on degenerate pages', () => {
  it.each([
    [
      'a frameset',
      '<html><head><title>F</title></head><frameset><frame src="a.html"></frameset></html>',
      'frameset',
    ],
    ['an empty page', '<html><head></head><body></body></html>', 'prose-block-0'],
  ])('rejects %s', (_name, source, signal) => {
    const detection = detectArticle(html(source), 'https://e.example/');
    expect(detection.isArticle).toBe(false);
    expect(detection.signals).toContain(signal);
  });

  describe('quick mode (the always-on content script)', () => {
    const pages: [string, string | undefined][] = [
      [
        'news-article-json-ld.html',
        'https://news.example.com/local/2024/03/14/harbour-bridge-reopens-after-repair',
      ],
      [
        'article-og-meta.html',
        'https://riverside.example.org/news/council-votes-to-plant-ten-thousand-trees',
      ],
      ['article-structure-only.html', 'https://blog.example.net/2021/09/why-the-night-train-is-back'],
      ['article-structure-only.html', undefined],
      ['section-front.html', 'https://news.example.com/local'],
      ['tag-page.html', 'https://news.example.com/tag/transport'],
      ['home-page.html', 'https://news.example.com/'],
      ['search-results.html', 'https://news.example.com/search?q=bridge'],
      ['video-page.html', 'https://news.example.com/video/bridge-reopens-482910'],
      ['recipe.html', 'https://food.example.com/recipes/harbour-fish-stew-recipe-123456'],
    ];

    it.each(pages)('gives the full verdict on %s (%s)', (file, url) => {
      const full = detectArticle(loadFixture(file), url);
      const quick = detectArticle(loadFixture(file), url, { quick: true });
      expect(quick.isArticle).toBe(full.isArticle);
      expect(quick.confidence).toBeLessThanOrEqual(full.confidence);
    });

    it('skips the layout only where the declarations and URL decide', () => {
      const skipped = (file: string, url: string): boolean =>
        detectArticle(loadFixture(file), url, { quick: true }).signals.includes('structure-skipped');
      expect(skipped('home-page.html', 'https://news.example.com/')).toBe(true);
      expect(
        skipped(
          'news-article-json-ld.html',
          'https://news.example.com/local/2024/03/14/harbour-bridge-reopens-after-repair',
        ),
      ).toBe(true);
      expect(
        skipped(
          'article-structure-only.html',
          'https://blog.example.net/2021/09/why-the-night-train-is-back',
        ),
      ).toBe(false);
      expect(detectArticle(loadFixture('home-page.html'), 'https://news.example.com/').signals).not.toContain(
        'structure-skipped',
      );
    });

    it('holds at the extremes of the layout score (a wall of prose under a home URL, an empty page declared an article)', () => {
      const prose = `<p>${'Words, words and more words, said the council on Tuesday. '.repeat(40)}</p>`;
      const wall = html(
        `<html><head><meta property="og:type" content="website"></head><body><h1>T</h1><address>By A</address><article>${prose.repeat(30)}</article></body></html>`,
      );
      for (const url of ['https://news.example.com/', 'https://news.example.com/local']) {
        expect(detectArticle(wall, url, { quick: true }).isArticle).toBe(detectArticle(wall, url).isArticle);
      }
      const empty = html(
        `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01"></head><body></body></html>`,
      );
      const url = 'https://news.example.com/2024/01/01/a-long-slug-about-the-bridge-reopening-12345678';
      expect(detectArticle(empty, url, { quick: true }).isArticle).toBe(detectArticle(empty, url).isArticle);
    });
  });
});
