import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { checkProject, type CheckResult, type Finding } from "../check/index.js";
import type { Problem } from "../common/errors.js";
import type { DocumentDefinition } from "../documents/definition.js";
import { documents } from "../documents/registry.js";
import { readReferenceStyles } from "../docx/reference-doc.js";
import { writeDocument } from "../docx/render-document.js";
import { documentPath, ensureOutDir, writeAtomically } from "../docx/write.js";
import { loadProjectFile } from "../load/load-project.js";
import { buildViewModel } from "../model/index.js";
import { convertToPdf, pdfTools } from "../pdf/libreoffice.js";
import { validateProject } from "../validate/index.js";

export interface GenerateOptions {
  /** The project file. */
  project: string;
  /** Ids of the documents to write; all registered documents when empty. */
  documents?: readonly string[];
  outDir?: string;
  templatesDir?: string;
  referenceDoc?: string;
  /** Also convert each document to PDF with LibreOffice (one LibreOffice for all), tables of contents updated. */
  pdf?: boolean;
  /** Write even when guide requirements are missing, with « À COMPLÉTER » markers. */
  draft?: boolean;
  /** Document date when the project has no `meta.date` (SOURCE_DATE_EPOCH, in seconds). */
  sourceDateEpoch?: number | string;
  /** Told the warnings of validation (former value names), which do not stop the writing. */
  onWarnings?: (warnings: readonly Problem[]) => void;
}

/** The price breakdown spreadsheet: written for a project with a tender part, or when asked for. */
export const DPGF = { id: "dpgf", title: "Décomposition du prix global et forfaitaire" } as const;

/** Every id `--doc` accepts: the Word documents, then the spreadsheet. */
export const OUTPUT_IDS: readonly string[] = [...documents.map((d) => d.id), DPGF.id];

export interface WrittenDocument {
  /** What was written: a Word document's definition, or the DPGF. */
  document: Pick<DocumentDefinition, "id" | "title">;
  path: string;
  pdf?: string;
  /** Pages of the PDF, when one was made. */
  pages?: number;
  /** What the HTML → Word conversion left out or changed. */
  warnings: string[];
}

export type GenerateOutcome =
  /** The data does not have the shape of a project: nothing written. */
  | { status: "invalid"; problems: Problem[] }
  /** Guide errors and no --draft: nothing written. */
  | { status: "incomplete"; check: CheckResult; errors: Finding[] }
  | { status: "written"; check: CheckResult; written: WrittenDocument[] };

/**
 * load → validate → check → view model → render → write (→ PDF). Stops before writing anything
 * when the data is invalid, or when guide errors remain and `draft` is off.
 */
export async function generate(options: GenerateOptions): Promise<GenerateOutcome> {
  const loaded = await loadProjectFile(options.project);
  const validation = validateProject(loaded);
  options.onWarnings?.(validation.warnings);
  if (!validation.valid) return { status: "invalid", problems: validation.problems };
  const check = checkProject(validation.project, loaded.source);
  const errors = check.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && !options.draft) return { status: "incomplete", check, errors };

  // --pdf without LibreOffice: said before anything is written.
  if (options.pdf) pdfTools(true);

  const vm = buildViewModel(validation.project, {
    draft: options.draft ?? false,
    check,
    sourceDateEpoch: options.sourceDateEpoch,
  });
  const selected = selectDocuments(options.documents);
  const renderOptions = {
    projectDir: dirname(options.project),
    source: loaded.source,
    templatesDir: options.templatesDir,
    // Read (and refused, if it must be) once, before any document is written.
    referenceStyles: options.referenceDoc ? await readReferenceStyles(options.referenceDoc) : undefined,
    outDir: options.outDir ?? "out",
  };
  const written: WrittenDocument[] = [];
  for (const document of selected) {
    const { path, warnings } = await writeDocument(document, vm, renderOptions);
    written.push({ document, path, warnings });
  }
  // The DPGF goes with a consultation: by default only when the project has a tender part.
  if (options.documents?.length ? options.documents.includes(DPGF.id) : validation.project.tender !== undefined) {
    const { buildDpgf } = await import("../dpgf/write-dpgf.js");
    const outDir = renderOptions.outDir;
    await ensureOutDir(outDir);
    const path = documentPath(outDir, vm.course.slug, DPGF.id, "xlsx");
    await writeAtomically(path, async () => (await buildDpgf(vm, vm.document.date?.iso)).bytes);
    written.push({ document: DPGF, path, warnings: [] });
  }
  if (options.pdf) {
    // LibreOffice updates the tables of contents first: exact page numbers in the PDF, written back into the .docx.
    const docx = written.filter((w) => w.path.endsWith(".docx"));
    const pdfs = await convertToPdf(docx.map((w) => w.path), { updateIndexes: true });
    for (const [i, pdf] of pdfs.entries()) {
      docx[i]!.pdf = pdf;
      docx[i]!.pages = await pdfPageCount(pdf);
    }
  }
  return { status: "written", check, written };
}

/** The registered documents with these ids, in registry order (all of them when none is given). */
export function selectDocuments(ids: readonly string[] | undefined): DocumentDefinition[] {
  if (!ids || ids.length === 0) return [...documents];
  return documents.filter((d) => ids.includes(d.id));
}

/** Pages of a PDF, counted from its page objects (no PDF library needed for that). */
async function pdfPageCount(file: string): Promise<number | undefined> {
  const text = (await readFile(file)).toString("latin1");
  const count = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  return count > 0 ? count : undefined;
}
