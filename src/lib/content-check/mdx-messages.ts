import { withOriginal } from './developer-detail.ts';

/**
 * The MDX compiler's messages (English, written for developers) said in Indonesian with what to
 * do. Unknown messages get a general explanation; the original is kept behind PZI_DEBUG=1.
 */
const RULES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/Unexpected character after `<`, expected a valid JSX tag/, () => 'Tanda < diikuti sesuatu yang bukan nama tag (mis. "<3" atau "<https://…>"). Tulis \\< bila maksudnya "kurang dari", dan tulis tautan sebagai [teks](https://…).'],
  [/Unexpected end of file in expression, expected a corresponding closing brace for `\{`/, () => 'Tanda { dibuka tetapi tidak pernah ditutup. Tulis \\{ bila maksudnya kurung kurawal biasa.'],
  [/Could not parse expression/, () => 'Teks di antara { dan } dibaca sebagai rumus dan tidak dapat dibaca. Tulis \\{ bila maksudnya kurung kurawal biasa.'],
  [/Unexpected closing tag `<\/([\w.-]+)>`, expected corresponding closing tag for `<([\w.-]+)>`/, (m) => `Tag penutup </${m[1]}> tidak cocok dengan tag <${m[2]}> yang masih terbuka. Tutup dulu <${m[2]}> dengan </${m[2]}>.`],
  [/Unexpected closing tag `<\/([\w.-]+)>`, expected an open tag first/, (m) => `Tag penutup </${m[1]}> tidak punya pembuka <${m[1]}>. Hapus, atau tulis \\</${m[1]}> bila maksudnya teks biasa.`],
  [/Expected a closing tag for `<([\w.-]+)>`/, (m) => `Tag <${m[1]}> dibuka tetapi tidak ditutup. Tulis </${m[1]}> di paragraf yang sama (tag tanpa isi ditulis <${m[1]} />), atau \\<${m[1]}> bila maksudnya teks biasa.`],
  [/to create a comment in MDX/, () => 'Komentar <!-- … --> tidak dapat dipakai di MDX. Hapus komentarnya.'],
  [/Unexpected character .* (?:before|in) (?:name|attribute)/, () => 'Tanda < diikuti karakter yang tidak dapat memulai nama tag. Tulis \\< bila maksudnya tanda biasa.'],
  [/Unexpected (?:lazy line|end of file)/, () => 'Sebuah tag atau { … } belum ditutup sampai akhir bagian ini. Tutup tagnya, atau tulis \\< dan \\{ bila maksudnya tanda biasa.'],
];

/** Said when no rule knows the message; the caller adds the general MDX help. */
export const GENERAL_MDX = 'Penulisan ini tidak dapat dibaca.';

export function mdxMessage(original: string, env?: Record<string, string | undefined>): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(original);
    if (match) return withOriginal(say(match), original, env);
  }
  return withOriginal(GENERAL_MDX, original, env);
}
