import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../lib/article/body/date-lines';
import { dropFurnitureLines, isFurnitureLine } from '../../../lib/article/body/noise-lines';

describe('isFurnitureLine', () => {
  it.each([
    'Published 1 day ago',
    'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'Photo: Harbour Council',
    'The barrier at dusk (Image: GETTY)',
    'Getty Images',
    'Caption',
    'Advertisement',
    'Continue Reading Below',
    'Related: Ten storms that shaped the coast',
    'SEE MORE: Storm latest',
    'CLICK HERE TO GET THE APP',
    'Sign up for our newsletter and get the top stories in your inbox every morning.',
    'Follow us on Twitter for live updates from the coast.',
    'Have a tip? Reach the author by email. Follow her on Twitter @writer.',
    '© 2024 The Daily Fixture. All rights reserved.',
    'By Ada Lovelace',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'BY ADA LOVELACE AND GRACE HOPPER',
    'Tempo de leitura: 1 minuto',
    'Every business has a story.Click To Tweet',
  ])('drops %j', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    'The river flood barrier held back a surge of more than two metres on Saturday night.',
    'By Tuesday, officials said the toll had risen to twelve.',
    'by the way, we went home',
    'The meeting is at 5 pm on May 3 in the town hall.',
    'Residents relieved',
    'x'.repeat(300),
  ])('keeps %j', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it('drops a repeat of the headline near the top', () => {
    expect(dropFurnitureLines(['Flood barrier holds!', 'Story text.'], 'Flood barrier holds')).toEqual([
      'Story text.',
    ]);
  });
});

describe('isDateLine', () => {
  it.each([
    ['Nov. 20, 2019 6:02 AM EST', true],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019', true],
    ['20.11.2019, 10:15 Uhr', true],
    ['In 2019, sales rose 3%', false],
    ['Updated daily', false],
  ])('%j -> %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});
