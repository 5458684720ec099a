/**
 * Turns the bytes of a spreadsheet export into text. Office tools save CSV as UTF-8 (with or
 * without a BOM) or, for Excel's "Unicode Text", as UTF-16 with a BOM; anything else (ANSI,
 * Windows-1252) would garble names silently, so it is refused with a message saying how to re-save.
 */
export type DecodedCsv = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { error: string };

const RESAVE = 'Simpan ulang dari spreadsheet sebagai "CSV UTF-8 (dipisahkan koma)" (Excel: File › Simpan Sebagai › CSV UTF-8; LibreOffice: set karakter Unicode (UTF-8)).';

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = utf8Bom ? bytes.subarray(3) : bytes;
  // UTF-16 without its BOM: every other byte of plain text is zero.
  const sample = body.subarray(0, 400);
  const zeros = sample.filter((byte) => byte === 0).length;
  if (sample.length >= 4 && zeros * 3 >= sample.length) {
    return { error: `Berkas tampaknya disimpan sebagai UTF-16 tanpa penanda (BOM), sehingga isinya tidak dapat dibaca dengan pasti. ${RESAVE}` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { error: `Berkas tidak disimpan sebagai UTF-8 (mungkin "CSV (dipisahkan koma)" biasa, yang memakai pengodean ANSI/Windows-1252), sehingga huruf di dalamnya bisa rusak. ${RESAVE}` };
  }
}

/** The separator of a CSV: the one of comma, semicolon and tab that occurs most often, outside quotes, in its first line. */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}
