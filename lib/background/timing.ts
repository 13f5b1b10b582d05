/**
 * Diagnostics the background keeps about its own cost, as User Timing entries in its global
 * scope (service worker or Firefox background page); `npm run bench` reads them from there.
 */

/** User-timing name of one article's organizations + claims pass (read by `npm run bench`). */
export const TEXT_ANALYSIS_MEASURE = 'sc-text-analysis';

/** Records how long the text analysis of `url` took, keeping at most the last 100 such entries. */
export function recordTextAnalysisTime(url: string, startedMs: number): void {
  try {
    if (performance.getEntriesByName(TEXT_ANALYSIS_MEASURE).length >= 100)
      performance.clearMeasures(TEXT_ANALYSIS_MEASURE);
    performance.measure(TEXT_ANALYSIS_MEASURE, { start: startedMs, detail: { url } });
  } catch {
    // Timing is a diagnostic; never let it fail a save.
  }
}
