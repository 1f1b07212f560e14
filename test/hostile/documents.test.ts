/**
 * Hostile text in every free-text field reaches every document literally: markup, template syntax,
 * Markdown, typography marks, a right-to-left override, and 10,000 characters. Nothing is
 * interpreted, nothing is written outside --out.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { documents } from "../../src/documents/registry.js";
import { renderDocument, writeDocument } from "../../src/docx/render-document.js";
import { loadProjectFile, parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxPart } from "../helpers/docx.js";
import { docxToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";
import type { TrainingProject } from "../../src/schema/index.js";

const root = new URL("../..", import.meta.url).pathname;
const NASTY = "{{ x }} <script>alert(1)</script> & | ** # « » \u202e ";

/** Sets every string of the project to hostile text, except where the schema refuses it (ids, dates, URLs…). */
function poison(project: TrainingProject, text: (path: string) => string): TrainingProject {
  const data = structuredClone(project) as unknown as Record<string, unknown>;
  const strings: { parent: Record<string | number, unknown>; key: string | number; path: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      const p = `${path}/${key}`;
      if (typeof value === "string" && key !== "$schema") strings.push({ parent: node as Record<string, unknown>, key: k, path: p });
      else visit(value, p);
    }
  };
  visit(data, "");
  for (const s of strings) {
    const before = s.parent[s.key];
    s.parent[s.key] = text(s.path);
    // Keep the change only if the data stays valid: ids, references, dates and URLs keep their form.
    const result = validateProject(parseProjectText(JSON.stringify(data), "p.json"));
    if (!result.valid) s.parent[s.key] = before;
  }
  return data as unknown as TrainingProject;
}

let project: TrainingProject;
let poisonedCount = 0;
/** The fiche formation of the poisoned project as LibreOffice prints it (one conversion for the file). */
let ficheText = "";

beforeAll(async () => {
  const loaded = await loadProjectFile(join(root, "examples/autonomie-accessibilite-numerique.yaml"));
  const validation = validateProject(loaded);
  if (!validation.valid) throw new Error("example invalid");
  let n = 0;
  project = poison(validation.project, (path) => {
    n++;
    // The summary carries 10,000 characters; the other fields a short hostile text, tagged by field.
    return path === "/course/summary" ? NASTY.repeat(400).slice(0, 10_000) : `${NASTY}#${n}`;
  });
  poisonedCount = n;
  if (libreOfficeMissing) return;
  const vm = buildViewModel(project, { draft: true, check: checkProject(project) });
  const fiche = documents.find((d) => d.id === "fiche-formation")!;
  const { buffer } = await renderDocument(fiche, vm, { projectDir: root });
  ficheText = (await docxToPdf({ fiche: buffer })).fiche!.text;
});

describe("hostile text in every field", () => {
  it("poisons most of the project's strings and the result is still valid", () => {
    expect(poisonedCount).toBeGreaterThan(100);
    expect(validateProject(parseProjectText(JSON.stringify(project), "p.json")).valid).toBe(true);
  });

  it("every document renders it literally (escaped in the XML), with no conversion warning, inside --out", async () => {
    const out = mkdtempSync(join(tmpdir(), "mentor-nasty-"));
    const vm = buildViewModel(project, { draft: true, check: checkProject(project) });
    for (const document of documents) {
      const written = await writeDocument(document, vm, { projectDir: root, outDir: out });
      expect(written.warnings).toEqual([]);
      const xml = docxPart(written.buffer);
      expect(xml).toContain("{{ x }} &lt;script&gt;alert(1)&lt;/script&gt; &amp; | ** #");
      expect(xml).not.toMatch(/<script/);
    }
    expect(readdirSync(out).sort()).toEqual(documents.map((d) => `${vm.course.slug}-${d.id}.docx`).sort());
    expect(vm.course.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it.skipIf(libreOfficeMissing)("LibreOffice shows the text as typed, 10,000 characters included", () => {
    const flat = ficheText.replace(/[\s\u00a0\u202f]+/g, "");
    expect(flat).toContain("{{x}}<script>alert(1)</script>&|**#");
    // The 10,000-character summary is there whole (204 copies of the text). After the U+202E
    // right-to-left override a reader sees the rest of the line reversed, as the text asks.
    expect(flat.match(/alert|trela/g)!.length).toBeGreaterThanOrEqual(204);
  });
});
