/**
 * The name a file should have on the site: lower-case letters, digits and "-" only, plus its
 * extension in lower case. "Foto Rapat (1).JPG" → "foto-rapat-1.jpg". The content check uses it to
 * tell staff what to rename a file to.
 */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const safeStem = slug(stem) || 'berkas';
  const safeExtension = slug(extension).replace(/-/g, '');
  return safeExtension ? `${safeStem}.${safeExtension}` : safeStem;
}
