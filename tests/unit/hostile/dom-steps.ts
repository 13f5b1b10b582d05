/**
 * Counts the work lib/ does on a linkedom document, as calls into the DOM (every method and
 * getter of Node, Element, Document and their mixins), so "bounded" is a step count and not a
 * wall-clock threshold that flakes on a busy CI machine. linkedom's classes are shared by every
 * document it parses (and by Readability's clones), so one patch counts them all.
 */
import { parseDocument } from '../../tools/dom';

let steps = 0;
let installed = false;

function countCalls(proto: object): void {
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d?.configurable) continue;
    if (typeof d.value === 'function') {
      const original = d.value as (...args: unknown[]) => unknown;
      d.value = function (this: unknown, ...args: unknown[]) {
        steps++;
        return original.apply(this, args);
      };
    } else if (d.get) {
      const get = d.get;
      d.get = function (this: unknown) {
        steps++;
        return get.call(this);
      };
    } else continue;
    Object.defineProperty(proto, name, d);
  }
}

/** Patches linkedom's prototypes (once per test file: vitest isolates files). */
export function installDomStepCounter(): void {
  if (installed) return;
  installed = true;
  const doc = parseDocument('<!doctype html><html><body><p>x<!--c--></p></body></html>');
  const samples: object[] = [doc, doc.body, doc.body.firstChild!, doc.body.firstChild!.firstChild!];
  samples.push(doc.body.firstChild!.lastChild!);
  const seen = new Set<object>();
  for (const sample of samples) {
    for (let p = Object.getPrototypeOf(sample) as object | null; p && p !== Object.prototype;) {
      if (!seen.has(p)) countCalls(p);
      seen.add(p);
      p = Object.getPrototypeOf(p) as object | null;
    }
  }
}

/** Runs `work` and returns its result with the DOM calls it made. */
export function countDomSteps<T>(work: () => T): { value: T; steps: number } {
  const before = steps;
  const value = work();
  return { value, steps: steps - before };
}

/** Elements in a document (counted without patched calls skewing the count). */
export function countElements(html: string): number {
  return (html.match(/<[a-zA-Z]/g) ?? []).length;
}
