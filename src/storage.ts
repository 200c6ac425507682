/**
 * localStorage that never throws: with storage blocked (a locked-down laptop,
 * some private modes) reads give null and writes are dropped, and the talk goes on.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Nowhere to keep it: it lasts as long as the page.
  }
}
