import { Document, Footer, Packer, Paragraph, SimpleMailMergeField, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { fill, findMergeFields, mergeAll, prepareTemplate } from "../../src/attestations/fill.js";
import { docxToPdf, libreOfficeMissing, type PdfResult } from "../helpers/libreoffice.js";

/** A stand-in for the attestation template: mail-merge fields in the body and in the footer. */
async function attestationDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun("Attestation de "), new SimpleMailMergeField("prenom")] })] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: "ATTESTATION DE PARTICIPATION", bold: true })] }),
          new Paragraph({
            children: [new TextRun("Je soussignée certifie que "), new SimpleMailMergeField("prenom"), new TextRun(" "), new SimpleMailMergeField("nom")],
          }),
          new Paragraph({ children: [new TextRun("a suivi la formation le "), new SimpleMailMergeField("date_achevement"), new TextRun(".")] }),
          new Paragraph({ children: [new TextRun("Fait à Paris.")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const plainText = (xml: string) => xml.replace(/<w:br\/>/g, "\n").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const allXml = (docx: Uint8Array) => Object.entries(unzipSync(docx)).filter(([p]) => p.endsWith(".xml")).map(([, d]) => strFromU8(d)).join("\n");

/** A filled and a merged attestation as LibreOffice prints them: one conversion for the file. */
let printed: Record<string, PdfResult> = {};

beforeAll(async () => {
  if (libreOfficeMissing) return;
  const template = prepareTemplate(await attestationDocx());
  const single = fill(template, { nom: "D'Aubigné & fils", prenom: "Ève", date_achevement: "9 mars 2026" });
  const merged = mergeAll(template, [
    { nom: "Dupont", prenom: "Marie", date_achevement: "1er mars 2026" },
    { nom: "Martin", prenom: "Paul", date_achevement: "2 mars 2026" },
  ]);
  printed = await docxToPdf({ single, merged });
});

describe("per-learner fill of the attestation (REC-2)", () => {
  it("REC-2 finds the merge fields of the rendered template, body and footer", async () => {
    const template = prepareTemplate(await attestationDocx());
    expect(template.fields).toEqual(["prenom", "nom", "date_achevement"]);
  });

  it("REC-2 replaces every merge field by the learner's escaped text; nothing else changes", async () => {
    const original = await attestationDocx();
    const template = prepareTemplate(original);
    const values = { nom: "D'Aubigné <script>&", prenom: 'Ève "la grande"', date_achevement: "9 mars 2026" };
    const out = fill(template, values);
    const xml = allXml(out);
    expect(xml).not.toMatch(/MERGEFIELD|fldSimple|«/);
    const files = unzipSync(out);
    const body = plainText(strFromU8(files["word/document.xml"]!));
    expect(body).toContain(`Je soussignée certifie que Ève "la grande" D'Aubigné <script>&`);
    expect(body).toContain("a suivi la formation le 9 mars 2026.");
    expect(strFromU8(files["word/document.xml"]!)).toContain("D'Aubigné &lt;script&gt;&amp;");
    const footer = Object.entries(files).find(([p]) => /word\/footer\d*\.xml/.test(p))!;
    expect(plainText(strFromU8(footer[1]))).toContain('Attestation de Ève "la grande"');
    // Every other entry is the original's, byte for byte, and the package keeps the same entries.
    const before = unzipSync(original);
    expect(Object.keys(files).sort()).toEqual(Object.keys(before).sort());
    for (const [path, data] of Object.entries(before)) {
      if (path === "word/document.xml" || path === footer[0]) continue;
      expect(Buffer.from(files[path]!).equals(Buffer.from(data)), path).toBe(true);
    }
  });

  it("REC-2 line feeds become line breaks and XML-forbidden characters are dropped", async () => {
    const template = prepareTemplate(await attestationDocx());
    const document = strFromU8(unzipSync(fill(template, { nom: "A\nB\u0001", prenom: "x", date_achevement: "" }))["word/document.xml"]!);
    expect(document).toContain('<w:t xml:space="preserve">A</w:t><w:br/><w:t xml:space="preserve">B</w:t>');
    expect(document).not.toContain("\u0001");
  });

  it("REC-2 also fills Word's complex fields (fldChar begin / instrText / separate / end)", () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>' +
      '<w:r><w:t xml:space="preserve">Nom : </w:t></w:r>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> MERGEFIELD </w:instrText></w:r><w:r><w:instrText>"nom de famille" \\* MERGEFORMAT </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>«nom de famille»</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      "</w:p><w:sectPr/></w:body></w:document>";
    expect(findMergeFields(xml).map((s) => s.name)).toEqual(["nom de famille"]);
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
    const out = strFromU8(unzipSync(fill(prepareTemplate(docx), { "nom de famille": "Martin" }))["word/document.xml"]!);
    expect(out).not.toContain("MERGEFIELD");
    expect(out).toContain('<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve">Martin</w:t></w:r>');
    expect(out).toContain(" PAGE "); // other fields are left alone
  });

  it("REC-2 mergeAll: one document, every attestation, each on its own page, no field left", async () => {
    const template = prepareTemplate(await attestationDocx());
    function* learners() {
      for (const [nom, prenom] of [["Dupont", "Marie"], ["Martin", "Paul"], ["Lefèvre", "Chloé"]]) yield { nom: nom!, prenom: prenom!, date_achevement: "9 mars 2026" };
    }
    const merged = mergeAll(template, learners());
    const document = strFromU8(unzipSync(merged)["word/document.xml"]!);
    expect(document).not.toMatch(/MERGEFIELD|fldSimple/);
    expect(document.match(/ATTESTATION DE PARTICIPATION/g)).toHaveLength(3);
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    expect(document.match(/<w:sectPr\b/g)).toHaveLength(1);
    const text = plainText(document);
    expect(text.indexOf("Marie Dupont")).toBeLessThan(text.indexOf("Paul Martin"));
    expect(text.indexOf("Paul Martin")).toBeLessThan(text.indexOf("Chloé Lefèvre"));
    expect(allXml(merged)).not.toContain("«prenom»"); // the shared footer's field is emptied
  });

  it("REC-2 a file that is not a .docx is a French user error", () => {
    expect(() => prepareTemplate(new Uint8Array([1, 2, 3]))).toThrow(/n'est pas un fichier \.docx/);
  });

  it.skipIf(libreOfficeMissing)("REC-2 filled and merged attestations open in LibreOffice with the learner's text", () => {
    expect(printed.single!.text).toContain("Je soussignée certifie que Ève D'Aubigné & fils");
    expect(printed.single!.text).not.toContain("«");
    expect(printed.single!.pages).toBe(1);
    expect(printed.merged!.pages).toBe(2);
    expect(printed.merged!.text).toMatch(/Marie Dupont[\s\S]*\f[\s\S]*Paul Martin/);
  });
});

describe("a learner's merge values", () => {
  it("are typeset like the attestation: the apostrophe of a name is ’, the address is left as it is", async () => {
    const { learnerFields } = await import("../../src/attestations/fields.js");
    const fields = learnerFields({ line: 2, lastName: "D'Aubigné", firstName: "Ève", email: "eve.d'aubigne@exemple.fr", result: "Acquis aujourd'hui" } satisfies import("../../src/attestations/learners/read-learners.js").Learner);
    expect(fields.nom).toBe("D’Aubigné");
    expect(fields.nom_complet).toBe("Ève D’Aubigné");
    expect(fields.resultat).toBe("Acquis aujourd’hui");
    expect(fields.courriel).toBe("eve.d'aubigne@exemple.fr");
  });
});
