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
 * - remark property lines at its top (`class:`, `layout:`, `background-image:`,
 *   `-color:`, `-size:`, `-position:`), after blank lines too;
 * - reveal.js, Marp and Landslide directives inside it (slide-directives).
 */
import type { Deck, Slide, SlideBackground } from './types';
import { splitDeck } from './parse-deck';
import { readYaml, type YamlMap } from './yaml-block';
import { isSlidevSettings } from './slide-properties';
import { isSlidevDeck, withoutVueMarkup } from './vue-markup';
import { readDirectives, type Settings } from './slide-directives';
import { transitionName, type Transition } from './slide-transition';
import { backgroundOf, backgroundPlace, classNames, cssColour, imageUrl, layoutName } from './look-values';
import { remarkDeck, readRemarkProperties, type RemarkKind } from './remark-deck';
import type { MarpParser } from './marp-slide';
import { isMarpDeck } from './marp-deck';

/** Layouts a class may stand for when no layout is named (`<!-- _class: section -->`). */
const CLASS_LAYOUTS = new Set(['title', 'section', 'two-columns', 'image', 'quote', 'code']);

function settingsOf(data: YamlMap | undefined): Settings {
  const settings: Settings = {};
  for (const [key, value] of Object.entries(data ?? {})) if (typeof value === 'string') settings[key.toLowerCase()] = value;
  return settings;
}

/** remark's property lines (remark-deck.ts), as settings: `class`, `layout` and `background-*`. */
function remarkSettings(lines: string[], remark: RemarkKind): Settings {
  const settings: Settings = {};
  for (const [key, value] of Object.entries(readRemarkProperties(lines, remark).settings)) {
    if (/^(class|layout|background-(image|color|size|position))$/.test(key)) settings[key.replace('-color', 'color')] = value;
  }
  return settings;
}

interface Look {
  classes: string[];
  layout?: string;
  background: SlideBackground;
  transition?: Transition;
}

function applySettings(look: Look, settings: Settings, deckUrl: string): void {
  if (settings.class !== undefined) look.classes.push(...classNames(settings.class));
  const layout = settings.layout === undefined ? undefined : layoutName(settings.layout);
  if (layout !== undefined) look.layout = layout;
  const transition = settings.transition === undefined ? undefined : transitionName(settings.transition);
  if (transition !== undefined) look.transition = transition;
  const bg = settings.bg ?? settings.background;
  if (bg !== undefined) Object.assign(look.background, backgroundOf(bg, deckUrl));
  const image = settings['background-image'] ?? settings.backgroundimage ?? settings.image;
  const url = image === undefined ? undefined : imageUrl(image, deckUrl);
  if (url !== undefined) look.background.image = url;
  const color = settings.backgroundcolor === undefined ? undefined : cssColour(settings.backgroundcolor);
  if (color !== undefined) look.background.color = color;
  const size = settings['background-size'] === undefined ? undefined : backgroundPlace(settings['background-size']);
  if (size !== undefined) look.background.size = size;
  const position = settings['background-position'] === undefined ? undefined : backgroundPlace(settings['background-position']);
  if (position !== undefined) look.background.position = position;
}

/**
 * The deck with each slide's classes, layout and background, and its directives taken out of its Markdown.
 * A Marp deck's own parts (marp-slide.ts) come with `parser`, loaded only for Marp decks (slide-look.ts).
 */
export function withLooks(deck: Deck, source: string, deckUrl: string, parser?: MarpParser): Deck {
  const [front, lines, kinds, , shown, ranges, all] = splitDeck(source);
  const headmatter = front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined;
  const frontSettings = settingsOf(headmatter);
  const deckTransition = frontSettings.transition === undefined ? undefined : transitionName(frontSettings.transition);
  const marp = isMarpDeck(source);
  const remark = remarkDeck(source);
  // Vue's `{{ }}` and `@event` only where Slidev would read them: elsewhere they are a tutorial's text.
  const vue = !remark && !marp && isSlidevDeck(headmatter ?? {}, ranges.some((r) => !shown.includes(r)), source);
  const sticky: Settings = {};
  if (marp) for (const key of ['class', 'backgroundcolor', 'backgroundimage', 'paginate', 'header', 'footer', 'color']) if (frontSettings[key] !== undefined) sticky[key] = frontSettings[key];
  // Marp: a `<style>` (not `scoped`) anywhere, or `style:` in the front matter, is for every slide.
  const css = marp && parser ? [frontSettings.style ?? '', parser.globalStyles(deck.slides.map((s) => s.markdown))].join('\n').trim() : '';
  const style = css === '' ? undefined : { css, deckUrl };
  const slides = deck.slides.map((slide, index): Slide => {
    const range = shown[index];
    if (!range) return slide;
    const found = readDirectives(slide.markdown);
    Object.assign(sticky, found.sticky);
    // The deck's front matter `transition:` is every slide's, until a slide names its own.
    const look: Look = { classes: [], background: {}, ...(deckTransition ? { transition: deckTransition } : {}) };
    applySettings(look, sticky, deckUrl);
    if (index === 0 && !marp) applySettings(look, frontSettings, deckUrl);
    const before = ranges[ranges.indexOf(range) - 1];
    // A remark template of properties only (`layout: true`) reads like such a block; it is not one (remark-slides.ts).
    const template = remark && before !== undefined && lines.slice(before.start, before.end).some((line) => /^layout:[ \t]*true[ \t]*$/i.test(line));
    if (!template && before && !shown.includes(before) && isSlidevSettings(lines.slice(before.start, before.end))) {
      applySettings(look, settingsOf(readYaml(lines.slice(before.start, before.end))), deckUrl);
    }
    if (kinds[range.start] === 'text') applySettings(look, remarkSettings(lines.slice(range.start, range.end), remark), deckUrl);
    applySettings(look, found.local, deckUrl);
    const classes = [...new Set(look.classes)];
    const layout = look.layout ?? classes.find((name) => CLASS_LAYOUTS.has(name)) ?? (found.split ? 'two-columns' : undefined);
    const markdown = found.split && layout !== 'two-columns' ? readDirectives(slide.markdown, false).markdown : found.markdown;
    const result: Slide = { ...slide, markdown: vue ? withoutVueMarkup(markdown) : markdown };
    if (classes.length > 0) result.classes = classes;
    if (layout !== undefined) result.layout = layout;
    if (look.transition !== undefined) result.transition = look.transition;
    if (Object.keys(look.background).length > 0) result.background = { ...look.background };
    if (marp && parser) Object.assign(result, parser.marpSlide(result, { ...sticky, ...found.local }, deckUrl, style));
    return result;
  });
  // Marp's `size: 4:3` is the deck's ratio.
  const ratio = marp && frontSettings.size?.replace(/\s/g, '') === '4:3' ? { meta: { ...deck.meta, ratio: '4:3' as const } } : {};
  return { ...deck, ...ratio, slides };
}
