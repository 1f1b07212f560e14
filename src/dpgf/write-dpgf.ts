/**
 * The price breakdown bidders fill in (décomposition du prix global et forfaitaire, DPGF), as an
 * .xlsx workbook: the buyer and the consultation at the top, one line per deliverable, milestone
 * (and unit, or extra line) of `vm.clauses.pricing`, an empty unit price for the bidder, line
 * amounts and the totals HT / TVA / TTC as formulas. Only the bidder's cells (name, unit prices)
 * are unlocked; the sheet is protected without a password, against slips rather than intent.
 *
 * exceljs writes the workbook; the package is then re-zipped with fixed dates so that the same
 * project gives the same bytes, and its font properties put in the schema's order. Formulas carry no cached result, and the workbook asks for a full
 * calculation on load: a reader that trusted cached values (LibreOffice does, for files it takes
 * for Excel's) would otherwise show 0 beside the bidder's prices.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from "fflate";
import type { ViewModel } from "../model/index.js";

const EURO = '#,##0.00 "€"';
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE3F0" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8D6" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Cell addresses the tests (and a reader of the code) need: where prices go and where totals are. */
export interface DpgfLayout {
  sheet: string;
  /** Rows of the priced lines (1-based), in order. */
  lineRows: number[];
  priceColumn: string;
  amountColumn: string;
  totalRows: { ht: number; vat: number; ttc: number };
}

export const DPGF_SHEET = "DPGF";

/** Builds the workbook and returns its bytes and layout. `date` fixes the workbook's dates (ISO). */
export async function buildDpgf(vm: ViewModel, date: string | undefined): Promise<{ bytes: Uint8Array; layout: DpgfLayout }> {
  const when = date ? new Date(`${date}T00:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "mentor-docs";
  workbook.lastModifiedBy = "mentor-docs";
  workbook.created = when;
  workbook.modified = when;
  workbook.calcProperties.fullCalcOnLoad = true;
  workbook.title = `DPGF – ${vm.course.title}`;

  const sheet = workbook.addWorksheet(DPGF_SHEET, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: 8 }],
  });
  sheet.columns = [
    { key: "n", width: 6 },
    { key: "label", width: 58 },
    { key: "due", width: 16 },
    { key: "qty", width: 10 },
    { key: "unit", width: 12 },
    { key: "price", width: 20 },
    { key: "amount", width: 20 },
  ];

  const buyer = vm.tender.buyer;
  sheet.getCell("A1").value = "Décomposition du prix global et forfaitaire (DPGF)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = `Acheteur : ${[buyer?.name, buyer?.department].filter(Boolean).join(" – ")}`;
  sheet.getCell("A3").value = `Consultation : ${[vm.tender.reference, vm.course.title].filter(Boolean).join(" – ")}`;
  sheet.getCell("A4").value = "Prix en euros hors taxes. Remplissez les cellules jaunes : votre nom et un prix unitaire par ligne.";
  sheet.getCell("A4").font = { italic: true };
  sheet.getCell("A6").value = "Candidat :";
  sheet.getCell("A6").font = { bold: true };
  sheet.mergeCells("B6:D6");
  const bidder = sheet.getCell("B6");
  bidder.fill = INPUT_FILL;
  bidder.border = THIN;
  bidder.protection = { locked: false };

  const header = sheet.getRow(8);
  header.values = ["N°", "Désignation", "Échéance", "Quantité", "Unité", "Prix unitaire HT", "Montant HT"];
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: "middle", wrapText: true };
  });

  let row = 9;
  const lineRows: number[] = [];
  let group: string | undefined;
  let number = 0;
  for (const line of vm.clauses.pricing.lines) {
    if (line.group !== group) {
      group = line.group;
      const title = sheet.getRow(row++);
      title.getCell(2).value = line.group;
      title.getCell(2).font = { bold: true };
    }
    number++;
    const r = sheet.getRow(row);
    r.getCell(1).value = number;
    r.getCell(2).value = line.label;
    r.getCell(2).alignment = { wrapText: true, vertical: "top" };
    r.getCell(3).value = line.due ?? "";
    r.getCell(4).value = line.quantity;
    r.getCell(5).value = line.unit;
    const price = r.getCell(6);
    price.numFmt = EURO;
    price.fill = INPUT_FILL;
    price.protection = { locked: false };
    const amount = r.getCell(7);
    amount.value = { formula: `ROUND(D${row}*F${row},2)` };
    amount.numFmt = EURO;
    for (let c = 1; c <= 7; c++) r.getCell(c).border = THIN;
    lineRows.push(row);
    row++;
  }

  row++;
  const amounts = lineRows.length > 0 ? lineRows.map((n) => `G${n}`).join(",") : "0";
  const total = (label: string, formula: string, bold = false) => {
    const r = sheet.getRow(row);
    r.getCell(6).value = label;
    r.getCell(6).font = { bold };
    r.getCell(7).value = { formula };
    r.getCell(7).numFmt = EURO;
    r.getCell(7).font = { bold };
    r.getCell(7).border = THIN;
    return row++;
  };
  const ht = total("Total HT", `SUM(${amounts})`, true);
  const rate = vm.clauses.pricing.vatRate;
  const vat = total(`TVA (${String(rate).replace(".", ",")} %)`, `ROUND(G${ht}*${rate}/100,2)`);
  const ttc = total("Total TTC", `G${ht}+G${vat}`, true);

  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    bytes: repack(written, when),
    layout: { sheet: DPGF_SHEET, lineRows, priceColumn: "F", amountColumn: "G", totalRows: { ht, vat, ttc } },
  };
}

/** The order the schema gives a font's properties (CT_Font); exceljs writes the default font's out of it. */
const FONT_CHILD_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

/** Puts every `<font>`'s properties in schema order (Word's validator refuses them otherwise). */
export function orderFontProperties(stylesXml: string): string {
  return stylesXml.replace(/<font>((?:<[a-zA-Z]+(?:\s[^>]*)?\/>)*)<\/font>/g, (_all, children: string) => {
    const elements = children.match(/<[a-zA-Z]+(?:\s[^>]*)?\/>/g) ?? [];
    const rank = (element: string) => FONT_CHILD_ORDER.indexOf(/^<([a-zA-Z]+)/.exec(element)![1]!);
    return `<font>${[...elements].sort((a, b) => rank(a) - rank(b)).join("")}</font>`;
  });
}

/** Re-zips the package with every entry dated `when`, and says it was not written by Excel. */
function repack(xlsx: Uint8Array, when: Date): Uint8Array {
  const entries = unzipSync(xlsx);
  const out: Zippable = {};
  for (const name of Object.keys(entries).sort()) {
    let data = entries[name]!;
    if (name === "docProps/app.xml") data = strToU8(strFromU8(data).replace(/<Application>[^<]*<\/Application>/, "<Application>mentor-docs</Application>"));
    if (name === "xl/styles.xml") data = strToU8(orderFontProperties(strFromU8(data)));
    out[name] = [data, { mtime: when }];
  }
  return zipSync(out, { level: 6 });
}
