/** Whether a request path is the staff editor (/admin/ and its files) under the site's base path. */
export function isAdminPath(pathname: string, base = '/'): boolean {
  const prefix = `${base.replace(/\/?$/, '/')}admin`;
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}
