/**
 * Table rows may split across pages, even where a template asks otherwise (`tr { break-inside:
 * avoid }`, Word's `w:cantSplit`): LibreOffice 7.4 drops the rest of a table that breaks across
 * pages under a repeated header row when its rows may not split (seen with Arial on the large
 * example: an activity's rows after « Modalité » were not printed at all, in the PDF nor on screen).
 * A row split across two pages is better than a row lost. Applied to `word/document.xml` when the
 * package is finished.
 */
export function rowsMaySplit(xml: string): string {
  return xml.replace(/<w:trPr><w:cantSplit\/><\/w:trPr>/g, "").replaceAll("<w:cantSplit/>", "");
}
