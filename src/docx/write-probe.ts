import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";
import { ensureOutDir } from "./write.js";

/** Why a folder cannot take files, in French, by system error code. */
const REASONS: Record<string, string> = {
  EACCES: "droits insuffisants pour y écrire",
  EPERM: "droits insuffisants pour y écrire",
  EROFS: "système de fichiers en lecture seule",
  ENOSPC: "disque plein",
  EDQUOT: "quota de disque atteint",
  ENAMETOOLONG: "chemin trop long : choisissez un dossier de sortie moins profond",
  ENOTDIR: "un fichier porte déjà ce nom",
};

/**
 * Makes `dir` (as `ensureOutDir`) and checks that a file named like the longest one the run will
 * write there, with its temporary suffix, can be created: a read-only folder, a path too long or
 * a full disk are found before the first file is written, not half-way through a batch.
 */
export async function ensureWritableDir(dir: string, longestName: string): Promise<void> {
  await ensureOutDir(dir);
  // The same shape as writeAtomically's temporary names: `<name>.<pid>.<time in base 36>.tmp`.
  const probe = join(dir, `${longestName}.${process.pid}.${"0".repeat(8)}.tmp`);
  try {
    const handle = await open(probe, "wx");
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code !== "EEXIST") {
      throw new UserError(`${dir} : impossible d'écrire dans ce dossier (${REASONS[code] ?? code}) ; aucun fichier écrit.`, ExitCode.usage);
    }
    return;
  }
  await rm(probe, { force: true });
}
