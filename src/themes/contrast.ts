/** WCAG 2 contrast of CSS colours as getComputedStyle writes them (`rgb(…)`, `rgba(…)`) or as `#rrggbb`. */

type Rgb = readonly [number, number, number];

export function parseColor(color: string): Rgb | undefined {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(color.trim());
  if (hex) return [parseInt(hex[1] ?? '', 16), parseInt(hex[2] ?? '', 16), parseInt(hex[3] ?? '', 16)];
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(color.trim());
  // A see-through colour has no contrast of its own: it depends on what lies under it.
  if (!rgb || (rgb[4] !== undefined && Number(rgb[4]) < 1)) return undefined;
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** From 1 (same colour) to 21 (black on white); NaN when either colour cannot be read. */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [parseColor(foreground), parseColor(background)];
  if (!a || !b) return NaN;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
