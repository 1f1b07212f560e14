/**
 * Table rows across pages, applied to `word/document.xml` when the package is finished.
 *
 * A template asks for rows kept whole (`tr { break-inside: avoid }`, Word's `w:cantSplit`). These
 * adjustments make that safe in Word and in LibreOffice:
 *
 * - Header rows (`w:tblHeader`, repeated on every page and read as headers by screen readers) never
 *   carry `w:cantSplit`: with it, LibreOffice 7.4 (Debian's) left body rows out of the page when the
 *   header row landed at the foot of a page (seen on the large example, in tables it had joined:
 *   see tablesApart). A header row is one line: it has nothing to split.
 * - Their paragraphs are kept with the next one (`w:keepNext`), the way Word keeps a header row with
 *   the first row under it (LibreOffice does so by itself for a repeated header row). A table never
 *   starts with its header alone at the foot of a page; the heading above, kept with it, moves too.
 * - A row too tall to fit on one page may split: a row that cannot split and cannot fit is cut off
 *   (LibreOffice) or pushed past its page. Its height is estimated from its text.
 * - Two tables one right after the other get a thin paragraph between them (tablesApart).
 */
export function keepTableRowsWhole(xml: string): string {
  return xml.replace(ROW, (row) => {
    // A row holding a nested table: the pattern would not have found its end; left as it is.
    if (row.includes("<w:tbl>")) return row;
    if (row.includes("<w:tblHeader/>")) return withParagraphsKeptWithNext(withoutCantSplit(row));
    return row.includes("<w:cantSplit/>") && estimatedLines(row) > MAX_UNSPLIT_LINES ? withoutCantSplit(row) : row;
  });
}

/**
 * Word and LibreOffice join two tables with no paragraph between them into one, and LibreOffice 7.4
 * then leaves rows of the joined table out of the page when it breaks across pages (seen on the
 * hybrid example: an activity's table and its resources' table right under it). A 6 pt high empty
 * paragraph keeps them two tables, each with its own header row.
 */
export function tablesApart(xml: string): string {
  return xml.replaceAll("</w:tbl><w:tbl>", `</w:tbl>${TABLE_SEPARATOR}<w:tbl>`);
}

const TABLE_SEPARATOR = `<w:p><w:pPr><w:spacing w:before="60" w:after="0" w:line="60" w:lineRule="exact"/></w:pPr></w:p>`;

const ROW = /<w:tr(?: [^>]*)?>.*?<\/w:tr>/gs;

/** A page of the documents (A4, 2 cm margins, 10 pt text) holds about 50 lines: a row of more than 30 may split. */
const MAX_UNSPLIT_LINES = 30;
/** Characters on a line of a narrow cell: few enough that the estimate errs towards tall. */
const CHARACTERS_PER_LINE = 40;

function withoutCantSplit(row: string): string {
  return row.replace("<w:trPr><w:cantSplit/></w:trPr>", "").replace("<w:cantSplit/>", "");
}

/** `w:keepNext` comes right after `w:pStyle` in a paragraph's properties (schema order). */
function withParagraphsKeptWithNext(row: string): string {
  return row
    .replace(/<w:p>(<w:pPr>(<w:pStyle [^>]*\/>)?)?/g, (_all, pPr: string | undefined, style: string | undefined) =>
    pPr === undefined ? "<w:p><w:pPr><w:keepNext/></w:pPr>" : `<w:p><w:pPr>${style ?? ""}<w:keepNext/>`,
    )
    .replace(/<w:keepNext\/>(?:<w:keepNext\/>)+/g, "<w:keepNext/>");
}

/** Lines of the row's tallest cell: each paragraph at least one line, long ones wrapped. */
function estimatedLines(row: string): number {
  let tallest = 0;
  for (const cell of row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []) {
    let lines = 0;
    for (const paragraph of cell.match(/<w:p[ >].*?<\/w:p>/gs) ?? []) {
      const text = (paragraph.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).join("").replace(/<[^>]+>/g, "");
      lines += Math.max(1, Math.ceil(text.length / CHARACTERS_PER_LINE)) + (paragraph.match(/<w:br\/>/g)?.length ?? 0);
    }
    tallest = Math.max(tallest, lines);
  }
  return tallest;
}
