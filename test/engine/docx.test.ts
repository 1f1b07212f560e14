import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { renderDocument, writeDocument, type DocumentDefinition } from "../../src/documents/definition.js";
import { checkAccessibility } from "../../src/docx/accessibility.js";
import { compileParts, finishPackage } from "../../src/docx/package.js";
import { findTemplates } from "../../src/render/template-files.js";
import { docxPart, normalisedDocumentXml } from "../helpers/docx.js";
import { fixtureDocument, fixtureProject, fixtureViewModel, fixturesDir } from "./fixture.js";
import { buildViewModel } from "../../src/model/index.js";

const options = { projectDir: fixturesDir };
const goldenPath = join(fixturesDir, "golden", "fixture-document.xml");

describe("docx", () => {
  test("golden: normalised word/document.xml of the fixture document (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const { buffer, warnings } = await renderDocument(fixtureDocument, fixtureViewModel(), options);
    expect(warnings).toEqual([]);
    const xml = normalisedDocumentXml(buffer);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(fixturesDir, "golden"), { recursive: true });
      writeFileSync(goldenPath, xml);
    }
    expect(xml).toBe(readFileSync(goldenPath, "utf8"));
  });

  test("the built-in partials convert without a warning", async () => {
    const vm = fixtureViewModel(undefined, true);
    const { warnings, html } = await renderDocument(fixtureDocument, vm, options);
    const partials = [...findTemplates("fixture", { documentRoot: fixturesDir }).partials.keys()];
    for (const name of ["activity-card", "unit-scenario", "objectives-list", "course-identity"]) expect(partials).toContain(name);
    expect(html).toContain("Activité 1.1");
    expect(warnings).toEqual([]);
  });

  test("zipped once from docx's compiled parts: the same bytes as Packer's package unzipped and zipped again", async () => {
    const document = () => new Document({ sections: [{ children: [new Paragraph({ text: "Titre", heading: HeadingLevel.HEADING_1 }), new Paragraph("Texte")] }] });
    const parts = await compileParts(document());
    expect(parts).not.toBeInstanceOf(Uint8Array); // the compiler was found: no zip to undo
    const once = finishPackage(parts, { date: "2026-03-09" });
    const twice = finishPackage(new Uint8Array(await Packer.toBuffer(document())), { date: "2026-03-09" });
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
  });

  test("deterministic: two renders are byte-identical", async () => {
    const a = await renderDocument(fixtureDocument, fixtureViewModel(), options);
    const b = await renderDocument(fixtureDocument, fixtureViewModel(), options);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  });

  test("document dates come from meta.date, else SOURCE_DATE_EPOCH", async () => {
    const core = async (vm: ReturnType<typeof fixtureViewModel>) => docxPart((await renderDocument(fixtureDocument, vm, options)).buffer, "docProps/core.xml");
    expect(await core(fixtureViewModel())).toContain(">2026-03-09T00:00:00Z</dcterms:created>");
    expect(await core(fixtureViewModel((p) => (p.meta.date = "2026-04-01")))).toContain(">2026-04-01T00:00:00Z</dcterms:modified>");
    const project = fixtureProject();
    delete project.meta;
    expect(await core(buildViewModel(project, { sourceDateEpoch: 1_767_225_600 }))).toContain(">2026-01-01T00:00:00Z</dcterms:created>");
    expect(await core(buildViewModel(project, { sourceDateEpoch: 1_800_000_000 }))).toContain(">2027-01-15T00:00:00Z</dcterms:created>");
  });

  test("properties, language, styles: title, fr-FR, headings in bleu France, table style", async () => {
    const { buffer } = await renderDocument(fixtureDocument, fixtureViewModel(), options);
    const core = docxPart(buffer, "docProps/core.xml");
    expect(core).toContain("<dc:title>Accueillir le public «\u202fdifficile\u202f»</dc:title>");
    expect(core).toContain("<dc:subject>Document d’essai");
    const styles = docxPart(buffer, "word/styles.xml");
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fr-FR"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:color w:val="000091"\/>/);
    expect(styles).toContain('w:styleId="TableauMentor"');
    const document = docxPart(buffer);
    expect(document).toContain('<w:tblStyle w:val="TableauMentor"/>');
    expect(document).toContain('<w:rStyle w:val="ACompleter"/>');
  });

  test("--reference-doc: the user's Word styles win, ours fill the gaps", async () => {
    const reference = new Document({
      styles: { default: { heading1: { run: { color: "FF0000", size: 40 } } } },
      sections: [{ children: [new Paragraph({ text: "Modèle", heading: HeadingLevel.HEADING_1 })] }],
    });
    const dir = mkdtempSync(join(tmpdir(), "refdoc-"));
    const file = join(dir, "reference.docx");
    writeFileSync(file, await Packer.toBuffer(reference));
    const { buffer } = await renderDocument(fixtureDocument, fixtureViewModel(), { ...options, referenceDoc: file });
    const styles = docxPart(buffer, "word/styles.xml");
    const heading1 = /<w:style\b[^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? "";
    expect(heading1).toContain('<w:color w:val="FF0000"/>');
    expect(heading1).not.toContain("000091");
    expect(styles).toContain('w:styleId="ACompleter"');
    await expect(renderDocument(fixtureDocument, fixtureViewModel(), { ...options, referenceDoc: join(dir, "absent.docx") })).rejects.toThrow(/document de référence introuvable/);
  });

  test("the producer's logo is on the cover with alternative text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "logo-"));
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    writeFileSync(join(dir, "logo.png"), png);
    const vm = fixtureViewModel((p) => (p.course.producer.logo = "logo.png"));
    const { buffer } = await renderDocument(fixtureDocument, vm, { projectDir: dir });
    expect(docxPart(buffer)).toMatch(/<wp:docPr [^>]*descr="Logo de Institut régional/);
    expect(checkAccessibility(buffer)).toEqual([]);
    await expect(renderDocument(fixtureDocument, vm, { projectDir: fixturesDir })).rejects.toThrow(/logo introuvable/);
  });
});

