import QRCode from 'qrcode';

/**
 * A QR code as an SVG string, generated at build time (no JavaScript on the page).
 * Error correction "M" survives a crease or a dirty banner; the 4-module quiet zone is what scanners need.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // The SVG is decorative inside a labelled figure: its text alternative is the printed URL.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
