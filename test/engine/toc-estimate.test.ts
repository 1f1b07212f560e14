import { Packer, Paragraph, HeadingLevel } from "docx";
import { describe, expect, test } from "vitest";
import { buildDocument, type FrameOptions } from "../../src/docx/frame.js";
import { docxPart } from "../helpers/docx.js";

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
