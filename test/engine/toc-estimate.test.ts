// The table of contents' page numbers (DOC-2: the documents' Sommaire): estimated by docx/layout
// with mentor-docs' width table, which must place every heading on the page docx/layout's own
// best guess places it; or left to Word.
import { HeadingLevel, Packer, Paragraph } from "docx";
import { estimatePageNumbersWith } from "docx/layout";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { convertHtml } from "../../src/docx/convert.js";
import { buildDocument, type FrameOptions } from "../../src/docx/frame.js";
import { createSansMeasurer } from "../../src/docx/page-estimate.js";
import { buildViewModel, checkProject, findDocument, loadProjectFile, renderDocument, validateProject } from "../../src/index.js";
import { docxPart } from "../helpers/docx.js";
// @ts-expect-error: a plain ES module script without types
import { fontWidths, source } from "../../scripts/gen-font-widths.mjs";

const frame: FrameOptions = {
  title: "Titre",
  subtitle: "Document",
  coverLines: [],
  toc: true,
  estimatePages: true,
  orientation: "portrait",
  properties: { subject: "s", creator: "c", keywords: "k", description: "d" },
};
const content = [1, 2, 3].map((n) => new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Chapitre ${n}`, pageBreakBefore: true }));

async function tocXml(estimatePages: boolean): Promise<string> {
  const xml = docxPart(new Uint8Array(await Packer.toBuffer(buildDocument({ ...frame, estimatePages }, content))));
  return xml.slice(xml.indexOf("TOC \\"), xml.indexOf("Chapitre 3", xml.indexOf("Chapitre 3") + 1));
}

describe("table of contents page numbers", () => {
  test("estimated when asked: entries carry their page numbers and the field is clean", async () => {
    const xml = await tocXml(true);
    expect(xml).toContain("Chapitre 2");
    expect(xml).not.toContain('w:dirty="true"');
    expect(xml).toMatch(/<w:t[^>]*>4<\/w:t>/); // cover, contents, then chapters on pages 3, 4, 5
  });

  test("left to Word otherwise (very long documents): entries without numbers, field marked for update", async () => {
    const xml = await tocXml(false);
    expect(xml).toContain("Chapitre 2");
    expect(xml).toContain('w:dirty="true"');
  });
});

const root = join(import.meta.dirname, "../..");

describe("the width table", () => {
  const measure = createSansMeasurer();
  const font = { name: "Marianne", size: 10, bold: false, italic: false };

  test("measures with Arial's widths: M 833, e n o 556, t 278, r 333 thousandths of an em", () => {
    expect(measure("Mentor", font)).toBeCloseTo(((833 + 556 + 556 + 278 + 556 + 333) / 1000) * 10, 1);
    expect(measure("Mentor", { ...font, size: 20 })).toBeCloseTo(2 * measure("Mentor", font), 6);
  });

  test("bold is wider than regular; French punctuation and spaces are in the table", () => {
    expect(measure("Mentor", { ...font, bold: true })).toBeGreaterThan(measure("Mentor", font));
    // U+202F (narrow no-break space before « ; »), U+00A0, guillemets, the apostrophe and the euro.
    for (const character of ["\u202f", "\u00a0", "«", "»", "’", "€", "œ", "–"]) expect(measure(character, font)).toBeGreaterThan(0);
    expect(measure("\u202f", font)).toBeLessThan(measure("\u00a0", font));
  });

  test("a character outside the table is an average letter, an ideograph an em, a combining mark nothing", () => {
    expect(measure("\u{10400}", font)).toBeGreaterThan(3);
    expect(measure("\u{10400}", font)).toBeLessThan(7);
    expect(measure("漢", font)).toBeCloseTo(10, 6);
    expect(measure("e\u0301", font)).toBeCloseTo(measure("e", font), 6);
  });

  test("the generated table is docx/layout's widths of Arial, up to date (npm run gen:font-widths)", { timeout: 60_000 }, () => {
    expect(readFileSync(join(root, "src/docx/font-widths.generated.ts"), "utf8")).toBe(source(fontWidths()));
  });
});

/** The Sommaire's entries (text and page number) of a document built with an estimator. */
async function tocEntries(html: string, estimator: Parameters<typeof buildDocument>[2]): Promise<string[]> {
  const { content } = convertHtml(`<div style="page-break-before: always"></div>\n${html}`);
  const xml = docxPart(new Uint8Array(await Packer.toBuffer(buildDocument(frame, content, estimator))));
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="TOC\d"\/>.*?<\/w:p>/g)].map((m) =>
    m[0]
      .replace(/<w:instrText[^>]*>.*?<\/w:instrText>/g, "")
      .replace(/<w:tab\/>/g, " | ")
      .replace(/<[^>]+>/g, ""),
  );
}

describe("table of contents page numbers with the width table", () => {
  for (const [example, document] of [
    ["autonomie-accessibilite-numerique.yaml", "cahier-des-charges"],
    ["hybride-management-equipe.yaml", "livret-formateur"],
  ] as const) {
    test(`${document} of ${example}: the same pages as docx/layout's own guess`, { timeout: 120_000 }, async () => {
      const file = join(root, "examples", example);
      const loaded = await loadProjectFile(file);
      const { project } = validateProject(loaded);
      const vm = buildViewModel(project!, { check: checkProject(project!, loaded.source) });
      const { html } = await renderDocument(findDocument(document), vm, { projectDir: join(root, "examples") });
      const ours = await tocEntries(html, undefined);
      const docx = await tocEntries(html, estimatePageNumbersWith({ guess: true }));
      expect(ours.length).toBeGreaterThan(5);
      expect(ours.every((entry) => /\| \d+$/.test(entry))).toBe(true);
      expect(ours).toEqual(docx);
    });
  }
});
