import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { checkProject } from "../check/index.js";
import { ExitCode, UserError } from "../common/errors.js";
import { findDocument } from "../documents/registry.js";
import { writeDocument } from "../docx/render-document.js";
import { selectDocuments } from "../generate/index.js";
import { buildViewModel } from "../model/index.js";
import { convertToPdf } from "../pdf/libreoffice.js";
import { renderTemplates } from "../render/engine.js";
import { findTemplates } from "../render/template-files.js";
import type { TrainingProject } from "../schema/index.js";
import { validateProject } from "../validate/index.js";
import { asLoaded } from "./analyse.js";

export interface EditDocumentsOptions {
  /** The project file: its folder is where the project's own files (logo) must be. */
  project: string;
  outDir: string;
  templatesDir?: string;
  referenceDoc?: string;
  sourceDateEpoch?: string;
}

export interface GenerateRequest {
  documents?: string[];
  draft?: boolean;
  pdf?: boolean;
}

export type EditGenerateOutcome =
  | { status: "refused"; message: string; items: { path: string; message: string }[] }
  | { status: "written"; files: { document: string; title: string; name: string }[]; warnings: string[] };

/**
 * `generate` on the page's data (saved or not): validate → check → view model → documents in the
 * output folder. Refused, with the reasons, when the data is invalid or (without draft) guide
 * errors remain — as the command refuses.
 */
export async function generateFromData(data: unknown, request: GenerateRequest, options: EditDocumentsOptions): Promise<EditGenerateOutcome> {
  const project = validProject(data, options.project);
  if ("refused" in project) return project.refused;
  const check = checkProject(project);
  const errors = check.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && !request.draft) {
    return {
      status: "refused",
      message: `${errors.length} exigence${errors.length > 1 ? "s" : ""} du guide à compléter : aucun document écrit. Complétez le projet, ou cochez « Brouillon » pour des documents marqués « À COMPLÉTER ».`,
      items: errors.map(({ path, message }) => ({ path, message })),
    };
  }
  keepLogoInProjectFolder(project, options.project);
  const vm = buildViewModel(project, { draft: request.draft ?? false, check, sourceDateEpoch: options.sourceDateEpoch });
  const renderOptions = {
    projectDir: dirname(options.project),
    templatesDir: options.templatesDir,
    referenceDoc: options.referenceDoc,
    outDir: options.outDir,
  };
  const files: { document: string; title: string; name: string }[] = [];
  const warnings: string[] = [];
  const written: string[] = [];
  for (const document of selectDocuments(request.documents)) {
    const result = await writeDocument(document, vm, renderOptions);
    written.push(result.path);
    files.push({ document: document.id, title: document.title, name: basename(result.path) });
    warnings.push(...result.warnings.map((w) => `${document.title} : ${w}`));
  }
  if (request.pdf) {
    const pdfs = await convertToPdf(written);
    for (const [i, pdf] of pdfs.entries()) files.push({ document: files[i]!.document, title: `${files[i]!.title} (PDF)`, name: basename(pdf) });
  }
  return { status: "written", files, warnings };
}

/** The HTML a document's templates make of the page's data (draft: missing items are marked). */
export function previewHtml(data: unknown, documentId: string, options: EditDocumentsOptions): { html: string } | { refused: string } {
  const document = findDocument(documentId);
  if (!document) return { refused: `document inconnu : ${documentId}` };
  const project = validProject(data, options.project);
  if ("refused" in project) return { refused: project.refused.message };
  const vm = buildViewModel(project, { draft: true, check: checkProject(project), sourceDateEpoch: options.sourceDateEpoch });
  const sources = findTemplates(document.template, { overrideDir: options.templatesDir, documentRoot: document.templateRoot });
  return { html: renderTemplates(sources, vm) };
}

function validProject(data: unknown, file: string): TrainingProject | { refused: Extract<EditGenerateOutcome, { status: "refused" }> } {
  const validation = validateProject(asLoaded(data, file));
  if (validation.valid) return validation.project;
  const n = validation.problems.length;
  return {
    refused: {
      status: "refused",
      message: `${n} problème${n > 1 ? "s" : ""} dans les données : aucun document écrit. Corrigez les champs signalés.`,
      items: validation.problems.map(({ path, message }) => ({ path, message })),
    },
  };
}

/** The page may name any logo: only a file inside the project's folder is read. */
function keepLogoInProjectFolder(project: TrainingProject, file: string): void {
  const logo = project.course?.producer?.logo;
  if (!logo) return;
  const folder = resolve(dirname(file));
  const path = isAbsolute(logo) ? logo : resolve(folder, logo);
  const rel = relative(folder, path);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new UserError(`course.producer.logo : le logo doit se trouver dans le dossier du projet (${folder}) ; « ${logo} » est en dehors.`, ExitCode.usage);
  }
}
