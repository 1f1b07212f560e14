/**
 * The clauses of a consultation in the cahier des charges (issue 14): every clause in both forms
 * (CCP: technical and administrative clauses together; CCTP: administrative ones referred to the
 * CCAP), with its parameters in the text, in the order of a consultation document; and `check`
 * reporting, at their position, the parameters a publishable tender cannot do without.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { cahierDesCharges } from "../../src/documents/cahier-des-charges.js";
import { livretFormateur } from "../../src/documents/livret-formateur.js";
import { renderDocument } from "../../src/documents/definition.js";
import { parseProjectText } from "../../src/load/load-project.js";
import { buildViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { validateProject } from "../../src/validate/index.js";
import { root } from "./livret-formateur-helpers.js";

const HYBRID = join(root, "examples/hybride-management-equipe.yaml");

function project(mutate: (p: TrainingProject) => void = () => {}): TrainingProject {
  const loaded = parseProjectText(readFileSync(HYBRID, "utf8"), HYBRID);
  const result = validateProject(loaded);
  if (!result.valid) throw new Error("example invalid");
  const copy = structuredClone(result.project);
  mutate(copy);
  return copy;
}

/** The document's text, tags removed and spaces of every kind made plain. */
async function text(p: TrainingProject): Promise<string> {
  const { html } = await renderDocument(cahierDesCharges, buildViewModel(p, { draft: false, check: checkProject(p) }), { projectDir: join(root, "examples") });
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\s\u00a0\u202f]+/g, " ");
}

const headings = (html: string) => [...html.matchAll(/<h1[^>]*>([^<]+)<\/h1>/g)].map((m) => m[1]!.trim());

let ccp = "";
let cctp = "";
let ccpHtml = "";

beforeAll(async () => {
  ccp = await text(project());
  cctp = await text(
    project((p) => {
      p.tender!.form = "cctp";
      delete p.tender!.intellectualProperty;
      delete p.tender!.contract!.durationMonths;
    }),
  );
  const p = project();
  ccpHtml = (await renderDocument(cahierDesCharges, buildViewModel(p, { check: checkProject(p) }), { projectDir: join(root, "examples") })).html;
});

