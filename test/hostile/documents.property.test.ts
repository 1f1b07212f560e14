/**
 * Property: any valid project, however small or odd, generates documents that LibreOffice opens
 * and whose text shows the course title and every unit title.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { documents } from "../../src/documents/registry.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { buildViewModel } from "../../src/model/index.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";
import { runs, validProject } from "./arbitraries.js";

// pdftotext gives the text as laid out: compare without spaces of any kind, and without the
// right-to-left override, which reorders what follows it.
const flat = (text: string) => text.replace(/[\s\u00a0\u202f\u202e]+/g, "");

describe.skipIf(libreOfficeMissing)("property: arbitrary valid projects generate readable documents", () => {
  it("every document opens in LibreOffice and shows the course title and every unit title", async () => {
    await fc.assert(
      fc.asyncProperty(validProject, async (project) => {
        const vm = buildViewModel(project, { draft: true, check: checkProject(project) });
        const files: Record<string, Uint8Array> = {};
        for (const document of documents) {
          const { buffer, warnings } = await renderDocument(document, vm, { projectDir: "." });
          expect(warnings).toEqual([]);
          files[document.id] = buffer;
        }
        const pdfs = await docxToPdf(files);
        for (const document of documents) {
          const text = flat(pdfs[document.id]!.text);
          expect(text, document.id).toContain(flat(project.course.title).slice(0, 40));
          // The attestation names the course, not its units.
          if (document.id === "attestation") continue;
          for (const unit of project.units ?? []) expect(text, `${document.id}: ${unit.title}`).toContain(flat(unit.title));
        }
      }),
      runs(3),
    );
  });
});
