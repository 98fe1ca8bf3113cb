// A photo pasted into a scraped page leaves its file name on a line (`某某产业园.jpg`) and, right after it,
// its caption (often the same name again): neither is text the article says. Read once per article, by the
// article's park readings (ArticleParks.isImageLine, linkParks.ts).
import type { TextStructure } from './linkText';

/** A line that is an image's file name: ends with an image extension (any case). */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp)\s*$/i;
/** Longest line read as a file name or a caption (UTF-16 units): a paragraph of news is longer. */
const MAX_LINE = 60;
/** A caption that does not repeat the file name is short: a few words under the photo (`开工现场`). */
const MAX_CAPTION = 20;

/** The paragraphs that are an image's file name line or the caption line right after it. */
export function imageLines(structure: TextStructure): ReadonlySet<number> {
  const lines = new Set<number>();
  const count = structure.paragraphCount;
  for (let p = 0; p < count; p++) {
    const name = imageFileName(structure, p);
    if (name === undefined) continue;
    lines.add(p);
    const caption = nextWrittenLine(structure, p + 1);
    if (caption !== undefined && isCaptionOf(caption.text, name)) lines.add(caption.paragraph);
  }
  return lines;
}

/** A short line's text (trimmed), or undefined for a longer one. */
function shortLine(structure: TextStructure, paragraph: number): string | undefined {
  const { start, end } = structure.paragraph(paragraph);
  if (end - start > MAX_LINE) return undefined;
  return structure.gap(start, end)?.trim();
}

/** The file name without its extension, when the paragraph is an image's file name line. */
function imageFileName(structure: TextStructure, paragraph: number): string | undefined {
  // Most lines are long, or hold no dot: they are passed over as written, with no fold and no look at their text
  // (every line of the article is asked; a dot is common in figures, `3.5亿元`, so the length is tried first).
  const { start, end } = structure.paragraph(paragraph);
  if (end - start > MAX_LINE || !mayHoldDot(structure, start, end)) return undefined;
  const line = shortLine(structure, paragraph);
  return line !== undefined && IMAGE_FILE.test(line) ? line.replace(IMAGE_FILE, '') : undefined;
}

/**
 * Does [start, end) as written hold what may fold to a dot: `.`, its full-width form, or an entity (`&#46;`)? A `。`
 * folds to one only before digits (`3。5亿元`), never before an image's extension.
 */
function mayHoldDot(structure: TextStructure, start: number, end: number): boolean {
  return structure.holdsEither('.', '．', start, end) || structure.holds('&', start, end);
}

/** The first line from `paragraph` on that holds any text (blank lines skipped), if short. */
function nextWrittenLine(structure: TextStructure, paragraph: number): { paragraph: number; text: string } | undefined {
  const count = structure.paragraphCount;
  for (let p = paragraph; p < count; p++) {
    const text = shortLine(structure, p);
    if (text === undefined) return undefined;
    if (text) return { paragraph: p, text };
  }
  return undefined;
}

/** A caption repeats the file name, or is a few words with no full stop (not the next sentence of the story). */
function isCaptionOf(line: string, fileName: string): boolean {
  if (IMAGE_FILE.test(line)) return false;
  return (fileName.length > 1 && line.includes(fileName)) || (line.length <= MAX_CAPTION && !line.includes('。'));
}
