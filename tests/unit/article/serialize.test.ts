import { describe, expect, it } from 'vitest';
import { serializeParagraphs } from '../../../lib/article/body/serialize';
import { html } from './load-fixture';

describe('serializeParagraphs', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    [
      'inline markup stays in its paragraph',
      '<p>A <b>bold</b> and <a href="#">linked</a> word.</p>',
      ['A bold and linked word.'],
    ],
    [
      'line breaks end paragraphs',
      '<p>Line one<br>Line two<br><br>Line three</p>',
      ['Line one', 'Line two', 'Line three'],
    ],
    [
      'table rows, cells joined',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
      ['A B', '1 2'],
    ],
    [
      'loose text in divs',
      '<div>Loose text<div>Nested block</div>tail</div>',
      ['Loose text', 'Nested block', 'tail'],
    ],
    ['list items', '<ul><li>First</li><li>Second</li></ul>', ['First', 'Second']],
    ['whitespace collapsed', '<p>  spread \n\n over   lines </p>', ['spread over lines']],
    ['scripts and buttons skipped', '<p>Kept</p><script>var x = 1;</script><button>Click</button>', ['Kept']],
  ])('%s', (_name, body, expected) => {
    expect(serializeParagraphs(html(body).body)).toEqual(expected);
  });

  it('stops adding paragraphs past the character cap', () => {
    const body = html(Array.from({ length: 100 }, () => `<p>${'x'.repeat(100)}</p>`).join('')).body;
    expect(serializeParagraphs(body, 1_000).length).toBeLessThan(12);
  });

  it('walks a 20,000-deep tree without overflowing the stack', () => {
    const doc = html('');
    let node: Element = doc.body;
    for (let i = 0; i < 20_000; i++) node = node.appendChild(doc.createElement('div'));
    node.textContent = 'deep';
    expect(serializeParagraphs(doc.body)).toEqual(['deep']);
  });
});
