/**
 * Property: any valid project, however small or odd, generates documents that LibreOffice opens
 * and whose text shows the course title and every unit title. The projects are drawn (seeded) in
 * `beforeAll` and every document of every project is converted in one LibreOffice call.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { documents } from "../../src/documents/registry.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { buildViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { docxToPdf, libreOfficeMissing, type PdfResult } from "../helpers/libreoffice.js";
import { runs, validProject } from "./arbitraries.js";

// pdftotext gives the text as laid out: compare without spaces of any kind, and without the
// right-to-left override, which reorders what follows it.
const flat = (text: string) => text.replace(/[\s\u00a0\u202f\u202e]+/g, "");

describe.skipIf(libreOfficeMissing)("property: arbitrary valid projects generate readable documents", () => {
  const { numRuns, seed } = runs(3);
  const projects: TrainingProject[] = fc.sample(validProject, { numRuns, seed });
  let pdfs: Record<string, PdfResult> = {};
  const renderWarnings: string[] = [];

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [i, project] of projects.entries()) {
      const vm = buildViewModel(project, { draft: true, check: checkProject(project) });
      for (const document of documents) {
        const { buffer, warnings } = await renderDocument(document, vm, { projectDir: "." });
        renderWarnings.push(...warnings.map((w) => `projet ${i}, ${document.id} : ${w}`));
        files[`p${i}-${document.id}`] = buffer;
      }
    }
    pdfs = await docxToPdf(files);
  });

  it(`draws ${numRuns} projects (seed ${seed}; FAST_CHECK_RUNS and FAST_CHECK_SEED change them) that render without warnings`, () => {
    expect(projects).toHaveLength(numRuns);
    expect(renderWarnings).toEqual([]);
  });

  it("every document opens in LibreOffice and shows the course title and every unit title", () => {
    for (const [i, project] of projects.entries()) {
      for (const document of documents) {
        const where = `projet ${i} (graine ${seed}), ${document.id}`;
        const text = flat(pdfs[`p${i}-${document.id}`]!.text);
        expect(text, where).toContain(flat(project.course.title).slice(0, 40));
        // The attestation names the course, not its units.
        if (document.id === "attestation") continue;
        for (const unit of project.units ?? []) expect(text, `${where}: ${unit.title}`).toContain(flat(unit.title));
      }
    }
  });
});
