/**
 * remark's slide templates and content classes, on a deck whose slides are
 * still parseDeck's (run before hidden slides are dropped):
 * - property lines at a slide's top that parseDeck left (any `key: value` in a
 *   remark deck) are taken out of the slide;
 * - `layout: true` makes a slide the template of the slides after it (until
 *   `layout: false` or the next one); `template: name` takes the slide named
 *   so. The template's content comes first, or around the slide's where it
 *   says `{{content}}`; its classes come first, its other properties and
 *   background fill in what the slide does not set; never its notes, name,
 *   layout or count (as in remark);
 * - `{{ name }}` is the slide's property of that name (`\{{ name }}` stays);
 * - `.red[text]` and block content classes become HTML (remark-classes.ts).
 * The template slides themselves are left out by slide-marks (`layout: true`).
 */
import type { Deck, Heading, Slide } from './types';
import { scanBlocks } from './block-scanner';
import { splitDeck } from './parse-deck';
import { slideTitle } from './headings';
import { remarkDeck, readRemarkProperties } from './remark-deck';
import { stripRemarkProperties } from './slide-properties';
import { codeMask, withContentClasses, withoutContentClasses } from './remark-classes';
import { classNames, cssColour, imageUrl } from './look-values';

type Properties = Record<string, string>;

interface Made {
  slide: Slide;
  /** Own and inherited properties. */
  properties: Properties;
}

const VARIABLE = /(\\)?\{\{([^}\n]+)\}\}/g;
const CONTENT = /(\\)?\{\{\s*content\s*\}\}/g;
const PROPERTY_LINE = /^[\w-]+:(?!\/\/)/;
/** The most Markdown a slide may grow to from its templates (chained templates can double it at each step). */
export const MAX_EXPANDED = 1_000_000;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Properties a slide never takes from its template. */
const OWN_ONLY = new Set(['name', 'layout', 'count']);

/** The slide's Markdown without the first `count` property lines (and the blank lines among them). */
function dropPropertyLines(markdown: string, count: number): string {
  if (count === 0) return markdown;
  const lines = markdown.split('\n');
  let at = 0;
  let left = count;
  while (at < lines.length && left > 0) {
    const line = lines[at] ?? '';
    if (line.trim() !== '') {
      if (!PROPERTY_LINE.test(line)) break;
      left--;
    }
    at++;
  }
  return lines.slice(at).join('\n');
}

/** `text` with each match of `pattern` outside code (fences, indented code, code spans) replaced. */
function outsideCode(text: string, pattern: RegExp, replace: (match: string, escaped: string | undefined, name: string, at: number) => string): string {
  if (!text.includes('{{')) return text;
  const mask = codeMask(text);
  return text.replace(pattern, (match: string, escaped: string | undefined, ...rest: unknown[]) => {
    // With a second group (`name`), the place comes after it.
    const at = rest.find((value): value is number => typeof value === 'number') ?? 0;
    const name = typeof rest[0] === 'string' ? rest[0] : '';
    return mask[at] ? match : replace(match, escaped, name, at);
  });
}

/** remark's `{{ name }}`: the slide's property; a name it does not have (`{{ content }}` too) stays as written. */
function expand(text: string, properties: Properties): string {
  return outsideCode(text, VARIABLE, (match, escaped, name) => (escaped ? match.slice(1) : properties[name.trim()] ?? match));
}

function inherit(own: Properties, template: Properties): Properties {
  const properties: Properties = { ...own };
  for (const [key, value] of Object.entries(template)) {
    if (OWN_ONLY.has(key)) continue;
    if (key === 'class' && own.class !== undefined) properties.class = `${value}, ${own.class}`;
    else if (own[key] === undefined) properties[key] = value;
  }
  return properties;
}

