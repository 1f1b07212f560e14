import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { convertToPdf } from "../../src/pdf/libreoffice.js";

const hasSoffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

async function docx(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  const doc = new Document({ sections: [{ children: [new Paragraph(text)] }] });
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

describe("PDF conversion through LibreOffice", () => {
  it.runIf(hasSoffice || process.env.CI)("converts several files in one call, each PDF beside its .docx, no temp file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-"));
    const files = [await docx(dir, "un.docx", "Premier document"), await docx(dir, "deux.docx", "Second document")];
    const pdfs = await convertToPdf(files);
    expect(pdfs).toEqual([join(dir, "un.pdf"), join(dir, "deux.pdf")]);
    expect(readdirSync(dir).sort()).toEqual(["deux.docx", "deux.pdf", "un.docx", "un.pdf"]);
    expect(execFileSync("pdftotext", [pdfs[1]!, "-"], { encoding: "utf8" })).toContain("Second document");
  });

  it("a missing LibreOffice is a user error with exit code 2 that says what to install", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-"));
    const file = await docx(dir, "x.docx", "x");
    const saved = process.env.MENTOR_DOCS_SOFFICE;
    process.env.MENTOR_DOCS_SOFFICE = join(dir, "no-such-soffice");
    try {
      const failure = await convertToPdf([file]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(UserError);
      expect((failure as UserError).exitCode).toBe(2);
      expect((failure as UserError).message).toMatch(/LibreOffice est introuvable.*apt-get install libreoffice-writer-nogui/);
    } finally {
      if (saved === undefined) delete process.env.MENTOR_DOCS_SOFFICE;
      else process.env.MENTOR_DOCS_SOFFICE = saved;
    }
  });
});
