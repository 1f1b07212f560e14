/**
 * The attestation's signature block (issue 13, item 4): place and date, the signatory's name and
 * role, then room to sign of a fixed height, kept together; what the project does not give is left
 * out, with no marker. (That the attestation stays one page in LibreOffice, signature block
 * included, is attestation.test.ts's.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { attestation } from "../../src/documents/attestation.js";
import { renderDocument } from "../../src/docx/render-document.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
import { docxPart } from "../helpers/docx.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

function hybrid(): TrainingProject & Record<string, any> {
  const path = join(EXAMPLES, "hybride-management-equipe.yaml");
  const result = validateProject(parseProjectText(readFileSync(path, "utf8"), path));
  if (!result.valid) throw new Error("exemple invalide");
  return structuredClone(result.project) as TrainingProject & Record<string, any>;
}

interface Para {
  text: string;
  xml: string;
}

/** The paragraphs of the attestation from « Fait … » on, with their text (fields' instructions left out). */
async function signatureBlock(project: TrainingProject): Promise<Para[]> {
  const { buffer } = await renderDocument(attestation, buildViewModel(project, { draft: false }), { projectDir: EXAMPLES });
  const paras = [...docxPart(buffer).matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    xml,
    text: xml
      .replace(/<w:instrText\b[^>]*>[^<]*<\/w:instrText>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&apos;/g, "'"),
  }));
  const start = paras.findIndex((p) => p.text.startsWith("Fait "));
  expect(start).toBeGreaterThan(0);
  // Up to the mention of the issuing organisation, which closes the page.
  const end = paras.findIndex((p, i) => i > start && /attestation/i.test(p.text));
  return paras.slice(start, end);
}

/** Room to sign: an empty paragraph at least 48 pt high (960 twentieths of a point). */
function isRoomToSign(p: Para): boolean {
  const line = /<w:spacing [^>]*w:line="(\d+)" w:lineRule="(atLeast|exact)"/.exec(p.xml);
  return p.text.trim() === "" && line !== null && Number(line[1]) >= 960;
}

describe("attestation: signature block", () => {
  test("place and date, name, role, then room to sign; kept together, on the right half", async () => {
    const block = await signatureBlock(hybrid());
    expect(block.map((p) => p.text.trim())).toEqual(["Fait à Lyon, le «date_achevement»", "Isabelle Fournier", "Directrice du CVRH de Lyon", ""]);
    expect(isRoomToSign(block[3]!)).toBe(true);
    // Every paragraph but the last keeps with the next: the block never splits across pages.
    for (const p of block.slice(0, -1)) expect(p.xml).toContain("<w:keepNext/>");
    for (const p of block) expect(p.xml).toMatch(/<w:ind w:left="(\d{4,})"/);
  });

  test("without signatory nor place: « Fait le … » and the room to sign, no marker", async () => {
    const project = hybrid();
    delete project.recognition.signatory;
    delete project.recognition.place;
    const block = await signatureBlock(project);
    expect(block.map((p) => p.text.trim())).toEqual(["Fait le «date_achevement»", ""]);
    expect(isRoomToSign(block[1]!)).toBe(true);
    expect(block.map((p) => p.text).join(" ")).not.toContain("À COMPLÉTER");
  });

  test("a role without a name, and a name without a role", async () => {
    const roleOnly = hybrid();
    delete roleOnly.recognition.signatory.name;
    // The schema requires a person's name; the view model may still meet a role alone (draft input).
    expect((await signatureBlock(roleOnly)).map((p) => p.text.trim())).toEqual(["Fait à Lyon, le «date_achevement»", "Directrice du CVRH de Lyon", ""]);
    const nameOnly = hybrid();
    delete nameOnly.recognition.signatory.role;
    expect((await signatureBlock(nameOnly)).map((p) => p.text.trim())).toEqual(["Fait à Lyon, le «date_achevement»", "Isabelle Fournier", ""]);
  });
});
