import { Packer } from "docx";
import { estimatePageNumbersWith } from "docx/layout";
import { join } from "node:path";
import { expect, test } from "vitest";
import { convertHtml } from "../src/docx/convert.js";
import { buildDocument } from "../src/docx/frame.js";
import { buildViewModel, checkProject, findDocument, loadProjectFile, renderDocument, validateProject } from "../src/index.js";
import { docxPart } from "../test/helpers/docx.js";
test("large", { timeout: 300_000 }, async () => {
  const loaded = await loadProjectFile("examples/grand-parcours.json");
  const { project } = validateProject(loaded);
  const vm = buildViewModel(project!, { check: checkProject(project!, loaded.source) });
  const { html } = await renderDocument(findDocument("cahier-des-charges"), vm, { projectDir: "examples" });
  const frame: any = { title: "T", subtitle: "D", coverLines: [], toc: true, estimatePages: true, orientation: "portrait", properties: { subject: "s", creator: "c", keywords: "k", description: "d" } };
  const entries = async (e: any) => {
    const { content } = convertHtml(`<div style="page-break-before: always"></div>\n${html}`);
    const t = performance.now();
    const xml = docxPart(new Uint8Array(await Packer.toBuffer(buildDocument(frame, content, e))));
    console.log("pack ms", performance.now() - t);
    return [...xml.matchAll(/<w:pStyle w:val="TOC\d"\/>.*?<\/w:p>/g)].map((m) => m[0].replace(/<w:instrText[^>]*>.*?<\/w:instrText>/g, "").replace(/<[^>]+>/g, ""));
  };
  const a = await entries(undefined);
  const b = await entries(estimatePageNumbersWith({ guess: true }));
  console.log(a.length, a.slice(-3));
  expect(a).toEqual(b);
});
