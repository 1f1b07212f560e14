import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";

/**
 * Writes a file whole or not at all: to a temporary name in the same folder, then renamed over the
 * target. `produce` runs before anything is written, so a failing render leaves the previous file
 * untouched and no temporary file behind.
 */
export async function writeAtomically(target: string, produce: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  const bytes = await produce();
  // Once interrupted, no new write starts: the process is about to exit (see stopWriting).
  if (interrupted) return new Promise<void>(() => {});
  const temp = tempNameFor(target);
  const work = (async () => {
    await writeFile(temp, bytes);
    await rename(temp, target);
  })();
  pending.set(temp, work);
  try {
    await work;
  } catch (error) {
    // rm fails too when the name itself is the problem (ENAMETOOLONG): the user error is the write's.
    await rm(temp, { force: true }).catch(() => {});
    throw writeFailure(target, error);
  } finally {
    pending.delete(temp);
  }
}

/**
 * writeAtomically for many small files in a row (a batch of attestations): the same whole-or-nothing
 * write, done synchronously. Each asynchronous file operation goes through libuv's thread pool, whose
 * wake-ups cost more CPU than writing a small file (1,000 files of 30 kB: 0.5 s of CPU synchronously,
 * 0.8 to 1.0 s asynchronously, for the same time). Returns false, writing nothing, once the process
 * is interrupted. The caller yields to the event loop now and then, so that a signal is handled.
 */
export function writeAtomicallySync(target: string, bytes: Uint8Array): boolean {
  if (interrupted) return false;
  const temp = tempNameFor(target);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // As writeAtomically: the write's error is the one to report.
    }
    throw writeFailure(target, error);
  }
  return true;
}

/** Beside the target (so the rename stays on one file system), named after this process. */
function tempNameFor(target: string): string {
  return `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
}

function writeFailure(target: string, error: unknown): UserError {
  return new UserError(`${target} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, ExitCode.usage);
}

/** Writes in progress, by temporary file. */
const pending = new Map<string, Promise<void>>();
let interrupted = false;

/**
 * Stops writing: no new write starts, the writes in progress settle (a file being written by the
 * system cannot be removed before it exists), then their temporary files are removed. The CLI
 * calls it when interrupted (SIGINT, SIGTERM), so that a killed batch leaves only whole files.
 */
export async function stopWriting(): Promise<void> {
  interrupted = true;
  const temps = [...pending.keys()];
  await Promise.allSettled(pending.values());
  for (const temp of temps) rmSync(temp, { force: true });
}

/** `<out>/<course-slug>-<document>.docx` */
export function documentPath(outDir: string, courseSlug: string, documentId: string, extension = "docx"): string {
  return join(outDir, `${courseSlug}-${documentId}.${extension}`);
}

/** Creates the output folder (`--out`, `./out` by default). */
export async function ensureOutDir(outDir: string): Promise<void> {
  try {
    // Level by level rather than `mkdir(…, { recursive: true })`, which never returns under some
    // file systems (seen with /proc on Node 20).
    const missing: string[] = [];
    for (let dir = resolve(outDir); !existsSync(dir); dir = dirname(dir)) {
      missing.unshift(dir);
      if (dirname(dir) === dir) break;
    }
    for (const dir of missing) await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
    if (!(await stat(outDir)).isDirectory()) throw Object.assign(new Error("ENOTDIR"), { code: "ENOTDIR" });
  } catch (error) {
    throw new UserError(`${outDir} : impossible de créer le dossier de sortie (${(error as NodeJS.ErrnoException).code}).`, ExitCode.usage);
  }
}
