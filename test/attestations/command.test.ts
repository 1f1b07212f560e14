import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Document, Packer, Paragraph, SimpleMailMergeField, TextRun } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runAttestations, type AttestationsOptions } from "../../src/cli/commands/attestations-run.js";
import type { Output } from "../../src/cli/output.js";
import { unbake } from "../../src/attestations/badges/bake.js";
import { validateCredential } from "../../src/attestations/badges/ob3.js";
import { verifyCredentialJwt } from "../../src/attestations/badges/sign.js";

const PROJECT = join(import.meta.dirname, "../../examples/hybride-management-equipe.yaml");

/** Stand-in for the attestation document (written by the document engine): fields from MERGE_FIELDS. */
async function fakeTemplate(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun("Attestation : "), new SimpleMailMergeField("nom_complet")] }),
          new Paragraph({ children: [new TextRun("le "), new SimpleMailMergeField("date_achevement"), new TextRun(", "), new SimpleMailMergeField("temps_passe")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function capture(): Output & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t), isTTY: false };
}

function setup(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), "attestations-"));
  const learners = join(dir, "participants.csv");
  writeFileSync(learners, csv);
  const options: AttestationsOptions = { project: PROJECT, learners, out: join(dir, "out"), skipInvalid: false, pdf: false, merge: false, badges: false, quiet: false };
  return { dir, options };
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
const documentText = (path: string) => strFromU8(unzipSync(readFileSync(path))["word/document.xml"]!).replace(/<[^>]+>/g, "");

const GOOD = "Nom;Prénom;Courriel;Date;Temps passé\r\nDupont;Marie;m.dupont@exemple.fr;09/03/2026;17h30\r\nDupont;Marie;m.dupont2@exemple.fr;10/03/2026;18h\r\n../../etc;passwd;x@exemple.fr;;\r\n";

describe("attestations command (REC-2)", () => {
  it("REC-2 writes one attestation per learner, homonyms numbered, hostile names inside --out", async () => {
    const { options } = setup(GOOD);
    const output = capture();
    expect(await runAttestations(options, fakeTemplate, output)).toBe(0);
    expect(files(join(options.out, "attestations"))).toEqual(["dupont-marie-2.docx", "dupont-marie.docx", "etc-passwd.docx"]);
    expect(documentText(join(options.out, "attestations", "dupont-marie.docx"))).toContain("Attestation : Marie Dupont");
    expect(documentText(join(options.out, "attestations", "dupont-marie.docx"))).toContain("le 9\u00a0mars\u00a02026, 17\u00a0h\u00a030");
    expect(documentText(join(options.out, "attestations", "dupont-marie-2.docx"))).toContain("10\u00a0mars\u00a02026");
    expect(output.outText.join("\n")).toMatch(/3 attestations écrites dans .*attestations ; en \d+,\d s\./);
  });

  it("REC-2 a bad row aborts before any file is written; --skip-invalid writes the others", async () => {
    const csv = GOOD + "Martin;;paul@exemple.fr;;\r\nPetit;Léa;lea@exemple.fr;;16h\r\n";
    const { options } = setup(csv);
    const output = capture();
    expect(await runAttestations(options, fakeTemplate, output)).toBe(1);
    expect(existsSync(options.out)).toBe(false);
    const errors = output.errText.join("\n");
    expect(errors).toMatch(/participants\.csv:5:1  prénom  prénom manquant/);
    expect(errors).toMatch(/participants\.csv:6:1 .*inférieur au temps minimal/); // criteria: 17h in the example
    expect(errors).toMatch(/2 lignes à corriger ; aucun fichier écrit/);
    const lax = capture();
    expect(await runAttestations({ ...options, skipInvalid: true }, fakeTemplate, lax)).toBe(0);
    expect(files(join(options.out, "attestations"))).toHaveLength(3);
    expect(lax.outText.join("\n")).toMatch(/2 participants ignorés/);
  });

  it("REC-2 --merge writes one document with every attestation", async () => {
    const { options } = setup(GOOD);
    expect(await runAttestations({ ...options, merge: true, quiet: true }, fakeTemplate, capture())).toBe(0);
    const merged = files(join(options.out, "attestations")).find((f) => f.endsWith("-attestations.docx"))!;
    const text = documentText(join(options.out, "attestations", merged));
    expect(text.match(/Attestation : /g)).toHaveLength(3);
    expect(text).toContain("passwd ../../etc");
  });

  it("REC-1 --badges --sign-key: published files, baked images that unbake and verify", async () => {
    const { dir, options } = setup(GOOD);
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const keyFile = join(dir, "cle.pem");
    writeFileSync(keyFile, privateKey.export({ format: "pem", type: "pkcs8" }));
    expect(await runAttestations({ ...options, signKey: keyFile, quiet: true }, fakeTemplate, capture())).toBe(0);
    const badges = join(options.out, "badges");
    const all = files(badges);
    for (const f of ["issuer.json", "badge.json", "badge.svg", "criteres.html"]) expect(all).toContain(f);
    expect(all.filter((f) => /^assertions\/.+\.json$/.test(f))).toHaveLength(3);
    expect(all.filter((f) => /^credentials\/.+\.jwt$/.test(f))).toHaveLength(3);
    expect(all.filter((f) => f.startsWith("participants/"))).toEqual(["participants/dupont-marie-2.svg", "participants/dupont-marie.svg", "participants/etc-passwd.svg"]);
    const baked = unbake(readFileSync(join(badges, "participants/dupont-marie.svg"), "utf8"));
    expect(baked?.version).toBe("3.0");
    const jwt = baked!.version === "3.0" ? baked!.jwt! : "";
    const credential = await verifyCredentialJwt(jwt, publicKey);
    const { iss: _i, jti: _j, nbf: _n, ...plain } = credential;
    expect(validateCredential(plain)).toEqual([]);
    const assertionFile = all.find((f) => /^assertions\/.+\.svg$/.test(f))!;
    const ob2 = unbake(readFileSync(join(badges, assertionFile), "utf8"));
    expect(ob2).toMatchObject({ version: "2.0", verify: expect.stringMatching(/^https:\/\/badges\.formation\.developpement-durable\.gouv\.fr\/manager-proximite\/assertions\//) });
    expect(readFileSync(join(badges, "criteres.html"), "utf8")).toContain('id="competence-1"');
  });
});
