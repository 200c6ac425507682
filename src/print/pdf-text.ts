import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from 'pdf-lib';

/**
 * The text on each page of a PDF as Chromium writes it (fonts as Type0 with
 * a ToUnicode map, text shown by hex strings), for tests: pdf-lib reads PDFs
 * but does not extract text. Each BT…ET block becomes one line.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<number, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = pdf.context.lookup(ref, PDFDict);
      const toUnicode = font.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
      maps.set(name.decodeText(), toUnicode ? unicodeMap(streamText(toUnicode)) : new Map());
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref as PDFRef, PDFStream)) : contents ? [contents] : [];
    return streams.map((stream) => showText(streamText(stream), maps)).join('\n');
  });
}

function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return new TextDecoder('latin1').decode(bytes);
}

const hex = (code: string): number => parseInt(code, 16);
const chars = (code: string): string => String.fromCodePoint(...(code.match(/.{4}/g) ?? []).map(hex));

/** A ToUnicode CMap's bfchar and bfrange entries: glyph code → text. */
function unicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', text = ''] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(hex(code), chars(text));
  }
  for (const [, block = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from = '', to = '', start = ''] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      for (let code = hex(from); code <= hex(to); code++) map.set(code, String.fromCodePoint(hex(start) + code - hex(from)));
    }
  }
  return map;
}

/** The text a content stream shows: `/F4 69 Tf` picks the font, `<…>` strings are 2-byte glyph codes. */
function showText(content: string, maps: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  let text = '';
  for (const [, name, glyphs, operator] of content.matchAll(/\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\b(ET)\b/g)) {
    if (name !== undefined) font = maps.get(name) ?? new Map();
    else if (glyphs !== undefined) text += (glyphs.match(/.{4}/g) ?? []).map((code) => font.get(hex(code)) ?? '').join('');
    else if (operator) text += '\n';
  }
  return text;
}
