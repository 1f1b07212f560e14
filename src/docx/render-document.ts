import type { DocumentDefinition } from "../documents/definition.js";
import type { ViewModel } from "../model/index.js";
import { renderTemplates } from "../render/engine.js";
import { findTemplates } from "../render/template-files.js";
import { convertHtml } from "./convert.js";
import { buildDocument, type FrameOptions } from "./frame.js";
import type { SourceLocator } from "../load/source-map.js";
import { readLogoFile } from "./logo.js";
import { insertMergeFields } from "./merge-fields.js";
import { compileParts, finishPackage } from "./package.js";
import { readReferenceStyles } from "./reference-doc.js";
import { documentPath, ensureOutDir, writeAtomically } from "./write.js";

export interface RenderOptions {
  /** `--templates DIR`: templates that take the place of the built-in ones, file by file. */
  templatesDir?: string;
  /** `--reference-doc FILE`: a .docx whose Word styles the document takes. */
  referenceDoc?: string;
  /** Its styles, already read by `readReferenceStyles` (once for several documents): used instead of reading `referenceDoc`. */
  referenceStyles?: string;
  /** Folder of the project file: `course.producer.logo` is relative to it. */
  projectDir: string;
  /** Where the project's values stand in its file, to locate a problem with the logo. */
  source?: SourceLocator;
}

export interface RenderedDocument {
  /** The .docx file's bytes: identical for identical input. */
  buffer: Uint8Array;
  /** What the HTML → Word conversion left out or changed. */
  warnings: string[];
  /** The HTML the templates produced (the benchmark feeds it to pandoc). */
  html: string;
}

/** view model → templates → HTML → Word content → framed, finished .docx. */
export async function renderDocument(definition: DocumentDefinition, vm: ViewModel, options: RenderOptions): Promise<RenderedDocument> {
  const sources = findTemplates(definition.template, { overrideDir: options.templatesDir, documentRoot: definition.templateRoot });
  const html = renderTemplates(sources, vm);
  const cover = definition.frame?.cover ?? true;
  const toc = definition.frame?.toc ?? true;
  // The content starts on a new page, after the cover and the table of contents (if any).
  const { content, warnings } = convertHtml(cover || toc ? `<div style="page-break-before: always"></div>\n${html}` : html);
  warnings.push(...insertMergeFields(content));
  const frame: FrameOptions = {
    title: definition.frame?.coverTitle?.(vm) ?? vm.course.title,
    subtitle: definition.title,
    organisation: vm.course.organisation,
    footerText: definition.frame?.footer?.(vm),
    coverLines: definition.frame?.coverLines?.(vm) ?? defaultCoverLines(vm),
    logo: await readLogo(vm, options),
    cover,
    toc,
    tocTitle: definition.frame?.tocTitle,
    orientation: definition.frame?.orientation ?? "portrait",
    properties: propertiesOf(definition, vm),
  };
  const parts = await compileParts(buildDocument(frame, content));
  const referenceStyles = options.referenceStyles ?? (options.referenceDoc ? await readReferenceStyles(options.referenceDoc) : undefined);
  const buffer = finishPackage(parts, { date: vm.document.date?.iso, referenceStyles });
  return { buffer, warnings, html };
}

/**
 * Renders and writes `<outDir>/<course-slug>-<id>.docx` atomically: a failing render leaves the
 * previous file untouched. Returns the path and the render's result.
 */
export async function writeDocument(
  definition: DocumentDefinition,
  vm: ViewModel,
  options: RenderOptions & { outDir?: string },
): Promise<RenderedDocument & { path: string }> {
  const outDir = options.outDir ?? "out";
  await ensureOutDir(outDir);
  const path = documentPath(outDir, vm.course.slug, definition.id);
  let rendered: RenderedDocument | undefined;
  await writeAtomically(path, async () => {
    rendered = await renderDocument(definition, vm, options);
    return rendered.buffer;
  });
  return { ...rendered!, path };
}

function defaultCoverLines(vm: ViewModel): string[] {
  const lines: string[] = [];
  if (vm.document.version) lines.push(`Version ${vm.document.version}`);
  lines.push(vm.document.date ? vm.document.date.long.replace(/^./, (c) => c.toUpperCase()) : "À COMPLÉTER : date de version");
  if (vm.draft) lines.push("Document de travail (brouillon)");
  return lines;
}

function propertiesOf(definition: DocumentDefinition, vm: ViewModel): FrameOptions["properties"] {
  const custom = definition.properties?.(vm) ?? {};
  return {
    subject: custom.subject ?? `${definition.title} – ${vm.course.title}`,
    creator: vm.course.organisation ?? "mentor-docs",
    keywords: (custom.keywords ?? ["Mentor", "formation", definition.title]).join(", "),
    description: custom.description ?? vm.course.catchphrase ?? definition.title,
  };
}

async function readLogo(vm: ViewModel, options: RenderOptions): Promise<FrameOptions["logo"]> {
  const logo = vm.course.producer?.logo;
  if (!logo) return undefined;
  const image = await readLogoFile(logo, options.projectDir, options.source);
  return { ...image, alt: `Logo de ${vm.course.organisation ?? "l'organisme producteur"}` };
}
