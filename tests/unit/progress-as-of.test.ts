import { describe, expect, it } from 'vitest';
import { jakartaDay, readAsOf } from '../../src/lib/progress/as-of.ts';

describe('readAsOf', () => {
  it('takes PZI_AS_OF when it is a real day', () => {
    expect(readAsOf({ PZI_AS_OF: '2022-09-15' }, new Date('2030-01-01T00:00:00Z'))).toBe('2022-09-15');
  });

  it('defaults to the build day in Jakarta', () => {
    const lateEveningUtc = new Date('2022-05-31T20:00:00Z');

    expect(readAsOf({}, lateEveningUtc)).toBe('2022-06-01');
    expect(readAsOf({ PZI_AS_OF: '  ' }, lateEveningUtc)).toBe(jakartaDay(lateEveningUtc));
  });

  it('rejects a value that is not YYYY-MM-DD, saying how to write it', () => {
    expect(() => readAsOf({ PZI_AS_OF: '15/09/2022' })).toThrow(/PZI_AS_OF="15\/09\/2022" bukan tanggal yang sah.*YYYY-MM-DD/);
  });

  it('rejects a day that does not exist', () => {
    expect(() => readAsOf({ PZI_AS_OF: '2022-02-30' })).toThrow(/bukan tanggal yang sah/);
  });
});
