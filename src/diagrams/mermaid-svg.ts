import mermaid, { type MermaidConfig } from 'mermaid';
import { LruCache } from '../render/lru-cache';
import { sanitizeSvg } from '../render/sanitize-svg';
import type { ThemeName } from '../themes/theme-names';

/** A larger source is not drawn: Mermaid lays out on the main thread, and the talk must not freeze. */
export const DIAGRAM_SOURCE_CAP = 20 * 1024;
/** Far more than the slide, its neighbours, the presenter's panes and the overview's thumbnails show. */
const CACHED = 64;

export type Drawn = { svg: string } | { error: string };

const HIGH_CONTRAST = {
  darkMode: true,
  background: '#000',
  primaryColor: '#000',
  primaryTextColor: '#fff',
  primaryBorderColor: '#fff',
  secondaryColor: '#1a1a1a',
  tertiaryColor: '#000',
  lineColor: '#ffeb3b',
  textColor: '#fff',
  noteBkgColor: '#1a1a1a',
  noteTextColor: '#fff',
};

/** Mermaid's look for each of Lectern's themes. */
function config(theme: ThemeName): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    // An error is our card, not Mermaid's picture of a bomb left in the page.
    suppressErrorRendering: true,
    // Text as SVG <text>: HTML labels would need <foreignObject>, which the sanitizer removes.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    // Journeys and timelines put text in <foreignObject> unless told otherwise.
    journey: { textPlacement: 'tspan' },
    timeline: { textPlacement: 'tspan' },
    maxTextSize: DIAGRAM_SOURCE_CAP,
    // Keys a diagram's own `%%{init}%%` may not change: Mermaid's defaults, and what keeps its output plain SVG.
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'htmlLabels', 'flowchart', 'journey', 'timeline', 'themeCSS', 'fontFamily'],
    ...(theme === 'light' ? { theme: 'default' } : theme === 'dark' ? { theme: 'dark' } : { theme: 'base', themeVariables: HIGH_CONTRAST }),
  };
}

const drawn = new LruCache<string, Promise<Drawn>>(CACHED);
let made = 0;
let configured: ThemeName | undefined;
let scratch: HTMLElement | undefined;
/** One drawing at a time: Mermaid's settings (the theme) are global to the page. */
let queue: Promise<unknown> = Promise.resolve();

/** Where Mermaid measures its text while drawing: in the page (it needs layout) but never seen. */
function scratchpad(): HTMLElement {
  if (!scratch?.isConnected) {
    scratch = document.createElement('div');
    scratch.setAttribute('aria-hidden', 'true');
    scratch.style.cssText = 'position:fixed;left:-20000px;top:0;width:1280px;visibility:hidden;pointer-events:none';
    document.body.append(scratch);
  }
  return scratch;
}

async function draw(source: string, theme: ThemeName): Promise<Drawn> {
  if (source.length > DIAGRAM_SOURCE_CAP) {
    return { error: `This diagram is ${Math.round(source.length / 1024)} KB, over the ${DIAGRAM_SOURCE_CAP / 1024} KB Lectern draws.` };
  }
  try {
    if (configured !== theme) mermaid.initialize(config(theme));
    configured = theme;
    const { svg } = await mermaid.render(`lectern-diagram-${++made}`, source, scratchpad());
    return { svg: sanitizeSvg(svg) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    scratch?.replaceChildren();
  }
}

/** The diagram as sanitized SVG, or Mermaid's message; drawn once per source and theme. */
export function diagramSvg(source: string, theme: ThemeName): Promise<Drawn> {
  const key = `${theme}\n${source}`;
  let result = drawn.get(key);
  if (!result) {
    // A task between drawings, so that a key pressed meanwhile is handled before the next one.
    result = queue.then(() => new Promise((next) => setTimeout(next))).then(() => draw(source, theme));
    queue = result;
    drawn.set(key, result);
  }
  return result;
}
