// Schema-valid packages (issue 13.1): the Open XML SDK's validator (the SDK compiled to
// WebAssembly, @ooxml-tools/validate), Microsoft 365 profile, finds no error in any document the
// tool writes: every document of every example in draft mode, with a --reference-doc, each
// learner's attestation and the merged attestations (the attestations command run in this
// process). Schema errors are how Word's « unreadable content » starts, and Word is stricter than
// LibreOffice. One validator for the whole file: it takes seconds to start.
// Reference documents: one of ours, one whose styles are out of the schema's order, and pandoc's
// own reference.docx (which is, and whose styles mentor-docs puts back in order).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import validate from "@ooxml-tools/validate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeTocPageNumbers } from "../../src/docx/toc-numbers.js";
import { generate } from "../../src/generate/index.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { docxPart } from "../helpers/docx.js";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "mentor-schema-valid-"));
const examples = [
  ...readdirSync(join(root, "examples")).filter((f) => /\.(ya?ml|json)$/.test(f)),
  ...readdirSync(join(root, "examples/drafts")).map((f) => `drafts/${f}`),
];

/** Every .docx to validate, by a label that says where it comes from. */
const files = new Map<string, string>();

async function writeAll(example: string, outDir: string, reference?: { label: string; path: string }): Promise<void> {
  const outcome = await generate({ project: join(root, "examples", example), outDir, draft: true, referenceDoc: reference?.path });
  if (outcome.status !== "written") throw new Error(`${example}: ${outcome.status}`);
  for (const w of outcome.written) files.set(`${example}${reference ? ` (--reference-doc ${reference.label})` : ""}: ${w.document.id}`, w.path);
}

/**
 * A copy of a .docx whose styles are out of the schema's order, as some writers leave them: in
 * each style, the name last; in each run's properties, the elements reversed.
 */
function disorderStyles(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts["word/styles.xml"]!)
    .replace(/(<w:style\b[^>]*>)(<w:name [^>]*\/>)([\s\S]*?)(<\/w:style>)/g, "$1$3$2$4")
    .replace(/<w:rPr>((?:<w:[A-Za-z]+(?: [^>]*)?\/>){2,})<\/w:rPr>/g, (_all, inner: string) => `<w:rPr>${inner.match(/<[^>]+>/g)!.reverse().join("")}</w:rPr>`);
  parts["word/styles.xml"] = strToU8(xml);
  return zipSync(parts);
}

const pandocReference = (() => {
  try {
    return execFileSync("pandoc", ["--print-default-data-file", "reference.docx"], { maxBuffer: 16 << 20 });
  } catch {
    return undefined;
  }
})();
// .ci/run installs pandoc: a missing one there is a failure, not a skip.
if (!pandocReference && process.env.CI) throw new Error("CI : pandoc n'est pas installé");
const disordered = join(work, "disordered-reference.docx");

beforeAll(async () => {
  for (const [i, example] of examples.entries()) await writeAll(example, join(work, `draft-${i}`));
  // A reference document: one of our own documents, as a user would start from.
  const reference = files.get("hybride-management-equipe.yaml: livret-formateur")!;
  await writeAll("hybride-management-equipe.yaml", join(work, "reference"), { label: "ours", path: reference });
  writeFileSync(disordered, disorderStyles(new Uint8Array(readFileSync(reference))));
  await writeAll("autonomie-accessibilite-numerique.yaml", join(work, "disordered"), { label: "disordered", path: disordered });
  if (pandocReference) {
    writeFileSync(join(work, "pandoc-reference.docx"), pandocReference);
    await writeAll("grand-parcours.json", join(work, "pandoc"), { label: "pandoc", path: join(work, "pandoc-reference.docx") });
  }
  // Attestations for a list of learners, merged too (the CLI, as built).
  const learners = join(work, "apprenants.csv");
  writeFileSync(learners, ["nom;prénom;courriel;date;temps passé", "Dupont;Marie;marie.dupont@exemple.gouv.fr;2026-04-10;18h", "D'Aubigné;Ève;eve.daubigne@exemple.gouv.fr;2026-04-11;19h"].join("\n"));
  const out = join(work, "attestations");
  const made = await runCliInProcess(["attestations", join(root, "examples/hybride-management-equipe.yaml"), "--learners", learners, "--out", out, "--merge", "--quiet"]);
  if (made.status !== 0) throw new Error(made.stderr);
  for (const file of readdirSync(join(out, "attestations"))) files.set(`attestations: ${file}`, join(out, "attestations", file));
  for (const file of readdirSync(out).filter((f) => f.endsWith(".docx"))) files.set(`attestations: ${file}`, join(out, file));
  // The table of contents once --pdf has written LibreOffice's page numbers into it.
  const cdc = new Uint8Array(readFileSync(files.get("hybride-management-equipe.yaml: cahier-des-charges")!));
  const entries = [...docxPart(cdc).matchAll(/PAGEREF _Toc/g)].length;
  const numbered = writeTocPageNumbers(cdc, Array.from({ length: entries }, (_, i) => String(3 + i)));
  if (!numbered) throw new Error("writeTocPageNumbers wrote nothing");
  writeFileSync(join(work, "numbered.docx"), numbered);
  files.set("hybride-management-equipe.yaml: cahier-des-charges, numbered as by --pdf", join(work, "numbered.docx"));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the Open XML SDK validator (Microsoft 365) finds no schema error", () => {
  test("in every document of every example (the DPGF spreadsheet included), with a reference document, and in the attestations", { timeout: 300_000 }, async () => {
    expect(files.size).toBeGreaterThanOrEqual(examples.length * 5 + 5 + 5 + (pandocReference ? 5 : 0) + 3);
    expect([...files.keys()].filter((k) => k.includes("(--reference-doc disordered)")).length).toBeGreaterThanOrEqual(5);
    expect([...files.values()].filter((path) => path.endsWith(".xlsx")).length).toBeGreaterThanOrEqual(2);
    expect([...files.keys()].filter((k) => k.startsWith("attestations:")).length).toBe(3);
    const errors: string[] = [];
    for (const [label, path] of files) {
      // The Word documents, and the DPGF spreadsheet of the examples with a tender part.
      const results = await validate(new Uint8Array(readFileSync(path)), path.endsWith(".xlsx") ? "xlsx" : "docx", "Microsoft365");
      for (const r of results) errors.push(`${label}: ${r.path.partUri} ${r.path.xpath}: ${r.description}`);
    }
    expect(errors).toEqual([]);
  });

  test("the disordered reference, and pandoc's, do have styles out of the schema's order: the documents made with them are not valid by chance", async () => {
    const stylesErrors = async (docx: Uint8Array) =>
      (await validate(docx, "docx", "Microsoft365")).filter((r) => r.path.partUri === "/word/styles.xml" && /unexpected child element/.test(r.description));
    expect((await stylesErrors(new Uint8Array(readFileSync(disordered)))).length).toBeGreaterThan(10);
    if (pandocReference) expect((await stylesErrors(new Uint8Array(pandocReference))).length).toBeGreaterThan(0);
  });

  test("the validator does report a schema error (highlight in a style's run properties, as before)", async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
    const parts = unzipSync(new Uint8Array(readFileSync(files.values().next().value!)));
    parts["word/styles.xml"] = strToU8(strFromU8(parts["word/styles.xml"]!).replace(/<w:rPr><w:b\/>/, '<w:rPr><w:b/><w:highlight w:val="yellow"/>'));
    const results = await validate(zipSync(parts), "docx", "Microsoft365");
    expect(results.map((r) => r.description).join("\n")).toMatch(/highlight/);
  });
});
