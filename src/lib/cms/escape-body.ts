/**
 * What a clerk types as text stays text. In MDX `{` starts program code and `<` a tag, so the
 * check refuses a body with a bare `{`, `}` or `<`; the editor writes them escaped (`\{`, `\}`, `\<`)
 * on save instead of refusing, because a clerk who typed "<3 hari" or "{nama}" meant exactly those
 * characters. Code spans are left alone (MDX reads them literally), and an autolink `<https://…>`
 * (which MDX cannot read) becomes an ordinary link.
 */
const AUTOLINK = /<((?:https:\/\/|mailto:)[^\s<>]+)>/g;

function escapeText(text: string): string {
  // a character already preceded by an odd number of backslashes is escaped already
  return text.replace(/(\\*)([{}<])/g, (whole, slashes: string, char: string) => (slashes.length % 2 ? whole : `${slashes}\\${char}`));
}

export function escapeBody(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      // odd pieces of a split on backtick runs are inside a code span
      const pieces = line.replace(AUTOLINK, (_, url: string) => `[${url}](${url})`).split(/(`+[^`]*`+)/);
      return pieces.map((piece, index) => (index % 2 ? piece : escapeText(piece))).join('');
    })
    .join('\n');
}
