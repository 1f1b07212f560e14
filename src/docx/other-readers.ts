/**
 * What Word writes and other readers (pandoc, text extractors, screen readers) understand, where
 * docx writes what only Word understands. Applied to `word/document.xml` when the package is
 * finished (see package.ts).
 */

/** Word's own run for a check box's glyph: text in MS Gothic, which has ☐ and ☒. */
const glyphRun = (rPr: string, codePoint: string, font: string) => {
  const fonts = `<w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:hint="eastAsia"/>`;
  // w:rFonts comes right after w:rStyle, if any (the schema's order).
  const properties = rPr
    ? rPr.replace(/<w:rFonts\b[^>]*\/>/, "").replace(/^<w:rPr>(<w:rStyle\b[^>]*\/>)?/, (_m, style: string | undefined) => `<w:rPr>${style ?? ""}${fonts}`)
    : `<w:rPr>${fonts}</w:rPr>`;
  return `<w:r>${properties}<w:t>${String.fromCodePoint(parseInt(codePoint, 16))}</w:t></w:r>`;
};

/**
 * Check boxes (`w14:checkbox` content controls): the glyph ☐ / ☒ as text in the control's run, as
 * Word writes it, rather than a `w:sym` that pandoc and text extractors drop.
 */
export function checkboxGlyphsAsText(xml: string): string {
  return xml.replace(
    /(<w14:checkbox>[\s\S]*?<\/w:sdtPr>(?:<w:sdtEndPr>[\s\S]*?<\/w:sdtEndPr>)?<w:sdtContent>)<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:sym w:char="(2610|2612)" w:font="([^"]+)"\/><\/w:r>/g,
    (_m, head: string, rPr: string | undefined, codePoint: string, font: string) => head + glyphRun(rPr ?? "", codePoint, font),
  );
}

/**
 * Merge fields: `w:fldSimple` (docx's SimpleMailMergeField) becomes a complex field (begin,
 * instruction, separate, result, end), as Word writes it: pandoc and other readers then show the
 * field's result « «nom» », which they drop from a simple field. Word and the attestations' filling
 * (attestations/fill.ts) read both forms.
 */
export function mergeFieldsAsComplexFields(xml: string): string {
  return xml.replace(/<w:fldSimple w:instr="( MERGEFIELD [^"]*)">([\s\S]*?)<\/w:fldSimple>/g, (_m, instruction: string, result: string) => {
    const rPr = /^<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(result)?.[1] ?? "";
    const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
    return (
      run(`<w:fldChar w:fldCharType="begin"/>`) +
      run(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`) +
      run(`<w:fldChar w:fldCharType="separate"/>`) +
      result +
      run(`<w:fldChar w:fldCharType="end"/>`)
    );
  });
}
