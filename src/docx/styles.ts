import { LineRuleType, type IStylesOptions } from "docx";

/** Bleu France, the State's main colour (DSFR). */
export const BLEU_FRANCE = "000091";
/**
 * Arial: Word on Windows has it, and LibreOffice on a plain Linux machine draws Liberation Sans,
 * its metric twin, so both lay the pages out alike. Marianne, the State's font, is not installed
 * everywhere and its licence does not allow bundling it: a `--reference-doc` can still ask for it.
 */
export const FONT = "Arial";
/** Arial's metric-compatible stand-in where Arial is not installed (fonts-liberation). */
export const FONT_ALTERNATIVE = "Liberation Sans";
/**
 * The « À compléter » marker's yellow background. Shading (`w:shd`), not highlight: the schema
 * does not allow `w:highlight` in a style's run properties, and Word is strict about it.
 */
const TODO_SHADING = { type: "clear", color: "auto", fill: "FFFF00" } as const;

/** Word style ids the templates' HTML is mapped onto. */
export const STYLE_IDS = {
  table: "TableauMentor",
  note: "ZoneDeSaisie",
  todo: "ACompleter",
  todoBlock: "ACompleterParagraphe",
  lead: "Chapeau",
  small: "Mention",
  box: "Encadre",
  label: "Intitule",
  coverSubtitle: "Sous-titre",
  coverInfo: "CouvertureInfo",
  tocHeading: "TOCHeading",
} as const;

/**
 * CSS selectors of the templates' HTML → Word styles. Templates write `<p class="note">` for a
 * fill-in area, `<span class="todo">` (the `todo` helper does) for a missing value, and so on.
 */
export const STYLE_MAP: Readonly<Record<string, string>> = {
  table: STYLE_IDS.table,
  "p.note": STYLE_IDS.note,
  ".todo": STYLE_IDS.todo,
  "p.todo": STYLE_IDS.todoBlock,
  "p.lead": STYLE_IDS.lead,
  "p.small": STYLE_IDS.small,
  ".small": "MentionCar",
  "p.box": STYLE_IDS.box,
  "p.label": STYLE_IDS.label,
  // A Word mail-merge field (`<span class="champ-fusion">nom</span>`): see merge-fields.ts.
  ".champ-fusion": "ChampFusion",
};

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/** The default look: DSFR spirit, Arial, headings in bleu France. A `--reference-doc` replaces it. */
export function documentStyles(): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font, size, bold: true, color: BLEU_FRANCE },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font, size: 21, language: { value: "fr-FR", eastAsia: "fr-FR", bidirectional: "ar-SA" } },
        // lineRule said outright: LibreOffice reads a bare w:line as exact, and large titles overlap.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font, size: 52, bold: true, color: BLEU_FRANCE }, paragraph: { spacing: { after: 240, line: 252, lineRule: LineRuleType.AUTO } } },
      heading1: { ...heading(36, 360), paragraph: { ...heading(36, 360).paragraph, outlineLevel: 0 } },
      heading2: { ...heading(28, 280), paragraph: { ...heading(28, 280).paragraph, outlineLevel: 1 } },
      heading3: { ...heading(24, 200), paragraph: { ...heading(24, 200).paragraph, outlineLevel: 2 } },
      heading4: { run: { font, size: 22, bold: true, color: "161616" }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
    },
    paragraphStyles: [
      { id: STYLE_IDS.coverSubtitle, name: "Sous-titre de couverture", basedOn: "Normal", next: "Normal", run: { font, size: 32, color: "3A3A3A" }, paragraph: { spacing: { after: 480 } } },
      { id: STYLE_IDS.coverInfo, name: "Couverture – informations", basedOn: "Normal", run: { font, size: 22, color: "3A3A3A" }, paragraph: { spacing: { after: 60 } } },
      { id: STYLE_IDS.tocHeading, name: "TOC Heading", basedOn: "Normal", next: "Normal", run: { font, size: 36, bold: true, color: BLEU_FRANCE }, paragraph: { spacing: { before: 240, after: 240 } } },
      {
        id: STYLE_IDS.note,
        name: "Zone de saisie",
        basedOn: "Normal",
        run: { color: "3A3A3A" },
        paragraph: {
          spacing: { before: 0, after: 0, line: 480, lineRule: LineRuleType.AUTO },
          // "between" too: consecutive fill-in lines form one bordered group in Word, each line ruled.
          border: {
            bottom: { style: "dotted", size: 6, color: "929292", space: 1 },
            between: { style: "dotted", size: 6, color: "929292", space: 1 },
          },
        },
      },
      {
        id: STYLE_IDS.todoBlock,
        name: "À compléter (paragraphe)",
        basedOn: "Normal",
        run: { bold: true, color: "CE0500", shading: TODO_SHADING },
      },
      // The title of what follows, a table or a list (« Mes activités »): kept with it, set off from a table above.
      { id: STYLE_IDS.label, name: "Intitulé", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { keepNext: true, keepLines: true, spacing: { before: 200, after: 80 } } },
      // The lead paragraph under a heading: kept with what it introduces (never alone at the foot of a page).
      { id: STYLE_IDS.lead, name: "Chapeau", basedOn: "Normal", run: { size: 24, color: "3A3A3A" }, paragraph: { keepNext: true, spacing: { after: 240 } } },
      { id: STYLE_IDS.small, name: "Mention", basedOn: "Normal", run: { size: 18, color: "666666" } },
      {
        id: STYLE_IDS.box,
        name: "Encadré",
        basedOn: "Normal",
        // Kept with what follows (an activity's table, mostly) and set off from a table above it.
        paragraph: {
          keepNext: true,
          spacing: { before: 200 },
          shading: { type: "clear", color: "auto", fill: "F5F5FE" },
          border: { left: { style: "single", size: 24, color: BLEU_FRANCE, space: 8 } },
          indent: { left: 170 },
        },
      },
      { id: "Header", name: "header", basedOn: "Normal", run: { size: 16, color: "666666" } },
      { id: "Footer", name: "footer", basedOn: "Normal", run: { size: 16, color: "666666" } },
    ],
    characterStyles: [
      { id: STYLE_IDS.todo, name: "À compléter", run: { bold: true, color: "CE0500", shading: TODO_SHADING } },
      { id: "MentionCar", name: "Mention (caractères)", run: { size: 18, color: "666666" } },
    ],
  };
}

/**
 * The table style, as raw WordprocessingML: docx has no builder for table styles. Header row in
 * bleu France on white, light borders, cell margins.
 */
export const TABLE_STYLE_XML =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE_IDS.table}"><w:name w:val="Tableau Mentor"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="19"/></w:rPr>` +
  `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="CECECE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="CECECE"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="CECECE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="CECECE"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="CECECE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="CECECE"/></w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${BLEU_FRANCE}"/></w:tcPr></w:tblStylePr>` +
  `</w:style>`;
