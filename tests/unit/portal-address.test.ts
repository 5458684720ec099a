import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import Poster from '../../src/components/channels/Poster.astro';
import { isUnconfirmedSite, portalUrl, resolvePortal, UNCONFIRMED_SITE } from '../../src/lib/portal.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const UNIT = { name: 'Komisi Uji', shortName: 'KPU Uji', siteName: 'Portal Uji', website: 'https://uji.kpu.go.id' };

/**
 * Rasterises the SVG the `qrcode` package writes (one stroked path of horizontal runs, "M x y.5 h n m dx dy h n …",
 * one unit per module) into RGBA pixels, scale× per module, and decodes them with jsQR: the QR code is read as a
 * scanner would, not compared as text.
 */
function decodeQrSvg(svg: string, scale = 8): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Set<number>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) dark.add(Math.floor(y) * size + x + i);
      x += Number(a);
    }
  }
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const value = dark.has(Math.floor(py / scale) * size + Math.floor(px / scale)) ? 0 : 255;
      pixels.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('resolvePortal', () => {
  it('turns a confirmed address into Astro site and base', () => {
    expect(resolvePortal({ url: 'https://contoh.kpu.go.id/zi/', confirmedAt: new Date('2022-06-30') })).toEqual({
      confirmed: true,
      url: 'https://contoh.kpu.go.id/zi/',
      confirmedAt: '2022-06-30',
      site: 'https://contoh.kpu.go.id',
      base: '/zi/',
    });
  });

  it.each([
    ['an empty url', { url: '' }],
    ['a url without confirmedAt', { url: 'https://contoh.kpu.go.id/zi/' }],
    ['an http url', { url: 'http://contoh.kpu.go.id/zi/', confirmedAt: '2022-06-30' }],
    ['no portal block', undefined],
  ])('is unconfirmed with %s: site on the reserved .invalid host, base /', (_, portal) => {
    const result = resolvePortal(portal);
    expect(result).toEqual({ confirmed: false, site: UNCONFIRMED_SITE, base: '/' });
    expect(new URL(result.site).hostname.endsWith('.invalid')).toBe(true);
    expect(isUnconfirmedSite(result.site)).toBe(true);
  });

  it('builds QR URLs under the confirmed address only', () => {
    expect(portalUrl(resolvePortal({ url: 'https://contoh.kpu.go.id/zi/', confirmedAt: '2022-06-30' }), '/pengaduan/')).toBe('https://contoh.kpu.go.id/zi/pengaduan/');
    expect(portalUrl(resolvePortal({ url: '' }), '/pengaduan/')).toBeUndefined();
  });
});

describe('unit.yaml portal field', () => {
  it('accepts an empty url and a confirmed one, and rejects an address without the closing slash', () => {
    expect(unitSchema.parse({ ...UNIT, portal: { url: '' } }).portal.url).toBe('');
    expect(unitSchema.parse(UNIT).portal.url).toBe('');
    expect(unitSchema.parse({ ...UNIT, portal: { url: 'https://contoh.kpu.go.id/zi/', confirmedAt: '2022-06-30' } }).portal.confirmedAt).toEqual(new Date('2022-06-30'));
    const wrong = unitSchema.safeParse({ ...UNIT, portal: { url: 'https://contoh.kpu.go.id/zi', confirmedAt: '2022-06-30' } });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toContain('garis miring');
  });
});

describe('Poster', () => {
  const render = async (portal: object) => {
    const container = await AstroContainer.create();
    const unit = unitSchema.parse({ ...UNIT, portal });
    return container.renderToString(Poster, { props: { title: 'Lapor', lines: ['Satu baris.'], path: '/pengaduan/', unit } });
  };

  it('prints a QR code that decodes to the page under the confirmed address', async () => {
    const html = await render({ url: 'https://contoh.kpu.go.id/zi/', confirmedAt: '2022-06-30' });

    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(decodeQrSvg(svg)).toBe('https://contoh.kpu.go.id/zi/pengaduan/');
    expect(html).not.toContain('poster-no-qr');
  });

  it('prints no QR code and says why while the address is unconfirmed', async () => {
    const html = await render({ url: '' });

    expect(html).not.toContain('<svg');
    expect(html).toContain('Alamat portal belum dikonfirmasi');
    expect(html).toContain('KPU Uji');
  });
});
