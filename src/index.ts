/** mentor-docs as a library: load → validate → check → model → render → write. No process or argv here. */
export { loadProjectFile, parseProjectText, type LoadedFile } from "./load/load-project.js";
export type { SourceLocator } from "./load/source-map.js";
export { validateProject, type ValidationResult } from "./validate/index.js";
export * from "./check/index.js";
export { UserError, ExitCode, type Problem } from "./common/errors.js";
export { parseDuration, formatDuration } from "./common/duration.js";
export type * from "./schema/training-project.js";
