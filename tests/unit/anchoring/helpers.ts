import { readFileSync } from 'node:fs';
import { describeSelection } from '../../../lib/anchoring/describe';
import type { DescribedSelection } from '../../../lib/anchoring/types';
import { parseDocument } from '../../tools/dom';

const FIXTURES = new URL('../../fixtures/anchoring/', import.meta.url);

/** A fixture file of tests/fixtures/anchoring as text. */
export function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A fixture page of tests/fixtures/anchoring as a Document. */
export function readFixturePage(name: string): Document {
  return parseDocument(readFixture(name));
}

/** Start of the `occurrence`-th (0-based) `phrase` in `text`; throws if missing, so a row cannot rot. */
export function locate(text: string, phrase: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`fixture lacks occurrence ${occurrence} of "${phrase}"`);
  }
  return at;
}

/** `[start, end)` of the `occurrence`-th `phrase` in `text`, any run of white space matching any other. */
export function locateLoosely(text: string, phrase: string, occurrence = 0): [number, number] {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const matches = [...text.matchAll(new RegExp(words.join('\\s+'), 'g'))];
  const match = matches[occurrence];
  if (match?.index === undefined) throw new Error(`fixture lacks occurrence ${occurrence} of "${phrase}"`);
  return [match.index, match.index + match[0].length];
}

/** Selectors for the `occurrence`-th `phrase` in `text`, as the extension would save them. */
export function selectPhrase(text: string, phrase: string, occurrence = 0): DescribedSelection {
  const start = locate(text, phrase, occurrence);
  return describeSelection(text, start, start + phrase.length);
}

/** `text` with every `from` replaced by `to`; throws when `from` is absent. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit target "${from}" not in text`);
  return text.split(from).join(to);
}

/** A Range stand-in for linkedom, whose Range lacks setStart/setEnd (browsers have them). */
export function withRangeSupport(doc: Document): Document {
  const createRange = () => {
    const range = { startContainer: doc, startOffset: 0, endContainer: doc, endOffset: 0 };
    return Object.assign(range, {
      setStart(node: Node, offset: number) {
        Object.assign(range, { startContainer: node, startOffset: offset });
      },
      setEnd(node: Node, offset: number) {
        Object.assign(range, { endContainer: node, endOffset: offset });
      },
    });
  };
  return new Proxy(doc, {
    get: (target, key) => (key === 'createRange' ? createRange : Reflect.get(target, key)),
  });
}
