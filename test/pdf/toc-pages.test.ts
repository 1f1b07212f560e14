// Exact page numbers wherever there is a page (issue 13.2): with --pdf, LibreOffice updates the
// tables of contents before exporting, so every entry of a PDF's Sommaire gives the page its
// heading is printed on; the same numbers are written into the .docx. Without --pdf, the .docx
// carries no number at all (Word computes them when it opens the file): never a wrong one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../../src/generate/index.js";
import { convertToPdf } from "../../src/pdf/libreoffice.js";
import { docxPart } from "../helpers/docx.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";

const root = join(import.meta.dirname, "../..");
const examples = readdirSync(join(root, "examples")).filter((f) => /\.(ya?ml|json)$/.test(f));
const work = mkdtempSync(join(tmpdir(), "mentor-toc-pages-"));

/** The documents with a table of contents, by example: their .docx as written (before the PDF) and after. */
const docs: { example: string; path: string; before: string; after?: string; pdfText?: string }[] = [];

beforeAll(async () => {
  for (const [i, example] of examples.entries()) {
    const outcome = await generate({ project: join(root, "examples", example), outDir: join(work, String(i)), draft: true });
    if (outcome.status !== "written") throw new Error(`${example}: ${outcome.status}`);
    for (const w of outcome.written.filter((written) => written.path.endsWith(".docx"))) {
      const xml = docxPart(new Uint8Array(readFileSync(w.path)));
      if (xml.includes("TOC \\")) docs.push({ example, path: w.path, before: xml });
    }
  }
  if (libreOfficeMissing) return;
  // One LibreOffice for every document of every example.
  const pdfs = await convertToPdf(
    docs.map((d) => d.path),
    { updateIndexes: true },
  );
  for (const [i, d] of docs.entries()) {
    d.after = docxPart(new Uint8Array(readFileSync(d.path)));
    d.pdfText = execFileSync("pdftotext", ["-layout", pdfs[i]!, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (process.env.TOC_DEBUG) writeFileSync(join(process.env.TOC_DEBUG, `${i}.txt`), d.pdfText);
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text without any white space (pdftotext spaces, no-break spaces, line wraps), typographic apostrophes as straight. */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, "").replace(/[\u2019\u02bc]/g, "'");

interface Entry {
  title: string;
  page: number;
}

const TOC_LINE = /^\s*(.*?)\s*\.{3,}\s*(\d+)\s*$/;

/** The Sommaire's entries as the PDF prints them (an entry may wrap: its number ends the last line), and the last page they are on. */
function tocOf(pages: string[]): { entries: Entry[]; lastPage: number } {
  const first = pages.findIndex((p) => p.split("\n").some((line) => TOC_LINE.test(line)));
  const entries: Entry[] = [];
  let lastPage = first;
  for (let p = first; p < pages.length; p++) {
    const lines = pages[p]!.split("\n");
    let pending = "";
    let found = false;
    for (const line of lines) {
      const numbered = TOC_LINE.exec(line);
      if (numbered) {
        entries.push({ title: `${pending} ${numbered[1]}`.trim(), page: Number(numbered[2]) });
        pending = "";
        found = true;
      } else if (found) {
        // A wrapped entry's first line (between entries): kept for the next numbered line.
        pending = line.trim() && entries.length > 0 ? `${pending} ${line.trim()}` : "";
      }
    }
    if (!found) break;
    lastPage = p;
  }
  return { entries, lastPage };
}

/** Index (0-based) of the first page, from `from`, where the heading is printed as whole lines; -1 if none. */
function printedOn(pages: string[], title: string, from: number): number {
  const wanted = squash(title);
  for (let p = from; p < pages.length; p++) {
    const lines = pages[p]!.split("\n").map(squash);
    for (let i = 0; i < lines.length; i++) {
      let joined = "";
      for (let j = i; j < Math.min(lines.length, i + 4); j++) {
        joined += lines[j];
        if (joined === wanted) return p;
        if (!wanted.startsWith(joined)) break;
      }
    }
  }
  return -1;
}

describe("table of contents page numbers", () => {
  test("every example has documents with a table of contents", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(docs.filter((d) => d.example === example).length, example).toBeGreaterThanOrEqual(3);
  });

  test("as written, a real TOC field, entries linked to their headings, no page number, updated by Word on opening", () => {
    for (const d of docs) {
      const toc = /<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdtContent>/.exec(d.before)![0];
      const links = [...toc.matchAll(/<w:hyperlink [^>]*w:anchor="(_Toc\d+)"/g)].map((m) => m[1]!);
      expect(links.length, d.path).toBeGreaterThan(3);
      for (const anchor of links) expect(d.before, `${d.path}: bookmark ${anchor}`).toContain(`w:name="${anchor}"`);
      // The PAGEREF results are empty: no estimated number.
      expect(toc, d.path).not.toMatch(/PAGEREF[^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t/);
      expect(toc).toContain('w:dirty="true"');
    }
    const settings = docxPart(new Uint8Array(readFileSync(docs[0]!.path)), "word/settings.xml");
    expect(settings).toContain("<w:updateFields/>");
  });

  test.skipIf(libreOfficeMissing)("with --pdf: every entry of every PDF's Sommaire is the page its heading is printed on", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const d of docs) {
      const pages = d.pdfText!.split("\f");
      const { entries, lastPage } = tocOf(pages);
      const written = [...d.after!.matchAll(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/g)].length;
      expect(entries.length, `${d.path}: entries of the PDF's Sommaire`).toBe(written);
      let from = lastPage + 1;
      for (const entry of entries) {
        const on = printedOn(pages, entry.title, from);
        if (on < 0) wrong.push(`${d.path}: « ${entry.title} » not found from page ${from + 1}`);
        else {
          if (on + 1 !== entry.page) wrong.push(`${d.path}: « ${entry.title} » listed on page ${entry.page}, printed on ${on + 1}`);
          from = on;
        }
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  test.skipIf(libreOfficeMissing)("with --pdf: the .docx carries the PDF's numbers, its fields still marked for Word to update", () => {
    for (const d of docs) {
      const fromDocx = [...d.after!.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t>(\d+)<\/w:t>/g)].map((m) => Number(m[1]));
      const fromPdf = tocOf(d.pdfText!.split("\f")).entries.map((e) => e.page);
      expect(fromDocx, d.path).toEqual(fromPdf);
      expect(d.after).toContain('w:dirty="true"');
    }
  });
});
