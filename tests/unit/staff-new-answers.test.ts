import { describe, expect, it } from 'vitest';
import { cleanDraggedPath, parseStaffDate, pickMany, pickOne } from '../../scripts/new-answers.ts';

describe('answers npm run new accepts', () => {
  it.each([
    ["'/home/staf/Unduhan/Notulen Rapat SOP.pdf'", '/home/staf/Unduhan/Notulen Rapat SOP.pdf'],
    ['"/home/staf/Unduhan/Notulen Rapat SOP.pdf" ', '/home/staf/Unduhan/Notulen Rapat SOP.pdf'],
    ['file:///home/staf/Unduhan/Notulen%20Rapat%20SOP.pdf', '/home/staf/Unduhan/Notulen Rapat SOP.pdf'],
    ["'file:///home/staf/Unduhan/Foto%20(1).jpg'", '/home/staf/Unduhan/Foto (1).jpg'],
    ['/home/staf/Unduhan/Notulen\\ Rapat\\ \\(1\\).pdf', '/home/staf/Unduhan/Notulen Rapat (1).pdf'],
    ['/home/staf/notulen.pdf', '/home/staf/notulen.pdf'],
  ])('cleans the dragged path %s', (input, path) => {
    expect(cleanDraggedPath(input)).toBe(path);
  });

  it('expands ~ to the home folder', () => {
    expect(cleanDraggedPath('~/Unduhan/a.pdf', '/home/staf')).toBe('/home/staf/Unduhan/a.pdf');
  });

  it.each([['30/06/2022', '2022-06-30'], ['8/1/2022', '2022-01-08'], ['2022-06-30', '2022-06-30'], ['30-06-2022', '2022-06-30']])('reads the date %s as %s', (input, iso) => {
    expect(parseStaffDate(input)).toEqual({ value: iso });
  });

  it.each(['31/06/2022', '06/30/2022', '30/0', 'besok'])('refuses the date %s with what to write', (input) => {
    const answer = parseStaffDate(input);
    expect('error' in answer && answer.error).toMatch(/tidak ada di kalender|HH\/BB\/TTTT/);
  });

  it('picks by number or by text, and names the choices when neither fits', () => {
    const statuses = ['selesai', 'berjalan', 'tertunda'];
    expect(pickOne('2', statuses, 'status')).toEqual({ value: 'berjalan' });
    expect(pickOne('Tertunda', statuses, 'status')).toEqual({ value: 'tertunda' });
    expect(pickOne('4', statuses, 'status')).toEqual({ error: expect.stringContaining('selesai, berjalan, tertunda') });
    expect(pickMany('1, I.3.1 i.3.1', ['I.1.1', 'I.3.1'], 'indikator')).toEqual({ value: ['I.1.1', 'I.3.1'] });
    expect(pickMany('I.3.9', ['I.1.1', 'I.3.1'], 'indikator')).toEqual({ error: expect.stringContaining('"I.3.9"') });
  });
});
