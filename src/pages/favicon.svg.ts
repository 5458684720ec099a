import type { APIRoute } from 'astro';
import { ACCENT, ACCENT_INK } from '../lib/design-tokens.ts';

/** The site icon, drawn in the accent colour of the design tokens (src/styles/global.css). */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${ACCENT}"/><path d="M9 9h14L9 23h14" fill="none" stroke="${ACCENT_INK}" stroke-width="3.5" stroke-linejoin="round" stroke-linecap="round"/></svg>\n`,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
