/**
 * Per-slide classes, layouts and backgrounds, in the dialects decks are
 * already written in. Loaded only for a deck that uses one (see
 * `mayHaveLooks`), so that the parser of every other deck stays small.
 *
 * Where the settings come from, for slide n:
 * - the deck's front matter (`layout`, `class`, `bg`/`background`): the first
 *   slide, as Slidev reads it; Marp's (`marp: true`) `class`, `backgroundColor`
 *   and `backgroundImage`: every slide;
 * - Slidev per-slide front matter between the separators before it;
 * - remark property lines at its top (`class:`, `layout:`, `background-image:`);
 * - reveal.js, Marp and Landslide directives inside it (slide-directives).
 */
import type { Deck, Slide, SlideBackground } from './types';
import { splitDeck } from './parse-deck';
import { readYaml, type YamlMap } from './yaml-block';
import { isSlidevSettings } from './slide-properties';
import { readDirectives, type Settings } from './slide-directives';
import { backgroundOf, classNames, cssColour, imageUrl, layoutName } from './look-values';

/** Layouts a class may stand for when no layout is named (`<!-- _class: section -->`). */
const CLASS_LAYOUTS = new Set(['title', 'section', 'two-columns', 'image', 'quote', 'code']);

function settingsOf(data: YamlMap | undefined): Settings {
  const settings: Settings = {};
  for (const [key, value] of Object.entries(data ?? {})) if (typeof value === 'string') settings[key.toLowerCase()] = value;
  return settings;
}

/** remark's property lines, as settings. */
function remarkSettings(lines: string[]): Settings {
  const settings: Settings = {};
  for (const line of lines) {
    const match = /^(class|layout|background-image):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match) break;
    settings[match[1] ?? ''] = match[2] ?? '';
  }
  return settings;
}

interface Look {
  classes: string[];
  layout?: string;
  background: SlideBackground;
}

function applySettings(look: Look, settings: Settings, deckUrl: string): void {
  if (settings.class !== undefined) look.classes.push(...classNames(settings.class));
  const layout = settings.layout === undefined ? undefined : layoutName(settings.layout);
  if (layout !== undefined) look.layout = layout;
  const bg = settings.bg ?? settings.background;
  if (bg !== undefined) Object.assign(look.background, backgroundOf(bg, deckUrl));
  const image = settings['background-image'] ?? settings.backgroundimage ?? settings.image;
  const url = image === undefined ? undefined : imageUrl(image, deckUrl);
  if (url !== undefined) look.background.image = url;
  const color = settings.backgroundcolor === undefined ? undefined : cssColour(settings.backgroundcolor);
  if (color !== undefined) look.background.color = color;
}

/** The deck with each slide's classes, layout and background, and its directives taken out of its Markdown. */
export function withLooks(deck: Deck, source: string, deckUrl: string): Deck {
  const [front, lines, kinds, , shown, ranges, all] = splitDeck(source);
  const frontSettings = settingsOf(front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined);
  const marp = frontSettings.marp === 'true';
  const sticky: Settings = {};
  if (marp) for (const key of ['class', 'backgroundcolor', 'backgroundimage']) if (frontSettings[key] !== undefined) sticky[key] = frontSettings[key];
  const slides = deck.slides.map((slide, index): Slide => {
    const range = shown[index];
    if (!range) return slide;
    const found = readDirectives(slide.markdown);
    Object.assign(sticky, found.sticky);
    const look: Look = { classes: [], background: {} };
    applySettings(look, sticky, deckUrl);
    if (index === 0 && !marp) applySettings(look, frontSettings, deckUrl);
    const before = ranges[ranges.indexOf(range) - 1];
    if (before && !shown.includes(before) && isSlidevSettings(lines.slice(before.start, before.end))) {
      applySettings(look, settingsOf(readYaml(lines.slice(before.start, before.end))), deckUrl);
    }
    if (kinds[range.start] === 'text') applySettings(look, remarkSettings(lines.slice(range.start, range.end)), deckUrl);
    applySettings(look, found.local, deckUrl);
    const classes = [...new Set(look.classes)];
    const layout = look.layout ?? classes.find((name) => CLASS_LAYOUTS.has(name)) ?? (found.split ? 'two-columns' : undefined);
    const markdown = found.split && layout !== 'two-columns' ? readDirectives(slide.markdown, false).markdown : found.markdown;
    const result: Slide = { ...slide, markdown };
    if (classes.length > 0) result.classes = classes;
    if (layout !== undefined) result.layout = layout;
    if (look.background.color !== undefined || look.background.image !== undefined) result.background = { ...look.background };
    return result;
  });
  return { ...deck, slides };
}
