/** Dates typed as clerks write them are stored as the day they meant, never a partial year. */
import { describe, expect, it } from 'vitest';
import { parseTypedDate, shownDate } from '../../src/lib/cms/typed-date.ts';

describe('typed dates', () => {
  it('reads day-month-year in every way a clerk types it', () => {
    for (const typed of ['30062022', '30/06/2022', '30-06-2022', '30.06.2022', ' 30/6/2022 ', '2022-06-30']) {
      expect(parseTypedDate(typed), typed).toBe('2022-06-30');
    }
    expect(parseTypedDate('1/2/2022')).toBe('2022-02-01');
  });

  it('refuses what is not a whole, real day: no partial year, no 31 June, no month-first guess', () => {
    for (const typed of ['3006202', '30/06/22', '30/06/0202x', '31/06/2022', '06/30/2022', '', '2022-6-30', '300620222']) {
      expect(parseTypedDate(typed), typed).toBeUndefined();
    }
  });

  it('shows a stored date the way it is typed', () => {
    expect(shownDate('2022-06-30')).toBe('30/06/2022');
    expect(shownDate('30/06')).toBe('30/06');
  });
});
