/**
 * Library components render page-derived text as text: hostile quotes, notes, titles and tags
 * never become elements, and only http(s) sources become links.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleHeading } from '../../../components/library/ArticleHeading';
import { DocRow } from '../../../components/library/DocRow';
import { ImportSummary } from '../../../components/library/ImportSummary';
import type { CatalogPage } from '../../../lib/library/catalog';
import { emptyTallies } from '../../../lib/library/import/plan';
import { makeClipping } from './samples';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
let container: HTMLElement;
const saved = globalThis.document;

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  globalThis.document = document as unknown as Document;
  container = document.getElementById('root') as unknown as HTMLElement;
});
afterEach(() => {
  globalThis.document = saved;
});

function page(pageUrl: string | null): CatalogPage {
  return {
    pageKey: 'https://e.example/a',
    pageUrl,
    title: HOSTILE,
    publisherDomain: 'e.example',
    publisherName: HOSTILE,
    organizations: [HOSTILE],
    pageTokens: '',
    docs: [],
  };
}

describe('library components with hostile text', () => {
  it('DocRow shows quote, note, title and tags as text and links only http(s)', () => {
    const clipping = makeClipping(1, {
      quote: { exact: HOSTILE, prefix: '', suffix: '' },
      note: HOSTILE,
      pageUrl: 'javascript:alert(1)',
    });
    const props = {
      docKey: 'c:x',
      page: page('javascript:alert(3)'),
      tags: [HOSTILE],
      createdAtMs: 0,
      orphaned: true,
      selected: false,
      active: true,
      position: 1,
      total: 1,
      onToggle: () => undefined,
      onFocus: () => undefined,
    };
    render(<DocRow {...props} record={{ kind: 'clipping', record: clipping }} />, container);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelector('[data-testid="item-quote"]')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('[data-testid="item-note"]')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('orphaned');

    const safe = makeClipping(2, { pageUrl: 'https://news.example.com/x' });
    render(<DocRow {...props} page={page(null)} record={{ kind: 'clipping', record: safe }} />, container);
    expect(container.querySelector('a')!.getAttribute('href')).toMatch(
      /^https:\/\/news\.example\.com\/x#:~:text=/,
    );
  });

  it('ArticleHeading and ImportSummary render names and reasons as text', () => {
    render(<ArticleHeading page={page('https://e.example/a')} count={2} position={1} total={3} />, container);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelector('a')!.textContent).toBe(HOSTILE);
    const summary = {
      kind: 'backup' as const,
      tallies: emptyTallies(),
      toWrite: 0,
      rejectedCount: 1,
      rejected: [{ path: HOSTILE, reason: HOSTILE }],
    };
    render(<ImportSummary summary={summary} />, container);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelector('[data-testid="import-rejected"]')!.textContent).toContain(HOSTILE);
  });
});
