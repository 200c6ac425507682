/**
 * Scales a slide's content down until it fits the canvas. Each step widens
 * the box by the inverse of the scale, so paragraphs reflow into fewer,
 * longer lines instead of only shrinking.
 */
export interface FitResult {
  scale: number;
  width: number;
  height: number;
}

export function fitContent(box: HTMLElement, width: number, height: number): FitResult {
  const fits = (scale: number): boolean => {
    box.style.width = `${width / scale}px`;
    return box.scrollHeight * scale <= height + 0.5 && box.scrollWidth * scale <= width + 0.5;
  };
  let scale = 1;
  if (!fits(1)) {
    let low = 0.01;
    let high = 1;
    for (let step = 0; step < 12; step++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    scale = low;
    fits(scale);
  }
  return { scale, width: width / scale, height: box.scrollHeight * scale };
}
