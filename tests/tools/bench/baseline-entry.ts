/**
 * The bench's baseline, run in the same page as the extension: what a naive extension would do
 * on every article: Readability.parse on a document clone, compromise `organizations()` and a
 * sentence split of the same text. Bundled by esbuild into an IIFE that sets `__scBaseline`.
 */
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';

function runBaseline(): { ms: number; words: number } {
  const started = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const text = article?.textContent ?? '';
  const doc = nlp(text);
  doc.organizations().out('array');
  doc.sentences().out('array');
  const ms = performance.now() - started;
  return { ms, words: text.split(/\s+/).filter(Boolean).length };
}

(globalThis as unknown as { __scBaseline: typeof runBaseline }).__scBaseline = runBaseline;
