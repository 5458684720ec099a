import type { APIRoute } from 'astro';
import { getUnit } from '../lib/unit.ts';
import { t } from '../lib/i18n.ts';
import { ACCENT } from '../lib/design-tokens.ts';
import { faviconPath, homePath, withBase } from '../lib/url.ts';

/** Web app manifest with base-aware URLs. */
export const GET: APIRoute = async () => {
  const unit = await getUnit();
  const manifest = {
    name: `${unit.siteName} ${unit.shortName}`,
    short_name: unit.siteName,
    description: t('manifest.description'),
    lang: 'id',
    start_url: withBase(homePath()),
    scope: withBase(homePath()),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: ACCENT,
    icons: [{ src: withBase(faviconPath()), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
