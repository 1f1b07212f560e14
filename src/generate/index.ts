import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { checkProject, type CheckResult, type Finding } from "../check/index.js";
import type { Problem } from "../common/errors.js";
import type { DocumentDefinition } from "../documents/definition.js";
import { documents } from "../documents/registry.js";
import { writeDocument } from "../docx/render-document.js";
import { loadProjectFile } from "../load/load-project.js";
import { buildViewModel } from "../model/index.js";
import { convertToPdf } from "../pdf/libreoffice.js";
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
}

export interface WrittenDocument {
  document: DocumentDefinition;
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
  if (!validation.valid) return { status: "invalid", problems: validation.problems };
  const check = checkProject(validation.project, loaded.source);
  const errors = check.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && !options.draft) return { status: "incomplete", check, errors };

  const vm = buildViewModel(validation.project, {
    draft: options.draft ?? false,
    check,
    sourceDateEpoch: options.sourceDateEpoch,
  });
  const selected = selectDocuments(options.documents);
  const renderOptions = {
    projectDir: dirname(options.project),
    templatesDir: options.templatesDir,
    referenceDoc: options.referenceDoc,
    outDir: options.outDir ?? "out",
  };
  const written: WrittenDocument[] = [];
  for (const document of selected) {
    const { path, warnings } = await writeDocument(document, vm, renderOptions);
    written.push({ document, path, warnings });
  }
  if (options.pdf) {
    // LibreOffice updates the tables of contents first: exact page numbers in the PDF, written back into the .docx.
    const pdfs = await convertToPdf(written.map((w) => w.path), { updateIndexes: true });
    for (const [i, pdf] of pdfs.entries()) {
      written[i]!.pdf = pdf;
      written[i]!.pages = await pdfPageCount(pdf);
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
