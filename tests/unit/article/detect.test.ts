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
});
