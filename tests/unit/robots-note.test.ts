import { describe, expect, it } from 'vitest';
import { hostRobotsLine } from '../../src/integrations/robots-note.ts';

describe('the robots.txt line for a sub-path deployment', () => {
  it('names the sitemap under the sub-path, absolute', () => {
    expect(hostRobotsLine('https://example.go.id', '/zona-integritas')).toBe('Sitemap: https://example.go.id/zona-integritas/sitemap-index.xml');
    expect(hostRobotsLine(new URL('https://example.go.id/'), '/zona-integritas/')).toBe('Sitemap: https://example.go.id/zona-integritas/sitemap-index.xml');
  });

  it('is not needed at a domain root (the build\'s own robots.txt is the host\'s)', () => {
    expect(hostRobotsLine('https://example.go.id', '/')).toBeUndefined();
    expect(hostRobotsLine('https://example.go.id', '')).toBeUndefined();
  });
});
