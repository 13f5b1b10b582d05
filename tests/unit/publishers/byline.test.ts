import { describe, expect, it } from 'vitest';
import { hasPersonalAuthor, isPersonalAuthor } from '../../../lib/publishers/byline';

const PUBLISHER = ['Aravia Focus', 'aravia-focus.org'];

describe('isPersonalAuthor', () => {
  it.each([
    [{ name: 'Maren Lindqvist' }, true],
    [{ name: 'By Maren Lindqvist' }, true],
    [{ name: 'José Álvarez-Ruiz' }, true],
    [{ name: 'Madonna', isPerson: true }, true],
    [{ name: 'Madonna' }, false],
    [{ name: 'Aravia Focus' }, false],
    [{ name: 'Aravia Focus', isPerson: true }, false],
    [{ name: 'ARAVIA-FOCUS' }, false],
    [{ name: 'aravia-focus.org' }, false],
    [{ name: 'Focus' }, false],
    [{ name: 'Staff' }, false],
    [{ name: 'Staff Reporter' }, false],
    [{ name: 'Valley Herald Staff' }, false],
    [{ name: 'Editorial Board' }, false],
    [{ name: 'Web Desk' }, false],
    [{ name: 'admin' }, false],
    [{ name: 'Associated Press' }, false],
    [{ name: 'Reuters' }, false],
    [{ name: 'Our Correspondent' }, false],
    [{ name: 'Tidewater Media Group', isPerson: false }, false],
    [{ name: 'https://www.facebook.com/someone' }, false],
  ])('%j -> %s', (author, expected) => {
    expect(isPersonalAuthor(author, PUBLISHER)).toBe(expected);
  });

  it('does not mistake a person for a short publisher name inside it', () => {
    expect(isPersonalAuthor({ name: 'Jo Fox' }, ['Fox', 'fox.example'])).toBe(true);
  });
});

describe('hasPersonalAuthor', () => {
  it.each([
    [[], false],
    [[{ name: 'Aravia Focus' }], false],
    [[{ name: 'Aravia Focus' }, { name: 'Leila Navabi' }], true],
  ])('%j -> %s', (authors, expected) => {
    expect(hasPersonalAuthor(authors, PUBLISHER)).toBe(expected);
  });
});
