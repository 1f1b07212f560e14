import { strFromU8, unzipSync } from "fflate";
import { docxToPdf } from "../helpers/libreoffice.js";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocument, type DocumentDefinition } from "../../src/documents/definition.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";

/** Shared by the livret du formateur and carnet de bord tests: the examples, rendered. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const examplesDir = join(root, "examples");

export const EXAMPLES = {
  hybride: { file: join(examplesDir, "hybride-management-equipe.yaml"), draft: false },
  autonomie: { file: join(examplesDir, "autonomie-accessibilite-numerique.yaml"), draft: false },
  grand: { file: join(examplesDir, "grand-parcours.json"), draft: false },
  brouillon: { file: join(examplesDir, "drafts", "cahier-des-charges-brouillon.yaml"), draft: true },
} as const;
export type ExampleName = keyof typeof EXAMPLES;

export async function exampleViewModel(name: ExampleName): Promise<ViewModel> {
  const { file, draft } = EXAMPLES[name];
  const { data } = await loadProjectFile(file);
  return buildViewModel(data as TrainingProject, { draft });
}

export interface Rendered {
  vm: ViewModel;
  buffer: Uint8Array;
  warnings: string[];
  html: string;
}

export async function renderExamples(definition: DocumentDefinition, names: readonly ExampleName[]): Promise<Record<string, Rendered>> {
  const out: Record<string, Rendered> = {};
  for (const name of names) {
    const vm = await exampleViewModel(name);
    const { buffer, warnings, html } = await renderDocument(definition, vm, { projectDir: dirname(EXAMPLES[name].file) });
    out[name] = { vm, buffer, warnings, html };
  }
  return out;
}

/** pdftotext output with every kind of space made plain and lines joined, to search it. */
export const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");
/** The same normalisation for expected values taken from the view model or the example. */
export const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

/** What LibreOffice prints, per example: the `-layout` text and the reading-order (`-raw`) text. */
export interface Printed {
  layout: string;
  raw: string;
  pages: number;
}

/** Converts the rendered examples to PDF in one LibreOffice call and extracts their text both ways. */
export async function printExamples(rendered: Record<string, Rendered>, prefix: string): Promise<Record<string, Printed>> {
  const pdfs = await docxToPdf(Object.fromEntries(Object.entries(rendered).map(([name, r]) => [`${prefix}-${name}`, r.buffer])), { raw: true });
  return Object.fromEntries(
    Object.keys(rendered).map((name) => {
      const pdf = pdfs[`${prefix}-${name}`]!;
      return [name, { layout: pdf.text, raw: pdf.raw!, pages: pdf.pages }];
    }),
  );
}

/** Text without any white space: what is left when line wrapping and table cells are set aside. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f\u200b]+/g, "").replace(/[\u2019\u02bc]/g, "'");

/** The part of a printed text from the heading `from` (a line of its own) to the next `to`. */
export function section(text: string, from: string, to?: string): string {
  // The heading is a line of its own; the table of contents' entries end with dot leaders.
  const heading = new RegExp(`(^|\\n)${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n`).exec(text);
  if (!heading) throw new Error(`heading « ${from} » not found`);
  const start = heading.index;
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Every activity of a raw project, sub-units included, in document order. */
export function rawActivities(project: { units?: unknown[] }): any[] {
  const out: any[] = [];
  const walk = (unit: any) => {
    out.push(...(unit.activities ?? []));
    for (const sub of unit.units ?? []) walk(sub);
  };
  for (const unit of project.units ?? []) walk(unit);
  return out;
}

export async function rawProject(name: ExampleName): Promise<any> {
  return (await loadProjectFile(EXAMPLES[name].file)).data;
}

/**
 * Whether `expected` is printed in `text`: its words in order, each at most `maxGap` characters after
 * the previous one. pdftotext interleaves the lines of the cells of a table row, and LibreOffice
 * breaks lines after hyphens, so a cell's text is rarely contiguous in the extracted text.
 */
// The gap allowed between two words: a cell split across pages has the rest of its row, the page's
// footer and the next page's header and repeated table header between its two parts.
export function printedIn(text: string, expected: string, maxGap = 2500): boolean {
  const hay = squash(text);
  const words = expected
    .split(/[\s\u00a0\u202f]+/)
    .flatMap((w) => w.split(/(?<=-)/))
    .map(squash)
    .filter((w) => w !== "");
  if (words.length === 0) return true;
  if (hay.includes(squash(expected))) return true;
  let from = hay.indexOf(words[0]!);
  while (from >= 0) {
    let end = from + words[0]!.length;
    let ok = true;
    for (const word of words.slice(1)) {
      const next = hay.indexOf(word, end);
      if (next < 0 || next - end > maxGap) {
        ok = false;
        break;
      }
      end = next + word.length;
    }
    if (ok) return true;
    from = hay.indexOf(words[0]!, from + 1);
  }
  return false;
}

const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
/** `squash` without hyphens either: LibreOffice breaks lines after them. */
const squashAll = (text: string) => squash(text).replace(/-/g, "");

/**
 * The table rows of a Word file that the printed text lacks. Rows may split across pages (they are
 * allowed to: LibreOffice 7.4 dropped the rest of a table when a page broke after a row kept whole),
 * and pdftotext prints the lines of cells side by side: so each cell is looked for by its first and
 * last words, which start and end a printed line, and which a row cut short would not print.
 */
export function lostTableRows(docx: Uint8Array, printedText: string): string[] {
  const xml = strFromU8(unzipSync(docx, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]!);
  const hay = squashAll(printedText);
  const lost = new Set<string>();
  for (const table of xml.split("<w:tbl>").slice(1)) {
    const rows = [...table.split("</w:tbl>")[0]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    for (const row of rows.filter((r) => !r.includes("<w:tblHeader/>"))) {
      // Line breaks and paragraph ends separate words (« formatrices<br>Forum »), and so does a
      // zero-width space: a line may end there (an address wrapped between its parts, whose end may
      // be printed on the next page, after the footer).
      const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => xmlText(m[0].replace(/<w:br\/>|<\/w:p>|<w:tab\/>/g, "<w:t> </w:t>")).split(/[\s\u00a0\u202f\u200b]+/).map(squashAll).filter((w) => w.length >= 3));
      const printed = (words: string[]) => words.length === 0 || (hay.includes(words[0]!) && hay.includes(words[words.length - 1]!));
      if (!cells.every(printed)) {
        if (process.env.LOST_ROWS_DEBUG) console.log(cells.filter((c) => !printed(c)));
        lost.add(squashAll(xmlText(row)).slice(0, 80));
      }
    }
  }
  return [...lost];
}
