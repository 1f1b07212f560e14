/**
 * Issue 15, item 5: `--reference-doc` styles are parsed before they are copied into the documents.
 * A DOCTYPE (entities, XXE), a styles part that is not XML, not UTF-8 (UTF-16, Latin-1) or that
 * inflates past 10 MB is refused with a French message naming the file, exit 2, nothing written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { Zip, ZipDeflate, deflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { crc32, entryFromCompressed, writeZip } from "../../src/attestations/zip.js";
import { UserError } from "../../src/common/errors.js";
import { readReferenceStyles } from "../../src/docx/reference-doc.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const project = join(root, "examples/hybride-management-equipe.yaml");
const dir = mkdtempSync(join(tmpdir(), "mentor-refdoc-"));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
let valid: Record<string, Uint8Array>;

beforeAll(async () => {
  const reference = new Document({
    styles: { default: { heading1: { run: { color: "FF0000" } } } },
    sections: [{ children: [new Paragraph({ text: "Modèle", heading: HeadingLevel.HEADING_1 })] }],
  });
  valid = unzipSync(new Uint8Array(await Packer.toBuffer(reference)));
});

/** A reference .docx whose styles.xml is `styles` (text as UTF-8, or bytes). */
function referenceWith(name: string, styles: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, zipSync({ ...valid, "word/styles.xml": typeof styles === "string" ? strToU8(styles) : styles }));
  return file;
}

async function refusal(file: string): Promise<UserError> {
  try {
    await readReferenceStyles(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message.startsWith(`${file} : `)).toBe(true);
    return error as UserError;
  }
  throw new Error("expected a refusal");
}

describe("--reference-doc: what is accepted", () => {
  it("Word's styles, as the docx library writes them", async () => {
    const file = referenceWith("ok.docx", strFromU8(valid["word/styles.xml"]!));
    expect(await readReferenceStyles(file)).toContain('<w:color w:val="FF0000"/>');
  });

  it("a package whose entries use data descriptors (sizes after the data), as streaming zip writers make", async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, data] of Object.entries(valid)) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(data, true);
    }
    zip.end();
    const file = join(dir, "streamed.docx");
    writeFileSync(file, Buffer.concat(chunks));
    expect(await readReferenceStyles(file)).toContain("w:styles");
  });
});

describe("--reference-doc: what is refused", () => {
  it.each([
    [
      "entities (billion laughs)",
      `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles ${W}>&b;</w:styles>`,
      /contiennent une déclaration DOCTYPE \(DTD, entités\) : refusée/,
    ],
    [
      "an XXE declaration",
      `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles ${W}><w:style>&x;</w:style></w:styles>`,
      /DOCTYPE/,
    ],
    ["an external DTD", `<!DOCTYPE w:styles SYSTEM "http://exemple.invalid/x.dtd"><w:styles ${W}/>`, /DOCTYPE/],
    ["text that is not XML", "ceci n'est pas du XML <<< &", /ne sont pas du XML bien formé/],
    ["an unclosed element", `<w:styles ${W}><w:style>`, /ne sont pas du XML bien formé/],
    ["an undefined entity", `<w:styles ${W}>&nbsp;</w:styles>`, /ne sont pas du XML bien formé .*entité non définie/],
    ["a character XML forbids", `<w:styles ${W}>\u0001</w:styles>`, /ne sont pas du XML bien formé/],
    ["another root element", `<html><body/></html>`, /élément racine « w:styles »/],
    ["a declared encoding other than UTF-8", `<?xml version="1.0" encoding="ISO-8859-1"?><w:styles ${W}/>`, /encodage « ISO-8859-1 »/],
    // 200,000 levels would exhaust the stack of the reordering into the schema's order (exit 70 before).
    ["elements nested 200,000 levels deep", `<w:styles ${W}>${"<w:x>".repeat(200_000)}${"</w:x>".repeat(200_000)}</w:styles>`, /imbriquent leurs éléments sur plus de 100 niveaux/],
  ])("%s", async (name, styles, message) => {
    const error = await refusal(referenceWith(`${name.replace(/\W+/g, "-")}.docx`, styles));
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/root:x:0/);
  });

  it.each([
    ["UTF-16 with a byte order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<w:styles ${W}/>`, "utf16le")])],
    ["UTF-16 without a byte order mark", Buffer.from(`<w:styles ${W}/>`, "utf16le")],
  ])("%s", async (_name, bytes) => {
    expect((await refusal(referenceWith("utf16.docx", new Uint8Array(bytes)))).message).toMatch(/encodés en UTF-16 ; seul l'UTF-8/);
  });

  it("Latin-1 bytes", async () => {
    const bytes = Buffer.from(`<w:styles ${W}><w:name w:val="Titre é"/></w:styles>`, "latin1");
    expect((await refusal(referenceWith("latin1.docx", new Uint8Array(bytes)))).message).toMatch(/ne sont pas en UTF-8/);
  });

  it("styles inflating past 10 MB: refused, whether the zip states the size or lies about it", async () => {
    // 48 MB of spaces inside a valid root: 47 kB compressed.
    const big = Buffer.concat([Buffer.from(`<w:styles ${W}>`), Buffer.alloc(48 * 1024 * 1024, 0x20), Buffer.from("</w:styles>")]);
    const compressed = deflateRawSync(big);
    for (const statedSize of [big.length, 1000]) {
      const entries = Object.entries(valid)
        .filter(([name]) => name !== "word/styles.xml")
        .map(([name, data]) => entryFromCompressed(name, deflateSync(data), 8, crc32(data), data.length));
      entries.push(entryFromCompressed("word/styles.xml", compressed, 8, 0, statedSize));
      const file = join(dir, `bomb-${statedSize}.docx`);
      writeFileSync(file, writeZip(entries));
      expect((await refusal(file)).message).toMatch(/word\/styles\.xml\) dépassent 10 Mo une fois décompressés/);
    }
  });

  it("not a file: a directory or a FIFO is refused without reading it", async () => {
    expect((await refusal(dir)).message).toMatch(/doit être un fichier Word/);
    const fifo = join(dir, "fifo.docx");
    if (spawnSync("mkfifo", [fifo]).status === 0) expect((await refusal(fifo)).message).toMatch(/doit être un fichier Word/);
  });

  it("the CLI: exit 2, a French message naming the file, no document written, not even the output folder", () => {
    const file = referenceWith(
      "xxe.docx",
      `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles ${W}>&x;</w:styles>`,
    );
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, [cli, "generate", project, "--doc", "fiche-formation", "--reference-doc", file, "--out", out], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} : les styles du document (word/styles.xml) contiennent une déclaration DOCTYPE`);
    // The reference is read once, before anything is written (it was read again for each document).
    expect(existsSync(out)).toBe(false);
  });
});
