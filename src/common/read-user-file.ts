import { readFile } from "node:fs/promises";
import { ExitCode, UserError } from "./errors.js";

/** Reads a file the user named; a missing or unreadable one is a French user error (exit 2). */
export async function readUserFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "fichier introuvable" : code === "EISDIR" ? "c'est un dossier, pas un fichier" : "lecture impossible";
    throw new UserError(`${file} : ${reason}`, ExitCode.usage);
  }
}
