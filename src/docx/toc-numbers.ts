import { strFromU8, strToU8, unzipSync } from "fflate";
import { zipPackage } from "./package.js";

/** The table of contents' content control, as docx writes it (Word's Table of Contents gallery). */
const TOC_BLOCK = /(<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<w:sdtContent>)([\s\S]*?)(<\/w:sdtContent>)/;
/** An entry's page number: the result of its PAGEREF field, between `separate` and `end`. */
const PAGEREF_RESULT = /(<w:instrText[^>]*>PAGEREF [^<]*<\/w:instrText>(?:<\/w:r><w:r>)?<w:fldChar w:fldCharType="separate"\/>)([\s\S]*?)(<w:fldChar w:fldCharType="end"\/>)/g;

/**
 * Writes page numbers into the table of contents of a .docx mentor-docs wrote: `numbers[i]` becomes
 * the shown result of the i-th entry's PAGEREF field. The numbers come from LibreOffice's layout
 * (see pdf/libreoffice.ts), so a LibreOffice reader of the .docx sees those of the PDF; the fields
 * stay marked for update, so Word computes its own when it opens the file.
 * Returns undefined, and nothing is written, when the entries and the numbers do not pair up:
 * no number rather than a wrong one.
 */
export function writeTocPageNumbers(docx: Uint8Array, numbers: readonly string[]): Uint8Array | undefined {
  const files = unzipSync(docx);
  const part = files["word/document.xml"];
  if (!part) return undefined;
  const xml = strFromU8(part);
  const block = TOC_BLOCK.exec(xml);
  if (!block) return undefined;
  const entries = block[2]!.match(PAGEREF_RESULT)?.length ?? 0;
  if (entries === 0 || entries !== numbers.length || !numbers.every((n) => /^\d{1,6}$/.test(n))) return undefined;
  let i = 0;
  const filled = block[2]!.replace(PAGEREF_RESULT, (_m, before: string, _old: string, after: string) => `${before}<w:t>${numbers[i++]}</w:t>${after}`);
  files["word/document.xml"] = strToU8(xml.slice(0, block.index) + block[1] + filled + block[3] + xml.slice(block.index + block[0].length));
  return zipPackage(files);
}

/**
 * The page numbers of LibreOffice's table of contents entries (`Titre<TAB>4`, one per entry), or
 * undefined when an entry has none.
 */
export function pageNumbersOf(entries: readonly string[]): string[] | undefined {
  const numbers = entries.map((entry) => /\t(\d+)\s*$/.exec(entry)?.[1]);
  return numbers.every((n): n is string => n !== undefined) ? numbers : undefined;
}
