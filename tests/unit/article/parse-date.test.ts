import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../lib/article/metadata/parse-date';

describe('parseDate', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', null, '2021-11-01T10:52:50+01:00'],
    ['2015-03-27T13:07:55.096Z', null, '2015-03-27T13:07:55.096Z'],
    ['2024-06-25', null, '2024-06-25'],
    ['2019-04-28 06:01:00', null, '2019-04-28T06:01:00'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', null, '2019-11-19T10:48:00.000Z'],
    ['1574161542', null, '2019-11-19T11:05:42.000Z'],
    ['Nov. 19, 2019 10:48 PM', null, '2019-11-19T22:48:00'],
    ['20 April 2019', null, '2019-04-20'],
    ['London, 20 Apr', 2019, '2019-04-20'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', null, '2010-10-22T20:13:00'],
    ['5. März 2020', null, '2020-03-05'],
    ['Date 26.05.2019', null, '2019-05-26'],
    ['2019/05/24 18:30', null, '2019-05-24T18:30:00'],
  ])('%j (year %s) -> %s', (raw, year, expected) => {
    expect(parseDate(raw, year)).toBe(expected);
  });

  it.each([['garbage'], ['2019-02-30'], ['London, 20 Apr'], [''], [null], ['Updated 3 hours ago']])(
    '%j -> null',
    (raw) => {
      expect(parseDate(raw)).toBeNull();
    },
  );
});
