import { Packer, type Document } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { checkboxGlyphsAsText, mergeFieldsAsComplexFields } from "./other-readers.js";
import { keepTableRowsWhole, tablesApart } from "./table-rows.js";
import { FONT, FONT_ALTERNATIVE, STYLE_IDS, TABLE_STYLE_XML } from "./styles.js";

/** docx's compiler, which `Packer` zips with: not in docx's public types (see compileParts). */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

/** A package's parts by path: XML as text, as docx compiles it, and binary parts (images) as bytes. */
export type PackageParts = Record<string, string | Uint8Array>;

/**
 * The package's parts as docx compiles them. `Packer.toBuffer` would zip them, and finishPackage
 * unzip them to finish them and zip again: about a quarter of a second on a large document. docx
 * has no public way to get the parts (an upstream `Packer.toFiles` would be one), so this uses the
 * compiler Packer holds, and falls back to Packer.toBuffer if a docx version has none. The XML
 * parts stay text: finishPackage edits them as text and encodes each once, when it zips.
 */
export async function compileParts(document: Document): Promise<Uint8Array | PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== "function") return new Uint8Array(await Packer.toBuffer(document));
  const parts: PackageParts = {};
  for (const [path, data] of compiler.compile(document)) {
    parts[path] = typeof data === "string" || data instanceof Uint8Array ? data : new Uint8Array(data);
  }
  return parts;
}

/** A fixed time for every zip entry, in local time as zip stores it: the same bytes in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

export interface PackageOptions {
  /** `YYYY-MM-DD`: creation and modification dates of the document; both are left out when unknown. */
  date?: string;
  /** `word/styles.xml` of the user's reference document (`--reference-doc`). */
  referenceStyles?: string;
}

/**
 * Finishes the package docx wrote: fixed document dates (from the data, never the clock), the table
 * style, the reference document's styles, and a zip whose entries come in a fixed order with a fixed
 * time, so the same input always gives the same bytes.
 */
export function finishPackage(docx: Uint8Array | PackageParts, options: PackageOptions): Uint8Array {
  // The parts as docx compiled them (zipped once, here), or a package to unzip.
  const files: PackageParts = docx instanceof Uint8Array ? unzipSync(docx) : { ...docx };
  const edit = (path: string, change: (xml: string) => string) => {
    const part = files[path];
    if (part !== undefined) files[path] = change(typeof part === "string" ? part : strFromU8(part));
  };
  edit("docProps/core.xml", (xml) => fixCoreDates(xml, options.date));
  edit("word/document.xml", (xml) => spaceAfterTables(tablesApart(keepTableRowsWhole(mergeFieldsAsComplexFields(checkboxGlyphsAsText(renumberIds(xml)))))));
  edit("word/fontTable.xml", declareFallbackFont);
  edit("word/styles.xml", (xml) => {
    const withTableStyle = addStyles(xml, [TABLE_STYLE_XML]);
    return options.referenceStyles ? mergeReferenceStyles(options.referenceStyles, withTableStyle) : withTableStyle;
  });
  return zipPackage(files);
}

/** Space before a plain paragraph that follows a table, in twentieths of a point (Normal's space after). */
const AFTER_TABLE_SPACING = 120;
/** Styles whose paragraphs have no space before of their own: a table right above would touch them. */
const UNSPACED_STYLES = new Set<string>([STYLE_IDS.small, STYLE_IDS.lead]);

/**
 * A table has no space below it, and a plain paragraph none above: the text that follows a table
 * (a total, a note, the next paragraph) would touch its last row. Such a paragraph gets a space
 * before it; headings, labels and boxes have their own.
 */
export function spaceAfterTables(xml: string): string {
  const spacing = `<w:spacing w:before="${AFTER_TABLE_SPACING}"/>`;
  return xml
    .replace(/<\/w:tbl><w:p>(?!<w:pPr>)/g, `</w:tbl><w:p><w:pPr>${spacing}</w:pPr>`)
    .replace(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="([^"]+)"\/><\/w:pPr>/g, (all, style: string) =>
      UNSPACED_STYLES.has(style) ? `</w:tbl><w:p><w:pPr><w:pStyle w:val="${style}"/>${spacing}</w:pPr>` : all,
    );
}

/** Zips a package's parts in a fixed order with a fixed time: the same parts always give the same bytes. */
export function zipPackage(files: Readonly<PackageParts>): Uint8Array {
  const ordered: Zippable = {};
  // [Content_Types].xml first, as Office writes it; then the rest by name.
  const names = Object.keys(files).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const part = files[name]!;
    ordered[name] = [typeof part === "string" ? strToU8(part) : part, { mtime: ZIP_TIME, level: 6 }];
  }
  return zipSync(ordered, { mtime: ZIP_TIME });
}

/**
 * Declares the font with its metric twin as alternative (Arial, Liberation Sans): where Arial is
 * not installed, readers use Liberation Sans rather than any sans font.
 */
function declareFallbackFont(xml: string): string {
  if (xml.includes(`w:name="${FONT}"`)) return xml;
  const font = `<w:font w:name="${FONT}"><w:altName w:val="${FONT_ALTERNATIVE}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;
  return xml.endsWith("/>") && !xml.includes("</w:fonts>")
    ? xml.replace(/\/>\s*$/, `>${font}</w:fonts>`)
    : xml.replace("</w:fonts>", `${font}</w:fonts>`);
}

/**
 * docx numbers bookmarks (`_Toc12`, `w:id`) and drawings (`wp:docPr id`) with counters shared by
 * every document of the process: number them again from 1, in order of appearance.
 */
function renumberIds(xml: string): string {
  const renumber = (pattern: RegExp, make: (n: number) => string) => {
    const seen = new Map<string, string>();
    xml = xml.replace(pattern, (_m, before: string, id: string, after: string) => {
      if (!seen.has(id)) seen.set(id, make(seen.size + 1));
      return `${before}${seen.get(id)}${after}`;
    });
  };
  renumber(/(_Toc)(\d+)(\b)/g, String);
  renumber(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)(")/g, String);
  renumber(/(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g, String);
  return xml;
}

function fixCoreDates(xml: string, date: string | undefined): string {
  const pattern = /<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g;
  if (!date) return xml.replace(pattern, "");
  return xml.replace(pattern, (_m, which: string) => `<dcterms:${which} xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:${which}>`);
}

const STYLE_BLOCK = /<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g;

/** Adds style definitions whose ids the styles part does not have yet. */
export function addStyles(stylesXml: string, styles: readonly string[]): string {
  const present = new Set([...stylesXml.matchAll(STYLE_BLOCK)].map((m) => m[1]));
  const missing = styles.filter((s) => !present.has(/w:styleId="([^"]+)"/.exec(s)?.[1] ?? ""));
  return missing.length ? stylesXml.replace("</w:styles>", `${missing.join("")}</w:styles>`) : stylesXml;
}

/**
 * The reference document's styles win, as with pandoc's `--reference-doc`; the styles it lacks and
 * that our content uses (the notes style, the à-compléter style…) are kept from ours.
 */
export function mergeReferenceStyles(referenceXml: string, ourXml: string): string {
  const ours = [...ourXml.matchAll(STYLE_BLOCK)].map((m) => m[0]);
  return addStyles(referenceXml, ours);
}
