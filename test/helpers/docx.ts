import { strFromU8, unzipSync } from "fflate";

/** One part of a .docx (a zip), as text: `word/document.xml`, `word/styles.xml`, `docProps/core.xml`… */
export function docxPart(docx: Uint8Array, name = "word/document.xml"): string {
  const part = unzipSync(docx, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`${name} not found in the .docx`);
  return strFromU8(part);
}

/**
 * The text of `word/document.xml` as shown (fields' instructions left out), runs joined, paragraphs
 * on their own lines. `cellsApart`: a space also ends each table cell and stands for a line break.
 */
export function docxText(docx: Uint8Array, options: { cellsApart?: boolean } = {}): string {
  return xmlText(docxPart(docx), options);
}

/** The same for a piece of `word/document.xml`: a paragraph, a table row. */
export function xmlText(xml: string, options: { cellsApart?: boolean } = {}): string {
  return (options.cellsApart ? xml.replace(/<w:br\/>|<\/w:tc>/g, " ") : xml)
    .replace(/<w:instrText\b[^>]*>[^<]*<\/w:instrText>/g, "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}


/** `word/document.xml` normalised for golden tests: one element per line, no namespace declarations. */
export function normalisedDocumentXml(docx: Uint8Array): string {
  return docxPart(docx)
    .replace(/<w:document [^>]*>/, "<w:document>")
    .replace(/></g, ">\n<");
}
