/** Design tokens: global.css is the one source; TypeScript reads it, never copies it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCENT, parseTokens, token } from '../../src/lib/design-tokens.ts';

const CSS = readFileSync('src/styles/global.css', 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('design tokens', () => {
  it('parses the tokens layer of a stylesheet, comments skipped', () => {
    const css = '@layer a, tokens;\n@layer tokens {\n  :root {\n    /* c: d; */\n    --x: #123;\n    --space-s: .5rem;\n  }\n}\n.y { --z: 1px; }';
    expect(parseTokens(css)).toEqual({ x: '#123', 'space-s': '.5rem' });
    expect(() => parseTokens('.a { --x: 1; }')).toThrow(/tokens/);
  });

  it('reads the accent from global.css and refuses unknown names', () => {
    expect(ACCENT).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(CSS).toContain(`--accent: ${ACCENT};`);
    expect(() => token('tidak-ada')).toThrow(/--tidak-ada/);
  });

  it('is the only place in src/ that writes the accent colour', () => {
    const copies = files('src').filter((file) => !file.endsWith('global.css') && readFileSync(file, 'utf8').toLowerCase().includes(ACCENT.toLowerCase()));
    expect(copies).toEqual([]);
  });

  it('writes the breakpoint once, as custom media', () => {
    expect(CSS.match(/40rem/g)).toHaveLength(3); // the comment and the two @custom-media rules
    expect(CSS).not.toMatch(/@media[^{]*\d+(rem|px|em)/);
  });
});
