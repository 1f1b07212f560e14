import { ExitCode, UserError } from "./errors.js";
import { fileKind, openNonBlocking, readAtMost } from "./regular-file.js";

/**
 * Largest project or learners' list read: far above any real one (100,000 learners make about
 * 10 Mo of CSV), low enough that a wrong file cannot exhaust memory.
 */
export const USER_FILE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads a file the user named: a regular file, at most `USER_FILE_MAX_BYTES`. A missing,
 * unreadable, special (folder, pipe, device) or oversized one is a French user error (exit 2),
 * found before anything is read from it.
 */
export async function readUserFile(
  file: string,
  { maxBytes = USER_FILE_MAX_BYTES, limitText = `${USER_FILE_MAX_BYTES / 1024 / 1024} Mo au plus` }: { maxBytes?: number; limitText?: string } = {},
): Promise<Buffer> {
  const refuse = (reason: string): never => {
    throw new UserError(`${file} : ${reason}`, ExitCode.usage);
  };
  let handle;
  try {
    handle = await openNonBlocking(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return refuse("fichier introuvable");
    if (code === "EISDIR") return refuse("c'est un dossier, pas un fichier");
    if (code === "EACCES" || code === "EPERM") return refuse("lecture impossible (droits insuffisants)");
    if (code === "ENXIO") return refuse("ce n'est pas un fichier ordinaire (tube nommé sans écrivain)");
    return refuse("lecture impossible");
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return refuse("c'est un dossier, pas un fichier");
    if (!stats.isFile()) return refuse(`ce n'est pas un fichier ordinaire : ${fileKind(stats)}`);
    const tooLarge = (bytes: number) => refuse(`fichier trop volumineux (${Math.round(bytes / 1024 / 1024)} Mo) : ${limitText}`);
    if (stats.size > maxBytes) return tooLarge(stats.size);
    const data = await readAtMost(handle, maxBytes + 1);
    if (data.length > maxBytes) return tooLarge(data.length);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "EISDIR" ? "c'est un dossier, pas un fichier" : "lecture impossible");
  } finally {
    await handle.close();
  }
}
