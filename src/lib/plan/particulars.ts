/**
 * The decree's particulars as the pages write them: a year imported from the office's sheet may
 * lack some until staff fill them in (src/schemas/decree.ts), and the pages then say so in words
 * rather than leave a gap or invent a value.
 */
import type { Decree } from '../../schemas/decree.ts';
import { formatDate } from '../format.ts';
import { t } from '../i18n.ts';

export interface DecreeText {
  number: string;
  date: string;
  place: string;
  title: string;
  validUntil: string;
}

export function decreeText(decree: Decree): DecreeText {
  const missing = t('decree.notFilled');
  return {
    number: decree.number === undefined ? missing : String(decree.number),
    date: decree.date ? formatDate(decree.date) : missing,
    place: decree.place ?? missing,
    title: decree.title ?? missing,
    validUntil: decree.validUntil ? formatDate(decree.validUntil) : missing,
  };
}

/** The particulars the decree file does not have yet, by their names on the decree page. */
export function missingParticulars(decree: Decree): string[] {
  const checks: [boolean, string][] = [
    [decree.number === undefined, 'nomor'],
    [!decree.date, 'tanggal penetapan'],
    [!decree.title, 'judul (tentang)'],
    [!decree.place, 'tempat penetapan'],
    [!decree.signedBy, 'penanda tangan'],
    [decree.recalling.length === 0, 'dasar hukum (mengingat)'],
    [decree.considering.length === 0, 'menimbang'],
    [decree.dicta.length === 0, 'diktum'],
    [!decree.validUntil, 'masa berlaku'],
  ];
  return checks.filter(([absent]) => absent).map(([, name]) => name);
}
