import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { ExitCode, UserError } from "../common/errors.js";

/** Reads `word/styles.xml` out of the user's reference document (`--reference-doc`). */
export async function readReferenceStyles(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(`${file} : document de référence introuvable ou illisible.`, ExitCode.usage);
  }
  let styles: Uint8Array | undefined;
  try {
    styles = unzipSync(bytes, { filter: (f) => f.name === "word/styles.xml" })["word/styles.xml"];
  } catch {
    throw new UserError(`${file} : ce n'est pas un document Word (.docx) lisible.`, ExitCode.usage);
  }
  if (!styles) throw new UserError(`${file} : ce document Word ne contient pas de styles (word/styles.xml).`, ExitCode.usage);
  return strFromU8(styles);
}
