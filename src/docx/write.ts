import { rmSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";

/**
 * Writes a file whole or not at all: to a temporary name in the same folder, then renamed over the
 * target. `produce` runs before anything is written, so a failing render leaves the previous file
 * untouched and no temporary file behind.
 */
export async function writeAtomically(target: string, produce: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  const bytes = await produce();
  const temp = `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
  pending.add(temp);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`${target} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, ExitCode.usage);
  } finally {
    pending.delete(temp);
  }
}

/** Temporary files being written right now. */
const pending = new Set<string>();

/**
 * Removes the temporary files of writes in progress. The CLI calls it when interrupted (SIGINT,
 * SIGTERM), so that a killed batch leaves only whole files behind.
 */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** `<out>/<course-slug>-<document>.docx` */
export function documentPath(outDir: string, courseSlug: string, documentId: string, extension = "docx"): string {
  return join(outDir, `${courseSlug}-${documentId}.${extension}`);
}

/** Creates the output folder (`--out`, `./out` by default). */
export async function ensureOutDir(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UserError(`${outDir} : impossible de créer le dossier de sortie (${(error as NodeJS.ErrnoException).code}).`, ExitCode.usage);
  }
}
