import type { AstroIntegration } from 'astro';
import { UNCONFIRMED_WARNING, type PortalAddress } from '../lib/portal.ts';

/** Warns on every build while staff have not confirmed the portal's address in unit.yaml. */
export function portalAddress(portal: PortalAddress): AstroIntegration {
  return {
    name: 'pzi:portal-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!portal.confirmed) logger.warn(UNCONFIRMED_WARNING);
      },
    },
  };
}
