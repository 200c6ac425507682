/** Marks the lines of a group (1-based); an empty group, or none, dims nothing. */
export function showGroup(block: HTMLElement, group: readonly number[] | undefined): void {
  const lit = new Set(group);
  block.querySelectorAll('.line').forEach((line, i) => line.classList.toggle('focus', lit.has(i + 1)));
}