/** The slide put into its template: content, headings, classes and background. */
function intoTemplate(slide: Slide, template: Slide, warnings: string[]): Slide {
  let at = -1;
  let places = 0;
  outsideCode(template.markdown, CONTENT, (match, escaped, _, where) => {
    if (!escaped) places++;
    if (!escaped && at < 0) at = where;
    return match;
  });
  if (template.markdown.length + Math.max(1, places) * slide.markdown.length > MAX_EXPANDED) {
    warnings.push(`Slide ${slide.index + 1}: its templates would make it longer than ${MAX_EXPANDED} characters; it is shown without them.`);
    return slide;
  }
  const markdown =
    at < 0
      ? `${template.markdown}\n\n${slide.markdown}`
      : outsideCode(template.markdown, CONTENT, (match, escaped) => (escaped ? match : slide.markdown));
  const before = (at < 0 ? template.markdown : template.markdown.slice(0, at)).split('\n').filter((line) => ATX_HEADING.test(line)).length;
  const headings: Heading[] = [...template.headings.slice(0, before), ...slide.headings, ...template.headings.slice(before)];
  const result: Slide = { ...slide, markdown, headings };
  const classes = [...new Set([...(template.classes ?? []), ...(slide.classes ?? [])])];
  if (classes.length > 0) result.classes = classes;
  if (slide.layout === undefined && template.layout !== undefined) result.layout = template.layout;
  if (template.background !== undefined) result.background = { ...template.background, ...slide.background };
  return result;
}

/** A slide of properties only, which parseDeck leaves out (it reads like Slidev's per-slide front matter): a template still. */
function propertiesOnly(properties: Properties, deckUrl: string): Slide {
  const slide: Slide = { index: -1, markdown: '', notes: '', inlineNotes: '', title: '', headings: [] };
  const classes = classNames(properties.class ?? '');
  if (classes.length > 0) slide.classes = classes;
  const image = properties['background-image'] === undefined ? undefined : imageUrl(properties['background-image'], deckUrl);
  const color = properties['background-color'] === undefined ? undefined : cssColour(properties['background-color']);
  if (image !== undefined || color !== undefined) slide.background = { ...(image === undefined ? {} : { image }), ...(color === undefined ? {} : { color }) };
  return slide;
}

/** The deck with remark's templates applied, its variables filled in and its content classes made HTML. */
export function withRemark(deck: Deck, source: string, deckUrl = ''): Deck {
  const remark = remarkDeck(source);
  // Not remark's: nothing here is for it (its own property lines parseDeck took; `{{ }}` and `.x[` stay as written).
  if (!remark) return deck;
  const warnings: string[] = [];
  const [, lines, kinds, , shown, ranges] = splitDeck(source);
  const place = new Map(shown.map((range, index) => [range, index]));
  const byName = new Map<string, Made>();
  let layout: Made | undefined;
  const made: Made[] = [];
  for (const range of ranges) {
    const index = place.get(range);
    const parsed = index === undefined ? undefined : deck.slides[index];
    const own = kinds[range.start] === 'text' ? readRemarkProperties(lines.slice(range.start, range.end), remark) : { settings: {}, lines: 0 };
    const settings = own.settings;
    // parseDeck took remark's own names off the top already; in a remark deck, the other lines are still there.
    const leftOver = stripRemarkProperties(lines.slice(range.start, range.start + own.lines)).filter((line) => line.trim() !== '').length;
    let slide: Slide = parsed ? { ...parsed, markdown: dropPropertyLines(parsed.markdown, leftOver) } : propertiesOnly(settings, deckUrl);
    let template: Made | undefined;
    const named = settings.template === undefined ? undefined : byName.get(settings.template);
    if (named) template = named;
    else if (settings.layout === 'false') layout = undefined;
    else if (layout && settings.layout !== 'true') template = layout;
    const properties = template ? inherit(settings, template.properties) : settings;
    if (template) slide = intoTemplate(slide, template.slide, warnings);
    const result: Made = { slide, properties };
    if (settings.name !== undefined) byName.set(settings.name, result);
    if (settings.layout === 'true') layout = result;
    if (parsed) made.push(result);
  }
  const slides = made.map(({ slide, properties }, index): Slide => {
    const expanded = expand(slide.markdown, properties);
    const headings = slide.headings.map((heading) => ({ ...heading, text: withoutContentClasses(expand(heading.text, properties)) }));
    const shownLines = expanded.split('\n');
    // A title read again only where the text changed: the steps' markers are in it by now.
    const title = expanded === deck.slides[index]?.markdown ? slide.title : slideTitle(shownLines, scanBlocks(shownLines).kinds, headings);
    return { ...slide, markdown: withContentClasses(expanded), headings, title: withoutContentClasses(title), notes: withContentClasses(slide.notes) };
  });
  return { ...deck, slides, warnings: [...deck.warnings, ...warnings] };
}
