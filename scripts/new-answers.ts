// What `npm run new` accepts as an answer, as pure functions (tested in tests/unit/staff-new-answers.test.ts).
// Each returns the value or a message in Indonesian saying what is allowed.

export type Answer<T> = { value: T } | { error: string };

/**
 * A path as a file manager or terminal hands it over when a file is dragged in: quoted
 * ('…' or "…"), as a file:// URL (with %20 for spaces), or with backslash-escaped spaces.
 */
export function cleanDraggedPath(input: string, home = ''): string {
  let path = input.trim();
  if (path.length >= 2 && (path[0] === '"' || path[0] === "'") && path.at(-1) === path[0]) path = path.slice(1, -1);
  if (/^file:\/\//i.test(path)) {
    path = path.replace(/^file:\/\/(?:localhost)?/i, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // a lone "%" belongs to the name
    }
  } else if (path.startsWith('/') || path.startsWith('~')) {
    // a terminal escapes spaces instead of quoting: /home/staf/Notulen\ Rapat.pdf
    path = path.replace(/\\([ ()'"&!$])/g, '$1');
  }
  if (home && /^~(?=\/|$)/.test(path)) path = home + path.slice(1);
  return path;
}

/** "2022-06-30", "30/06/2022", "8/1/2022", "30-06-2022" → "2022-06-30" (day first, as written in Indonesia). */
export function parseStaffDate(input: string): Answer<string> {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (year && month && day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) {
      return { value: date.toISOString().slice(0, 10) };
    }
    return { error: `Tanggal "${text}" tidak ada di kalender. Periksa hari dan bulannya.` };
  }
  return { error: `"${text}" bukan tanggal. Tulis HH/BB/TTTT (mis. 30/06/2022) atau TTTT-BB-HH (mis. 2022-06-30).` };
}

/** A year of the plan: four digits, one of `known`. */
export function parseYear(input: string, known: readonly string[]): Answer<string> {
  const text = input.trim();
  if (known.includes(text)) return { value: text };
  return { error: `Tidak ada rencana aksi tahun "${text}". Tahun yang ada: ${known.join(', ') || 'tidak ada'}.` };
}

/**
 * One choice from a numbered list: its number or its text (case-insensitive).
 * `2` or `berjalan` for ["selesai", "berjalan", "tertunda"].
 */
export function pickOne(input: string, choices: readonly string[], what: string): Answer<string> {
  const text = input.trim();
  const byNumber = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
  const byText = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  const value = byNumber ?? byText;
  if (value) return { value };
  return { error: `"${text}" bukan ${what} yang ada. Pilih nomor 1–${choices.length} atau tulis salah satu: ${choices.join(', ')}.` };
}

/** Several choices, separated by commas or spaces: numbers or texts, e.g. "1, 3" or "I.1.1,I.3.1". */
export function pickMany(input: string, choices: readonly string[], what: string): Answer<string[]> {
  const parts = input.split(/[,;\s]+/).map((part) => part.trim()).filter(Boolean);
  if (!parts.length) return { error: `Isi paling sedikit satu ${what}.` };
  const values: string[] = [];
  const wrong: string[] = [];
  for (const part of parts) {
    const picked = pickOne(part, choices, what);
    if ('value' in picked) {
      if (!values.includes(picked.value)) values.push(picked.value);
    } else {
      wrong.push(part);
    }
  }
  if (wrong.length) return { error: `${wrong.map((part) => `"${part}"`).join(', ')} bukan ${what} yang ada. Pilih nomor dari daftar (mis. 1,3) atau tulis kodenya.` };
  return { value: values };
}
