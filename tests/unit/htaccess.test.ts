import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BY_EXTENSION } from '../../src/lib/evidence/facts.ts';
import { headerRules, htaccess, publishedTypes } from '../../src/lib/publish/htaccess.ts';
import { ADMIN_POLICY, FILE_POLICY, HEADER_POLICY, SEARCH_POLICY } from '../../src/lib/security/csp.ts';

describe('.htaccess for shared Apache hosting', () => {
  it('carries every policy of src/lib/security/csp.ts and the site\'s own 404, at the root and under a path', () => {
    for (const [base, prefix] of [['/', '/'], ['/zona-integritas', '/zona-integritas/'], ['/zi/', '/zi/']] as const) {
      const text = htaccess(base);
      for (const policy of [ADMIN_POLICY, FILE_POLICY, HEADER_POLICY, SEARCH_POLICY]) expect(text).toContain(`"${policy}"`);
      expect(text).toContain(`ErrorDocument 404 ${prefix}404.html`);
      expect(text).toContain(`m#^${prefix.replaceAll('/', '/')}admin/#`);
      expect(text).toMatch(/^Options -Indexes$/m);
      expect(text).toContain('RewriteRule (^|/)\\. - [R=404,L]');
    }
  });

  it('types every evidence file as the register promises', () => {
    const types = publishedTypes();
    for (const [ext, type] of Object.entries(BY_EXTENSION)) expect(types.get(ext), ext).toBe(type);
    for (const [ext, type] of Object.entries(BY_EXTENSION)) expect(htaccess('/')).toMatch(new RegExp(`^AddType ${type.replace(/[.+]/g, '\\$&')} .*\\${ext}( |$)`, 'm'));
  });

  it('apache-subpath.conf carries the same header rules in its <Location> (the twin of nginx ^~)', () => {
    const conf = readFileSync('scripts/deploy/apache-subpath.conf', 'utf8');
    const block = /<Location "\/zona-integritas\/">\n([\s\S]*?)\n<\/Location>/.exec(conf)?.[1];
    expect(block?.split('\n').map((line) => line.replace(/^ {4}/, ''))).toEqual(headerRules('/zona-integritas/'));
  });
});
