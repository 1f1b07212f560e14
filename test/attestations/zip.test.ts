// The ZIP writer behind the per-learner attestations (REC-2): what it writes must be a ZIP that
// standard readers open, with the right text, CRC and sizes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SegmentedEntry, crc32, makeEntry, writeZip } from "../../src/attestations/zip.js";

const encoder = new TextEncoder();
/** Text that compresses, with accents and characters outside the BMP. */
const prose = (length: number) => "Attestation de réussite – « Mentor » 🎓 ".repeat(Math.ceil(length / 40)).slice(0, length);

describe("SegmentedEntry: fixed pieces compressed once, variable text between them", () => {
  const cases: [string, string[], string[]][] = [
    ["short pieces", ["<a>", "</a><b>", "</b>"], ["Dupont", "Zoé"]],
    ["empty fixed pieces at both ends and between", ["", "", ""], ["x", "y"]],
    ["no variable text", [prose(5_000)], []],
    ["large fixed pieces", [prose(70_000), prose(30_000)], ["&lt;script&gt;"]],
    ["variable text longer than a stored block (64 KiB)", ["<w:t>", "</w:t>"], [prose(150_000)]],
    ["empty variable text", ["a", "b"], [""]],
  ];
  for (const [label, fixed, variable] of cases) {
    it(`${label}: inflates to the joined text, with its CRC and size`, () => {
      const expected = fixed.map((piece, i) => piece + (variable[i] ?? "")).join("");
      const entry = new SegmentedEntry("word/document.xml", fixed).entry(variable);
      const bytes = encoder.encode(expected);
      expect(entry.size).toBe(bytes.length);
      expect(entry.crc).toBe(crc32(bytes));
      const zip = writeZip([entry, makeEntry("autre.xml", encoder.encode("<autre/>"))]);
      const files = unzipSync(zip);
      expect(strFromU8(files["word/document.xml"]!)).toBe(expected);
      expect(strFromU8(files["autre.xml"]!)).toBe("<autre/>");
    });
  }

  it("each copy compresses only its own text: the fixed pieces' bytes are shared", () => {
    const segmented = new SegmentedEntry("d.xml", [prose(20_000), prose(20_000)]);
    const one = segmented.entry(["A"]);
    const other = segmented.entry(["B".repeat(100)]);
    // The variable text is stored, not compressed: the sizes differ by exactly its growth.
    expect(other.compressedSize - one.compressedSize).toBe(99);
    expect(one.compressedSize).toBeLessThan(40_000 / 5);
  });

  it("refuses a number of variable pieces that does not fit the fixed ones", () => {
    expect(() => new SegmentedEntry("d.xml", ["a", "b"]).entry([])).toThrow(/variable/);
  });

  it.skipIf(!hasUnzip())("unzip -t, a reader independent of ours, finds every entry intact", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    try {
      const file = join(dir, "test.docx");
      const entry = new SegmentedEntry("word/document.xml", [prose(80_000), prose(1_000), prose(10)]).entry(["Élodie", prose(70_000)]);
      writeFileSync(file, writeZip([entry]));
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function hasUnzip(): boolean {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    // .ci/run installs unzip: missing there is a failure, not a skip.
    if (process.env.CI) throw new Error("CI : unzip n'est pas installé");
    return false;
  }
}
