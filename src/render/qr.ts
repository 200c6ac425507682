import { Marked, type Token, type TokenizerExtension, type RendererExtension, type TokensList } from 'marked';
import { parseQrLine, type QrLine } from '../deck/qr-line';
import { escapeHtml } from './escape-html';

interface QrToken {
  type: 'qr';
  raw: string;
  qr: QrLine;
}

/** The drawer, with lean-qr, arrives only for a deck that has a `.qr:` line. */
let draw: ((qr: QrLine) => string) | undefined;

/** Landslide's `.qr: <size>|<url>` line as a block of its own; it may end a paragraph, as Landslide's did. */
export const qrExtension: TokenizerExtension & RendererExtension = {
  name: 'qr',
  level: 'block',
  start: (src) => /^ {0,3}\.qr:/im.exec(src)?.index,
  tokenizer(src) {
    const found = parseQrLine(src);
    return found && { type: 'qr', raw: found.raw, qr: { size: found.size, url: found.url } };
  },
  renderer(token) {
    const { qr, raw } = token as unknown as QrToken;
    return draw?.(qr) ?? `<p>${escapeHtml(raw.trim())}</p>\n`;
  },
};

/** Loads the QR drawer if these tokens hold a `.qr:` line. */
export async function loadQr(tokens: TokensList): Promise<void> {
  if (draw) return;
  let found = false;
  new Marked().walkTokens(tokens as Token[], (token) => {
    if (token.type === 'qr') found = true;
  });
  if (found) draw = (await import('./qr-svg')).qrSvg;
}
