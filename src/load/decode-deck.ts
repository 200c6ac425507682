/** A deck file's bytes as text. */
export interface DecodedDeck {
  text: string;
  /** False when the bytes were not valid UTF-8 and invalid sequences became U+FFFD. */
  valid: boolean;
  /** The bytes are not text at all (NUL bytes in something that is not UTF-8). */
  binary: boolean;
}

/**
 * UTF-8, or UTF-16 when the file starts with its byte-order mark. Bytes that
 * are not UTF-8 (a file saved as Latin-1 or Windows-1252) are decoded with
 * U+FFFD in place of what cannot be read, so the deck still shows.
 */
export function decodeDeck(bytes: Uint8Array): DecodedDeck {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), valid: true, binary: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), valid: true, binary: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), valid: false, binary: bytes.includes(0) };
  }
}
