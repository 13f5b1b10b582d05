import { describe, expect, it, vi } from 'vitest';
import { compileOnFirstUse } from '../../../lib/claims/compile-patterns';

describe('compileOnFirstUse', () => {
  it('runs each pattern once, on a blank line of 1,000 characters, on the first call only', () => {
    const pattern = /\bsaid\b/i;
    const test = vi.spyOn(pattern, 'test');
    const compile = compileOnFirstUse([pattern]);
    expect(test).not.toHaveBeenCalled();
    compile();
    compile();
    expect(test).toHaveBeenCalledTimes(1);
    expect(test.mock.calls[0]![0]).toMatch(/^ {1000}$/);
  });

  it('leaves a global pattern ready to scan from the start, with the same matches', () => {
    const pattern = /\b(?:that|and)\b/gi;
    compileOnFirstUse([pattern])();
    expect(pattern.lastIndex).toBe(0);
    expect('this and that'.match(pattern)).toEqual(['and', 'that']);
  });
});
