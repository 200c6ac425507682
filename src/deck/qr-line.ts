/**
 * Landslide's `.qr: 450|https://example.org` line: a QR code of that many
 * canvas pixels for that URL. Only http(s) URLs make a code; any other line
 * stays text, so a `javascript:` URL can never become a link.
 */
export interface QrLine {
  /** Side of the code in canvas pixels. */
  size: number;
  url: string;
}

const QR_LINE = /^ {0,3}\.qr:[ \t]*(\d{1,4})[ \t]*\|[ \t]*(https?:\/\/\S+)[ \t]*(?:\n|$)/i;
/** Smaller than this, no phone reads it across a room; larger, it would not fit the canvas. */
const MIN_SIZE = 64;
const MAX_SIZE = 2000;

/** The QR code a line asks for, or undefined. Also matches at the start of a longer text, for a Markdown tokenizer. */
export function parseQrLine(text: string): (QrLine & { raw: string }) | undefined {
  const match = QR_LINE.exec(text);
  if (!match) return undefined;
  const size = Math.min(Math.max(Number(match[1]), MIN_SIZE), MAX_SIZE);
  return { size, url: match[2] ?? '', raw: match[0] };
}
