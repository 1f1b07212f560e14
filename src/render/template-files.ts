import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ExitCode, UserError } from "../common/errors.js";

/** The folder of the built-in templates shipped with the package. */
export const builtinTemplatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Where the template files of one document come from, each found file by file. */
export interface TemplateSources {
  /** The document's main template (`document.hbs`). */
  main: TemplateFile;
  /** Partials by name: shared ones (`partials/*.hbs`), shadowed by the document's own (`<document>/*.hbs`). */
  partials: Map<string, TemplateFile>;
}

export interface TemplateFile {
  /** Absolute path. */
  path: string;
  /** How error messages name it: relative to its templates folder, e.g. `partials/activity-card.hbs`. */
  display: string;
}

/**
 * Finds the templates of a document: each file is taken from the user's folder (`--templates DIR`)
 * when it is there, else from the built-in ones. Only `.hbs` files directly in `partials/` and in the
 * document's folder are considered, so no template name ever reaches another part of the disk.
 */
export function findTemplates(
  documentFolder: string,
  options: { overrideDir?: string; documentRoot?: string } = {},
): TemplateSources {
  // Later roots take the place of earlier ones, file by file: built-in, then the definition's own
  // folder (test fixtures), then the user's.
  const roots: { dir: string; display: string }[] = [{ dir: builtinTemplatesDir, display: "templates" }];
  if (options.documentRoot) roots.push({ dir: options.documentRoot, display: relative(process.cwd(), options.documentRoot) || "." });
  if (options.overrideDir && !isDirectory(options.overrideDir)) {
    throw new UserError(
      `${options.overrideDir} : dossier de modèles introuvable (--templates). Créez-le avec « mentor-docs templates export ${options.overrideDir} ».`,
      ExitCode.usage,
    );
  }
  if (options.overrideDir) roots.push({ dir: options.overrideDir, display: options.overrideDir.replace(/[\\/]+$/, "") });
  const files = new Map<string, TemplateFile>();
  for (const root of roots) {
    for (const folder of ["partials", documentFolder]) {
      for (const path of hbsFiles(join(root.dir, folder))) {
        files.set(`${folder}/${basename(path)}`, { path, display: `${root.display}/${folder}/${basename(path)}` });
      }
    }
  }
  const main = files.get(`${documentFolder}/document.hbs`);
  if (!main) throw new Error(`Template not found: ${documentFolder}/document.hbs`);
  const partials = new Map<string, TemplateFile>();
  for (const [key, file] of files) if (key.startsWith("partials/")) partials.set(nameOf(key), file);
  for (const [key, file] of files) {
    if (key.startsWith(`${documentFolder}/`) && key !== `${documentFolder}/document.hbs`) partials.set(nameOf(key), file);
  }
  return { main, partials };
}

function nameOf(key: string): string {
  return basename(key, extname(key));
}

function hbsFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(".hbs"))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
