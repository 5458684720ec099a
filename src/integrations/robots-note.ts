import type { AstroIntegration } from 'astro';

/**
 * The line an administrator must add to the HOST's /robots.txt when the site lives under a
 * sub-path: crawlers read robots.txt only at the root of a host, so the build's own
 * `<base>/robots.txt` (and the sitemap it names) is never seen there. Undefined at a domain root.
 */
export function hostRobotsLine(site: URL | string | undefined, base: string): string | undefined {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`;
  if (path === '//' || !site) return undefined;
  return `Sitemap: ${new URL(`${path}sitemap-index.xml`, site).href}`;
}

/** Prints {@link hostRobotsLine} at the end of a sub-path build, for the administrator. */
export function robotsNote(): AstroIntegration {
  let line: string | undefined;
  let base = '/';
  return {
    name: 'pzi:robots-note',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        line = hostRobotsLine(config.site, config.base);
      },
      'astro:build:done': ({ logger }) => {
        if (!line) return;
        logger.info(
          `Situs dibangun untuk path ${base.replace(/\/?$/, '/')}: perayap hanya membaca robots.txt di akar host. ` +
            `Administrator: tambahkan baris ini ke /robots.txt milik host:\n    ${line}`,
        );
      },
    },
  };
}
