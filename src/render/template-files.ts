import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";
import { packageFile } from "../common/package-root.js";

/** The folder of the built-in templates shipped with the package. */
export const builtinTemplatesDir = packageFile("templates") + sep;

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
      for (const { name, path } of hbsFiles(root, folder)) {
        files.set(`${folder}/${name}`, { path, display: `${root.display}/${folder}/${name}` });
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

/**
 * The `.hbs` files of `root/folder`, sorted. Read with `lstat`: a symbolic link (file or folder) is
 * followed only when it resolves inside the templates folder, so a template pack can never bring
 * another part of the disk (`document.hbs -> /etc/passwd`) into a document; a link that leaves the
 * folder, or leads nowhere, is refused (exit 2). Only regular files are read (no FIFO, no device).
 */
function hbsFiles(root: { dir: string; display: string }, folder: string): { name: string; path: string }[] {
  const dir = join(root.dir, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const rootReal = realpathOrUndefined(root.dir);
  if (rootReal === undefined) return [];
  if (isSymbolicLink(dir)) insideOrRefused(dir, rootReal, `${root.display}/${folder}`);
  const files: { name: string; path: string }[] = [];
  for (const name of names.filter((n) => n.endsWith(".hbs")).sort()) {
    const path = join(dir, name);
    const display = `${root.display}/${folder}/${name}`;
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      const target = insideOrRefused(path, rootReal, display);
      if (statSync(target).isFile()) files.push({ name, path: target });
    } else if (stats.isFile()) files.push({ name, path });
  }
  return files;
}

/** The real path of a link inside the templates folder; a user error for a dangling link or one that leaves the folder. */
function insideOrRefused(path: string, rootReal: string, display: string): string {
  const target = realpathOrUndefined(path);
  if (target === undefined) {
    throw new UserError(`${display} : lien symbolique vers un fichier introuvable ; remplacez-le par le modèle lui-même.`, ExitCode.usage);
  }
  if (target !== rootReal && !target.startsWith(rootReal + sep)) {
    throw new UserError(
      `${display} : lien symbolique vers un fichier hors du dossier de modèles, refusé ; copiez le modèle dans le dossier plutôt que de le lier.`,
      ExitCode.usage,
    );
  }
  return target;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