describe("clauses of the consultation in the cahier des charges", () => {
  it("CCP: the contract's documents in order, duration, kick-off and place, with their parameters", () => {
    expect(ccp).toContain("cahier des clauses particulières (CCP) du marché");
    expect(ccp).toMatch(/l’acte d’engagement \(AE\) ; le présent cahier des clauses particulières \(CCP\) et ses annexes ; la décomposition du prix global et forfaitaire \(DPGF\) ; le cahier des clauses administratives générales .*CCAG-PI/);
    expect(ccp).toContain("pour une durée de 12 mois à compter de sa notification");
    expect(ccp).toContain("dans les 10 jours qui suivent la notification");
    expect(ccp).toContain("CVRH de Lyon, 2 rue Antoine Charial, 69003 Lyon");
  });

  it("CCP: validation steps with review days and correction rounds, accessibility, sources, warranty, confidentiality, data", () => {
    expect(ccp).toMatch(/Scénarisation détaillée \(storyboard\) 10 jours ouvrés 2/);
    expect(ccp).toMatch(/Maquette d’une unité 5 jours ouvrés 1/);
    expect(ccp).toMatch(/Version complète intégrée 15 jours ouvrés 2/);
    expect(ccp).toContain("RGAA 4.1, niveau AA (double A)");
    expect(ccp).toMatch(/sous-titres \(SRT ou VTT\)/);
    expect(ccp).toMatch(/Pendant 12 mois à compter de la réception.*dans un délai de 10 jours ouvrés/);
    expect(ccp).toContain("Une mise à jour des contenus dans l’année");
    expect(ccp).toMatch(/Confidentialité Le titulaire garde confidentiels/);
    expect(ccp).toContain("article 28 du règlement général sur la protection des données");
  });

  it("CCP: the rights chosen (assignment), the course's licence, image and voice rights, third-party content; penalties with their rate and cap", () => {
    expect(ccp).toContain("cède à l’acheteur, à titre exclusif");
    expect(ccp).toContain("sous la licence Creative Commons Attribution – Partage dans les mêmes conditions (CC BY-SA)");
    expect(ccp).toContain("droit à l’image et à la voix");
    expect(ccp).toContain("Images et musiques libres de droits");
    expect(ccp).toContain("P = V × R / 3000");
    expect(ccp).toContain("plafonné à 10 % du montant hors taxes");
  });

  it("CCP: price (DPGF, VAT rate) and what the offer contains, sub-points from the award criteria", () => {
    expect(ccp).toContain("décomposition du prix global et forfaitaire (DPGF) jointe");
    expect(ccp).toContain("TVA (20 %)");
    expect(ccp).toMatch(/mémoire technique qui développe les points suivants.*Valeur pédagogique.*Méthodologie de projet/);
    expect(ccp).not.toMatch(/points suivants[^.]*Prix ;/);
    expect(ccp).toContain("les CV des personnes affectées au projet");
    expect(ccp).toContain("un échantillon : une courte activité H5P");
  });

  it("CCTP: administrative clauses are referred to the CCAP, technical ones stay", () => {
    expect(cctp).toContain("cahier des clauses techniques particulières (CCTP) du marché");
    expect(cctp).toMatch(/le cahier des clauses administratives particulières \(CCAP\) ; le présent cahier des clauses techniques particulières/);
    expect(cctp).toContain("La durée du marché est fixée par le CCAP");
    expect(cctp).toContain("Le régime des droits sur les résultats est fixé par le CCAP");
    expect(cctp).toContain("fixées par le CCAP");
    expect(cctp).not.toContain("P = V × R");
    expect(cctp).toMatch(/Scénarisation détaillée \(storyboard\) 10 jours ouvrés 2/);
    expect(cctp).toContain("RGAA 4.1");
    expect(cctp).toMatch(/Pendant 12 mois à compter de la réception/);
  });

  it("chapters follow a consultation document: frame, need, scenario, execution, rights, penalties, price, offer, award", () => {
    const order = ["Objet et périmètre de la prestation", "Cadre du marché", "Scénario pédagogique", "Livrables", "Calendrier et jalons", "Exécution et validation des livrables", "Propriété intellectuelle", "Pénalités de retard", "Prix", "Contenu de l’offre", "Critères d’attribution"];
    const h = headings(ccpHtml);
    const positions = order.map((title) => h.indexOf(title));
    expect(positions.every((p) => p >= 0), JSON.stringify(h)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("footers", () => {
  /** The text of the page footers of a rendered document. */
  const footers = (buffer: Uint8Array) =>
    Object.entries(unzipSync(buffer))
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, data]) => strFromU8(data).replace(/<[^>]+>/g, ""))
      .join(" ");

  it("a tender's pages name the buyer and the consultation's reference; the other documents, the course producer", async () => {
    const p = project();
    const vm = buildViewModel(p, { check: checkProject(p) });
    const cdc = await renderDocument(cahierDesCharges, vm, { projectDir: join(root, "examples") });
    expect(footers(cdc.buffer)).toContain("Ministère de la Transition écologique – Consultation MTE-CVRH-2025-014");
    const livret = await renderDocument(livretFormateur, vm, { projectDir: join(root, "examples") });
    expect(footers(livret.buffer)).toContain("Centre de valorisation des ressources humaines de Lyon");
    expect(footers(livret.buffer)).not.toContain("Consultation");
  });
});

describe("check: what a publishable tender cannot do without (MAR-1)", () => {
  const findingsOf = (yaml: string) => {
    const loaded = parseProjectText(yaml, "projet.yaml");
    const result = validateProject(loaded);
    if (!result.valid) throw new Error(JSON.stringify(result.problems));
    return checkProject(result.project, loaded.source).findings.filter((f) => f.requirement === "MAR-1");
  };
  const source = readFileSync(HYBRID, "utf8");

  it("the example publishes as it is", () => {
    expect(findingsOf(source)).toEqual([]);
  });

  it("no form: an error at the tender, with the choices explained", () => {
    const yaml = source.replace(/^  form: ccp\n/m, "");
    const [finding, ...rest] = findingsOf(yaml);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe("error");
    expect(finding!.message).toMatch(/« ccp ».*« cctp »/);
    // Located where the tender's content starts (its first key), like every finding on an object.
    expect(finding!.line).toBe(yaml.split("\n").indexOf("tender:") + 2);
  });

  it("CCP without rights, duration or warranty: one located error each; a CCTP needs only the warranty", () => {
    const yaml = source.replace(/^  intellectualProperty:\n    rights: assignment\n/m, "  intellectualProperty:\n").replace(/^    durationMonths: 12\n/m, "").replace(/^    months: 12\n/m, "");
    const found = findingsOf(yaml);
    expect(found.map((f) => f.path).sort()).toEqual(["tender.contract", "tender.intellectualProperty", "tender.warranty"]);
    const lines = yaml.split("\n");
    expect(found.find((f) => f.path === "tender.contract")!.line).toBe(lines.indexOf("  contract:") + 2);
    const cctp = findingsOf(yaml.replace(/^  form: ccp$/m, "  form: cctp"));
    expect(cctp.map((f) => f.path)).toEqual(["tender.warranty"]);
  });

  it("a tender with nothing to price is an error (the DPGF would be empty)", () => {
    const p = project((q) => {
      q.tender!.deliverables = [];
      q.tender!.milestones = [];
      delete q.tender!.pricing;
    });
    expect(checkProject(p).findings.filter((f) => f.requirement === "MAR-1").map((f) => f.path)).toEqual(["tender.deliverables"]);
  });
});
