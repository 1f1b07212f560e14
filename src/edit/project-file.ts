import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";
import { decodeUtf8 } from "../load/decode.js";
import { parseProjectText } from "../load/load-project.js";
import { updateYamlText } from "./yaml-update.js";

/** The project as it is on disk: its data, and a fingerprint to notice a change by someone else. */
export interface ProjectSnapshot {
  data: unknown;
  /** SHA-256 of the file's bytes. */
  hash: string;
}

/** The outcome of a save: written, or refused because the file changed on disk since `baseHash`. */
export type SaveOutcome = { status: "saved"; hash: string } | { status: "conflict"; hash: string };

const hashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Reads the project file: a syntax or encoding error is a UserError naming line and column. */
export async function readProject(file: string): Promise<ProjectSnapshot> {
  const bytes = await readBytes(file);
  const loaded = parseProjectText(decodeUtf8(bytes, file), file);
  return { data: loaded.data, hash: hashOf(bytes) };
}

/**
 * Writes `data` to the project file, unless the file changed on disk since it was read (its hash
 * is no longer `baseHash`): the other change is never overwritten. YAML keeps its comments, key
 * order and anchors; JSON is written indented. Whole or not at all: a temporary file in the same
 * folder, renamed over the project.
 */
export async function saveProject(file: string, data: unknown, baseHash: string): Promise<SaveOutcome> {
  const bytes = await readBytes(file);
  const current = hashOf(bytes);
  if (current !== baseHash) return { status: "conflict", hash: current };
  const text = decodeUtf8(bytes, file);
  const json = extname(file).toLowerCase() === ".json";
  const updated = json ? `${JSON.stringify(data, null, 2)}\n` : updateYamlText(text, data, file);
  const out = Buffer.from(updated, "utf8");
  await writeWhole(file, out);
  return { status: "saved", hash: hashOf(out) };
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file} : ${code === "ENOENT" ? "fichier introuvable" : "lecture impossible"}`, ExitCode.usage);
  }
}

async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // Same permissions as the file it replaces.
    const { mode } = await stat(file);
    await writeFile(temp, bytes, { mode: mode & 0o777 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`${file} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, ExitCode.usage);
  }
}
