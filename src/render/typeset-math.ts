import temml from 'temml';
import { escapeHtml } from './escape-html';

/**
 * temml marks a sign or bracket that opens or closes a group (`x = -1`, `f(-x)`) with `form`, which
 * sets its spacing; DOMPurify drops that attribute. Spelled out as lspace/rspace, the spacing stays.
 */
const keepFormSpacing = (mathml: string): string =>
  mathml.replace(/<mo\b[^>]*>/g, (tag) => (/ form="(?:pre|post)fix"/.test(tag) && !tag.includes('lspace=') ? tag.replace('<mo', '<mo lspace="0em" rspace="0em"') : tag));

/**
 * A font with a MATH table, so brackets and roots stretch. Chromium's generic `math` family is one on
 * Windows and macOS, but on Linux often a plain serif. A theme may set --lectern-math-font.
 */
const MATH_FONT = "font-family:var(--lectern-math-font,'STIX Two Math','Cambria Math','Latin Modern Math','DejaVu Math TeX Gyre',math)";
const withMathFont = (mathml: string): string =>
  mathml.replace(/^<math\b[^>]*/, (tag) => (tag.includes(' style="') ? tag.replace(' style="', ` style="${MATH_FONT};`) : `${tag} style="${MATH_FONT}"`));

/** temml's message without the source it quotes again, underlined with combining characters. */
const errorMessage = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/( at position \d+| at end of input):[\s\S]*$/, '$1').trim();

/** TeX as MathML; broken TeX as its source and temml's message in a card, never a throw. */
export function typeset(tex: string, display: boolean): string {
  try {
    return withMathFont(keepFormSpacing(temml.renderToString(tex, { displayMode: display, throwOnError: true })));
  } catch (error) {
    const [tag, style] = display ? ['p', ''] : ['span', ' style="display:inline-block;padding:0.1em 0.5em"'];
    return `<${tag} class="render-failure math-error" role="note"${style}><code>${escapeHtml(tex)}</code> ${escapeHtml(errorMessage(error))}</${tag}>`;
  }
}
