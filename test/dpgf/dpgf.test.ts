/**
 * The price breakdown (DPGF, issue 14): its lines, its protection, the same bytes for the same
 * project, and LibreOffice Calc computing its totals once a bidder has filled the prices (one
 * conversion for the file, in beforeAll).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDpgf, type DpgfLayout } from "../../src/dpgf/write-dpgf.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";

const run = promisify(execFile);
const root = new URL("../..", import.meta.url).pathname;

async function viewModel(file: string): Promise<ViewModel> {
  const { data } = await loadProjectFile(join(root, "examples", file));
  return buildViewModel(data as TrainingProject);
}

let hybrid: ViewModel;
let built: { bytes: Uint8Array; layout: DpgfLayout };
let sheet: ExcelJS.Worksheet;
/** Prices typed by the bidder, per line, and the CSV LibreOffice computed from the filled file. */
const prices: number[] = [];
let csvRows: string[][] = [];
const work = mkdtempSync(join(tmpdir(), "dpgf-"));

beforeAll(async () => {
  hybrid = await viewModel("hybride-management-equipe.yaml");
  built = await buildDpgf(hybrid, "2026-01-19");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(built.bytes));
  sheet = workbook.getWorksheet(built.layout.sheet)!;
  if (libreOfficeMissing) return;
  // A bidder fills every price (with cents), then LibreOffice recomputes and exports CSV (UTF-8).
  for (const [i, row] of built.layout.lineRows.entries()) {
    prices.push(1000 * (i + 1) + 0.25);
    sheet.getCell(`${built.layout.priceColumn}${row}`).value = prices[i]!;
  }
  writeFileSync(join(work, "rempli.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));
  const profile = pathToFileURL(join(work, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false", "--outdir", work, join(work, "rempli.xlsx")], {
    timeout: 300_000,
  });
  // Values as stored, not as shown (« Save cell contents as shown » off: no currency format).
  csvRows = parse(readFileSync(join(work, "rempli.csv"), "utf8"), { relaxColumnCount: true }) as string[][];
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("DPGF", () => {
  it("names the buyer and the consultation at the top", () => {
    expect(String(sheet.getCell("A2").value)).toContain("Ministère de la Transition écologique");
    expect(String(sheet.getCell("A3").value)).toContain("MTE-CVRH-2025-014");
  });

  it("has one line per deliverable and milestone, then the tender's own lines, with quantity and unit", () => {
    const labels = built.layout.lineRows.map((r) => String(sheet.getCell(`B${r}`).value));
    expect(labels).toHaveLength(hybrid.tender.deliverables.length + hybrid.tender.milestones.length + 1);
    expect(labels[0]).toBe("Scénario pédagogique détaillé (.docx et PDF)");
    expect(labels).toContain("Réunion de lancement");
    const last = built.layout.lineRows.at(-1)!;
    expect(sheet.getCell(`B${last}`).value).toBe("Formation de quatre formateurs internes");
    expect(sheet.getCell(`E${last}`).value).toBe("journée");
    for (const r of built.layout.lineRows) expect(sheet.getCell(`D${r}`).value).toBe(1);
  });

  it("prices one line per top-level unit when the tender asks for it", async () => {
    const grand = await viewModel("grand-parcours.json");
    const { layout } = await buildDpgf(grand, undefined);
    expect(layout.lineRows).toHaveLength(grand.tender.deliverables.length + grand.tender.milestones.length + grand.units.length);
  });

  it("line amounts and totals HT / TVA / TTC are formulas", () => {
    const r = built.layout.lineRows[0]!;
    expect((sheet.getCell(`G${r}`).value as ExcelJS.CellFormulaValue).formula).toBe(`ROUND(D${r}*F${r},2)`);
    const { ht, vat, ttc } = built.layout.totalRows;
    expect((sheet.getCell(`G${ht}`).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(/);
    expect((sheet.getCell(`G${vat}`).value as ExcelJS.CellFormulaValue).formula).toBe(`ROUND(G${ht}*20/100,2)`);
    expect((sheet.getCell(`G${ttc}`).value as ExcelJS.CellFormulaValue).formula).toBe(`G${ht}+G${vat}`);
  });

  it("is protected: the bidder's cells (name, unit prices) are unlocked, the rest locked", () => {
    expect(sheet.sheetProtection?.sheet).toBe(true);
    for (const r of built.layout.lineRows) {
      expect(sheet.getCell(`F${r}`).protection?.locked, `F${r}`).toBe(false);
      expect(sheet.getCell(`G${r}`).protection?.locked ?? true, `G${r}`).toBe(true);
      expect(sheet.getCell(`B${r}`).protection?.locked ?? true, `B${r}`).toBe(true);
    }
    expect(sheet.getCell("B6").protection?.locked).toBe(false);
  });

  it("the same project gives the same bytes", async () => {
    const again = await buildDpgf(hybrid, "2026-01-19");
    expect(Buffer.from(again.bytes).equals(Buffer.from(built.bytes))).toBe(true);
  });

  it.skipIf(libreOfficeMissing)("LibreOffice Calc computes the totals of the filled prices", () => {
    const amount = (row: number) => Number(csvRows[row - 1]![6]);
    const expectedHt = prices.reduce((sum, p) => sum + p, 0);
    for (const [i, r] of built.layout.lineRows.entries()) expect(amount(r)).toBeCloseTo(prices[i]!, 2);
    const { ht, vat, ttc } = built.layout.totalRows;
    expect(amount(ht)).toBeCloseTo(expectedHt, 2);
    expect(amount(vat)).toBeCloseTo(Math.round(expectedHt * 20) / 100, 2);
    expect(amount(ttc)).toBeCloseTo(expectedHt + Math.round(expectedHt * 20) / 100, 2);
  });
});
