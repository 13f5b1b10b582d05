import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { ArticleSchema } from '../../../lib/models/page-context';
import { loadFixture } from './load-fixture';

const URL = 'https://news.example.com/news/2024/03/16/flood-barrier-holds-as-storm-hits';

describe('extractArticle body', () => {
  it('keeps the story and drops share bars, captions, newsletter, related and latest-news blocks', () => {
    const article = extractArticle(loadFixture('body-boilerplate.html'), URL)!;
    expect(article.text.split('\n\n')).toEqual([
      'The river flood barrier held back a surge of more than two metres on Saturday night, the first real test of the defences since they were finished last autumn at a cost the council is still paying off.',
      "Water reached the top of the old quay wall around midnight, but the streets behind the barrier stayed dry, the council's engineers said, and no homes had to be evacuated this time.",
      'Residents relieved',
      'Residents who were flooded three years ago said they had stayed up to watch the river, and that the barrier had given them a calmer night than they had expected, with only the wind to worry about.',
      'Barrier up, river roaring, street dry. What a difference three years make. pic.twitter.com/x',
      '— Quay Street Neighbours (@quaystreet) March 16, 2024',
      'The engineers will now inspect the gates for damage, and the barrier will stay closed until the tide turns on Sunday afternoon.',
    ]);
  });

  it('keeps table rows and line breaks as paragraphs', () => {
    const text = extractArticle(loadFixture('body-table-and-breaks.html'), URL)!.text.split('\n\n');
    expect(text).toEqual(
      expect.arrayContaining([
        'Place Crew Time',
        '1 North Star 1:02:15',
        'Tickets are free.',
        'Doors open at seven.',
      ]),
    );
  });

  it.each([
    'news-article-json-ld.html',
    'article-og-meta.html',
    'article-microdata.html',
    'body-boilerplate.html',
  ])('returns a schema-valid Article for %s without touching the page', (file) => {
    const doc = loadFixture(file);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, URL);
    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
