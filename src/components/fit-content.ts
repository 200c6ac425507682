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
    // Each try is a layout: start from the scale that would fit without reflowing, and stop at half a percent.
    const guess = Math.min(height / box.scrollHeight, width / box.scrollWidth, 1);
    let low = 0.01;
    let high = 1;
    if (guess > low && guess < high) {
      if (fits(guess)) low = guess;
      else high = guess;
    }
    while (high - low > 0.005) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    scale = low;
    fits(scale);
  }
  return { scale, width: width / scale, height: box.scrollHeight * scale };
}
