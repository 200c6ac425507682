import type { Tokens } from 'marked';
import { escapeHtml } from './escape-html';

/** `![alt](src "=50%")` or `"=600px"`: a width, not a tooltip. Capped, so no image is sized past the slide. */
const SIZE_TITLE = /^=(\d{1,4}(?:\.\d+)?)(%|px)$/;

/** The `<img>` of a Markdown image, sized by a `=N%` / `=Npx` title; undefined to render it as marked does. */
export function sizedImage({ href, text, title }: Tokens.Image): string | undefined {
  const size = SIZE_TITLE.exec(title?.trim() ?? '');
  if (!size) return undefined;
  const width = Math.min(Number(size[1]), size[2] === '%' ? 100 : 1280);
  return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}" style="width:${width}${size[2] ?? ''}">`;
}