describe("accessibility check", () => {
  test("passes on the fixture document", async () => {
    const { buffer } = await renderDocument(fixtureDocument, fixtureViewModel(undefined, true), options);
    expect(checkAccessibility(buffer)).toEqual([]);
  });

  test("fails on a skipped heading level, a table without header row, no language, no TOC", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Un", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "Trois", heading: HeadingLevel.HEADING_3 }),
          ],
        },
      ],
    });
    const problems = checkAccessibility(new Uint8Array(await Packer.toBuffer(doc)));
    expect(problems.join("\n")).toMatch(/Niveau de titre sauté : un titre de niveau 3 suit un titre de niveau 1/);
    expect(problems.join("\n")).toMatch(/table des matières/);
    expect(problems.join("\n")).toMatch(/propriété « Titre »/);
  });

  test("fails on a table whose header row is not marked", async () => {
    const { buffer } = await renderDocument(fixtureDocument, fixtureViewModel(), options);
    const files = unzipSync(buffer);
    files["word/document.xml"] = strToU8(strFromU8(files["word/document.xml"]!).replace(/<w:tblHeader\/>/, ""));
    expect(checkAccessibility(zipSync(files))).toEqual(["Le tableau n° 1 n'a pas de ligne d'en-tête marquée (à répéter en haut de chaque page)."]);
  });
});

describe("write", () => {
  test("writes <out>/<course-slug>-<document>.docx, replacing the file whole", async () => {
    const out = mkdtempSync(join(tmpdir(), "out-"));
    const first = await writeDocument(fixtureDocument, fixtureViewModel(), { ...options, outDir: out });
    expect(first.path).toBe(join(out, "accueillir-le-public-difficile-fiche-test.docx"));
    writeFileSync(first.path, "old");
    await writeDocument(fixtureDocument, fixtureViewModel(), { ...options, outDir: out });
    expect(Buffer.from(readFileSync(first.path)).equals(Buffer.from(first.buffer))).toBe(true);
    expect(readdirSync(out)).toEqual(["accueillir-le-public-difficile-fiche-test.docx"]);
  });

  test("a render that fails leaves the previous file untouched and no temporary file", async () => {
    const out = mkdtempSync(join(tmpdir(), "out-"));
    const { path } = await writeDocument(fixtureDocument, fixtureViewModel(), { ...options, outDir: out });
    const before = readFileSync(path);
    const broken = mkdtempSync(join(tmpdir(), "broken-"));
    mkdirSync(join(broken, "fixture"));
    writeFileSync(join(broken, "fixture", "document.hbs"), "<h1>{{course.nope}}</h1>");
    const definition: DocumentDefinition = { ...fixtureDocument };
    await expect(writeDocument(definition, fixtureViewModel(), { ...options, outDir: out, templatesDir: broken })).rejects.toThrow(/« course.nope »/);
    expect(Buffer.from(readFileSync(path)).equals(before)).toBe(true);
    expect(readdirSync(out)).toEqual([path.split("/").pop()]);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });
});
