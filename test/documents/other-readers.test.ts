// Checkboxes and fields that other readers keep (issue 13.5): the carnet de bord's checkboxes are
// their glyph as text inside the content control, as Word writes them, and the attestation's merge
// fields are complex fields whose result « «nom» » readers show. Read with Debian's pandoc.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkboxGlyphsAsText } from "../../src/docx/other-readers.js";
import { generate } from "../../src/generate/index.js";
import { docxPart } from "../helpers/docx.js";

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "mentor-other-readers-"));
const pandocMissing = (() => {
  try {
    execFileSync("pandoc", ["--version"], { stdio: "ignore" });
    return undefined;
  } catch {
    return "pandoc n'est pas installé sur cette machine";
  }
})();
// .ci/run installs pandoc: a missing one there is a failure, not a skip.
if (pandocMissing && process.env.CI) throw new Error(`CI : ${pandocMissing}`);

const paths: Record<string, string> = {};
beforeAll(async () => {
  const outcome = await generate({ project: join(root, "examples/hybride-management-equipe.yaml"), outDir: work, documents: ["carnet-de-bord", "attestation"] });
  if (outcome.status !== "written") throw new Error(outcome.status);
  for (const w of outcome.written) paths[w.document.id] = w.path;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plain = (file: string) => execFileSync("pandoc", ["-f", "docx", "-t", "plain", file], { encoding: "utf8" });

describe("read by other readers", () => {
  test("checkboxes: the glyph as text in MS Gothic inside each w14:checkbox, no w:sym", () => {
    const xml = docxPart(new Uint8Array(readFileSync(paths["carnet-de-bord"]!)));
    const boxes = xml.match(/<w14:checkbox>/g)!.length;
    expect(boxes).toBeGreaterThan(20);
    expect(xml).not.toContain("<w:sym");
    expect(xml.match(/<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic"[^>]*\/><\/w:rPr><w:t>☐<\/w:t><\/w:r><\/w:sdtContent>/g)!.length).toBe(boxes);
  });

  test("a checked box shows ☒, and run properties keep their schema order", () => {
    const sdt = (run: string) => `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${run}</w:sdtContent></w:sdt>`;
    expect(checkboxGlyphsAsText(sdt('<w:r><w:sym w:char="2612" w:font="MS Gothic"/></w:r>'))).toContain("<w:t>☒</w:t>");
    expect(checkboxGlyphsAsText(sdt('<w:r><w:rPr><w:rStyle w:val="X"/><w:b/></w:rPr><w:sym w:char="2610" w:font="Segoe UI Symbol"/></w:r>'))).toContain(
      '<w:rPr><w:rStyle w:val="X"/><w:rFonts w:ascii="Segoe UI Symbol" w:eastAsia="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:hint="eastAsia"/><w:b/></w:rPr><w:t>☐</w:t>',
    );
  });

  test.skipIf(pandocMissing)("pandoc -f docx shows every checkbox of the carnet de bord as ☐", () => {
    const xml = docxPart(new Uint8Array(readFileSync(paths["carnet-de-bord"]!)));
    expect(plain(paths["carnet-de-bord"]!).match(/☐/g)?.length).toBe(xml.match(/<w14:checkbox>/g)!.length);
  });

  test.skipIf(pandocMissing)("pandoc -f docx shows the attestation's merge fields by their display text", () => {
    const text = plain(paths.attestation!);
    expect(text).toContain("«prenom» «nom»");
    expect(text).toMatch(/«date_achevement»/);
  });
});
