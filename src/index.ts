/**
 * mentor-docs as a library, stage by stage: load → validate → check → model → render → write.
 * Nothing here reads argv or exits the process; the CLI (src/cli) is a thin layer over these.
 */
export { loadProjectFile, parseProjectText, type LoadedFile } from "./load/load-project.js";
export type { SourceLocator } from "./load/source-map.js";
export { validateProject, type ValidationResult } from "./validate/index.js";
export * from "./check/index.js";
export { buildViewModel, LABELS, frenchDate, slugify } from "./model/index.js";
export type { ViewModel } from "./model/index.js";
export { documents, findDocument } from "./documents/registry.js";
export type { DocumentDefinition } from "./documents/definition.js";
export { renderDocument, writeDocument, type RenderOptions, type RenderedDocument } from "./docx/render-document.js";
export { checkAccessibility } from "./docx/accessibility.js";
export { generate, selectDocuments, type GenerateOptions, type GenerateOutcome, type WrittenDocument } from "./generate/index.js";
export { convertToPdf } from "./pdf/libreoffice.js";
export { UserError, ExitCode, type Problem } from "./common/errors.js";
export { parseDuration, formatDuration } from "./common/duration.js";
export type * from "./schema/training-project.js";
export * from "./attestations/index.js";
