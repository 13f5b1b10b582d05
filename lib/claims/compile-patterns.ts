/**
 * Machine code for the claims pass's large patterns from their first sentence. V8 runs a regular
 * expression's first call in its regexp interpreter (compiling it to bytecode first) and compiles
 * it to machine code on a later call: for the long word alternations of cues.ts and
 * attribution.ts the bytecode step costs more than the machine code (named-actor: 3.5 ms for its
 * first two calls, 0.7 ms compiled at once, in a fresh Node 20 process). A call on a subject of
 * 1,000 characters or more skips the interpreter (V8's kTierUpForSubjectLengthValue), so each
 * pattern is given one such call, on a blank line, before its first use: the claims pass's first
 * article in a fresh process went from about 25-30 to 19 ms per 1,000 words (median of 30
 * fresh processes). Elsewhere it costs a scan of the blank line.
 */

const BLANK_LINE = ' '.repeat(1_000);

/**
 * A function that, on its first call only, compiles `patterns` as the header says. None of them
 * may match white space alone, so that a global pattern's `lastIndex` stays 0.
 */
export function compileOnFirstUse(patterns: readonly RegExp[]): () => void {
  let compiled = false; // a memo of constants: losing it with the worker only costs time
  return () => {
    if (compiled) return;
    compiled = true;
    for (let i = 0; i < patterns.length; i++) patterns[i]!.test(BLANK_LINE);
  };
}
