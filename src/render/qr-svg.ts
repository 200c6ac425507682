import { generate } from 'lean-qr';
import type { QrLine } from '../deck/qr-line';
import { escapeHtml } from './escape-html';

/** The standard's quiet zone, in modules: without it some phones do not find the code. */
const QUIET = 4;

/**
 * A QR code as inline SVG of `size` canvas pixels, black on white whatever
 * the theme (a reader needs the contrast), inside a link to its URL.
 */
export function qrSvg({ size, url }: QrLine): string {
  const code = generate(url);
  const n = code.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < n && code.get(x + run, y)) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  const side = n + 2 * QUIET;
  const label = escapeHtml(`QR code: ${url}`);
  return (
    `<p class="qr"><a href="${escapeHtml(url)}">` +
    `<svg role="img" aria-label="${label}" width="${size}" height="${size}" viewBox="${-QUIET} ${-QUIET} ${side} ${side}" shape-rendering="crispEdges" style="vertical-align:top">` +
    `<rect x="${-QUIET}" y="${-QUIET}" width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg></a></p>\n`
  );
}
