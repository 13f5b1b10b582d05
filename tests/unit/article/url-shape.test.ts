import { describe, expect, it } from 'vitest';
import { scoreUrlShape } from '../../../lib/article/detection/url-shape';

describe('scoreUrlShape', () => {
  it.each([
    ['https://news.example.com/', 'url-home'],
    ['https://news.example.com/en/', 'url-home'],
    ['https://news.example.com/index.html', 'url-home'],
    ['https://news.example.com/tag/transport', 'url-listing'],
    ['https://news.example.com/news/topics/science', 'url-listing'],
    ['https://news.example.com/category/health/mental-health.html', 'url-listing'],
    ['https://news.example.com/section/world-news', 'url-listing'],
    ['https://news.example.com/search?q=bridge', 'url-listing'],
    ['https://news.example.com/video/bridge-reopens-at-last-482910', 'url-media'],
    ['https://news.example.com/news/av/world-12345678/storm-hits-the-coast', 'url-media'],
    ['https://news.example.com/pictures/festival-highlights-and-winners/', 'url-media'],
    ['https://news.example.com/news/mayor-opens-festival-slideshow-154358504.html', 'url-media'],
    ['https://news.example.com/news/week-in-pictures', 'url-media'],
    ['https://forum.example.com/r/city/comments/abc123/some_thread_title/', 'url-forum'],
    ['https://shop.example.com/products/model-kit', 'url-shop'],
    ['https://food.example.com/recipes/fish-stew-recipe-123456', 'url-shop'],
    ['https://news.example.com/world', 'url-short-path'],
  ])('%s points away from an article (%s)', (url, signal) => {
    const shape = scoreUrlShape(url);
    expect(shape.signals).toContain(signal);
    expect(shape.score).toBeLessThan(0);
  });

  it.each([
    ['https://news.example.com/2019/05/24/asia/climbers-on-everest/index.html', 'url-dated'],
    [
      'https://news.example.com/politics/house-chairman-appears-to-faint-at-event/story?id=63258876',
      'url-long-slug',
    ],
    ['https://news.example.com/news/uk-england-hampshire-48397401', 'url-id'],
    ['https://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci', 'url-id'],
  ])('%s points towards an article (%s)', (url, signal) => {
    const shape = scoreUrlShape(url);
    expect(shape.signals).toContain(signal);
    expect(shape.score).toBeGreaterThan(0);
  });

  it.each([[undefined], [null], ['not a url'], ['ftp://example.com/2019/05/24/a-b-c-d-e']])(
    'says nothing about %s',
    (url) => {
      expect(scoreUrlShape(url)).toEqual({ score: 0, signals: [] });
    },
  );
});
