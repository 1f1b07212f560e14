// A reference document's styles in the schema's order (issue 13.1 with --reference-doc): pandoc's
// reference.docx, for one, writes `w:qFormat` after `w:pPr` and `w:bCs` before `w:b`, which the
// Open XML SDK's validator reports (and Word may refuse). schema-valid.test.ts validates whole
// documents made with such a reference; here, what the reordering keeps and changes.
import { describe, expect, test } from "vitest";
import { inSchemaOrder, SCHEMA_ORDER } from "../../src/docx/schema-order.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${inner}</w:styles>`;

describe("inSchemaOrder", () => {
  test("puts a style's children, and its properties' children, in the schema's order (pandoc's reference.docx)", () => {
    const pandocLike = styles(`
  <w:style w:type="paragraph" w:styleId="BodyText">
    <w:name w:val="Body Text" />
    <w:basedOn w:val="Normal" />
    <w:pPr>
      <w:spacing w:before="180" w:after="180" />
    </w:pPr>
    <w:qFormat />
    <w:rPr><w:bCs/><w:sz w:val="24"/><w:b/><w:rFonts w:ascii="Arial"/></w:rPr>
  </w:style>`);
    expect(inSchemaOrder(pandocLike)).toBe(
      styles(`
  <w:style w:type="paragraph" w:styleId="BodyText">` +
        `<w:name w:val="Body Text" /><w:basedOn w:val="Normal" /><w:qFormat /><w:pPr>
      <w:spacing w:before="180" w:after="180" />
    </w:pPr><w:rPr><w:rFonts w:ascii="Arial"/><w:b/><w:bCs/><w:sz w:val="24"/></w:rPr></w:style>`),
    );
  });

  test("leaves text in order as it is, byte for byte: declaration, white space, attributes, namespaces, characters outside the BMP", () => {
    const ordered = styles(
      `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        `\n  <w:style w:type="paragraph" w:styleId="Titre">\n    <w:name w:val="Titre 😀 &amp; « é »"/>\n    <w:rPr><w:b/><w:color w:val="000091"/></w:rPr>\n  </w:style>\n`,
    );
    expect(inSchemaOrder(ordered)).toBe(ordered);
  });

  test("tables: cell borders before the vertical alignment, borders top-left-bottom-right, as the schema lists them", () => {
    const xml = styles(
      `<w:style w:type="table" w:styleId="T"><w:name w:val="T"/><w:tblStylePr w:type="firstRow"><w:tcPr><w:vAlign w:val="bottom"/><w:tcBorders><w:bottom w:val="single"/><w:top w:val="nil"/></w:tcBorders></w:tcPr><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>`,
    );
    expect(inSchemaOrder(xml)).toContain(
      `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="nil"/><w:bottom w:val="single"/></w:tcBorders><w:vAlign w:val="bottom"/></w:tcPr></w:tblStylePr>`,
    );
  });

  test("elements the table does not know go after the known ones, in their own order; repeated elements keep theirs", () => {
    const xml = styles(
      `<w:style w:type="paragraph" w:styleId="A"><w14:ext1/><w:rPr><w14:ligatures w14:val="all"/><w:b/></w:rPr><w14:ext2/><w:name w:val="A"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/></w:style><w:latentStyles/>`,
    );
    const out = inSchemaOrder(xml);
    expect(out).toContain(`<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:rPr><w:b/><w14:ligatures w14:val="all"/></w:rPr><w14:ext1/><w14:ext2/></w:style>`);
    // w:latentStyles before the styles, which keep their order (A, then B).
    expect(out.indexOf("<w:latentStyles/>")).toBeLessThan(out.indexOf('w:styleId="A"'));
    expect(out.indexOf('w:styleId="A"')).toBeLessThan(out.indexOf('w:styleId="B"'));
  });

  test("an element with a comment or text among its children is left as written", () => {
    const xml = styles(`<w:style w:type="paragraph" w:styleId="A"><w:rPr><w:sz w:val="20"/><!-- taille --><w:b/></w:rPr><w:name w:val="A"/></w:style>`);
    const out = inSchemaOrder(xml);
    expect(out).toContain(`<w:rPr><w:sz w:val="20"/><!-- taille --><w:b/></w:rPr>`);
    expect(out).toContain(`<w:name w:val="A"/><w:rPr>`);
  });

  test("the table follows the schema's sequences on a few points Word relies on", () => {
    const before = (parent: string, a: string, b: string) => expect(SCHEMA_ORDER[parent]!.indexOf(a), `${parent}: ${a} before ${b}`).toBeLessThan(SCHEMA_ORDER[parent]!.indexOf(b));
    before("w:style", "w:qFormat", "w:pPr");
    before("w:style", "w:pPr", "w:rPr");
    before("w:rPr", "w:b", "w:bCs");
    before("w:rPr", "w:sz", "w:szCs");
    before("w:rPr", "w:color", "w:sz");
    before("w:pPr", "w:keepNext", "w:spacing");
    before("w:pPr", "w:spacing", "w:ind");
    before("w:pPr", "w:ind", "w:jc");
    before("w:tcPr", "w:tcBorders", "w:vAlign");
    expect(SCHEMA_ORDER["w:trPr"]).toBeUndefined(); // a choice: any order
  });
});
