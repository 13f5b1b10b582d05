/**
 * Issue 11, test 1 (corpus half): every page of the evaluation corpus through the page pipeline,
 * twice: no exception, a valid PageContext about the page's URL, the same output both times, and
 * within the same linear budgets as the generated pages. Split into shards so two cores share it.
 */
import { beforeAll, describe, it } from 'vitest';
import { readHtml } from '../../tools/dom';
import { CORPUS_MISSING, corpusShard } from './corpus';
import { installDomStepCounter } from './dom-steps';
import { runTwiceAndCheck } from './pipeline';

/** Declares the tests of shard `index` of `count`. */
export function describeCorpusShard(index: number, count: number): void {
  const pages = corpusShard(index, count);
  describe(`corpus pages through the pipeline (shard ${index + 1} of ${count})`, () => {
    beforeAll(installDomStepCounter);
    if (pages.length === 0) {
      // Skipped only where ../shared/corpus is absent (the project must pass without it); the
      // test's name says so.
      it.skip(CORPUS_MISSING, () => undefined);
      return;
    }
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s: valid, bounded, deterministic',
      (_name, page) => {
        runTwiceAndCheck(readHtml(page.path), page.url);
      },
    );
  });
}
