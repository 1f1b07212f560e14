import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ExitCode, UserError } from "../common/errors.js";
import { pageNumbersOf, writeTocPageNumbers } from "../docx/toc-numbers.js";
import { writeAtomically } from "../docx/write.js";
import { ownFolder, runGroup, type Finished } from "./child-process.js";
import { officePipes } from "./office-pipes.js";
import { UNO_SCRIPT } from "./uno-script.js";

/** The LibreOffice executable: `MENTOR_DOCS_SOFFICE`, else `soffice` on the PATH. */
export function sofficeCommand(): string {
  return process.env.MENTOR_DOCS_SOFFICE ?? "soffice";
}

export interface PdfOptions {
  /**
   * Have LibreOffice update the tables of contents before exporting (a Python-UNO script), and
   * write the page numbers it found back into each .docx. Off: a plain `--convert-to pdf`.
   */
  updateIndexes?: boolean;
  /** Time allowed to each LibreOffice call. */
  timeoutMs?: number;
  /** Files per `soffice --convert-to` call (100 by default; see `batches`). */
  batchSize?: number;
}

const MISSING_LIBREOFFICE =
  "LibreOffice est introuvable : il faut la commande « soffice » pour produire les PDF " +
  "(sous Debian ou Ubuntu : apt-get install libreoffice-writer-nogui). Relancez sans --pdf pour n'obtenir que les .docx.";

/**
 * Converts .docx files to PDF with LibreOffice. Each PDF is written beside its .docx, through a
 * temporary folder then a rename, so no half-written PDF is ever left; every expected PDF is
 * checked for afterwards. LibreOffice runs in a process group of its own, with a private profile
 * and temporary folder (`mentor-docs-pdf-*`), all ended and removed, with LibreOffice's sockets, on
 * every exit path, interrupts included. A missing LibreOffice is a user error (exit 2) that says
 * what to install.
 */
export async function convertToPdf(files: readonly string[], options: PdfOptions = {}): Promise<string[]> {
  if (files.length === 0) return [];
  // Absolute paths: LibreOffice and its script do not run in our working folder.
  const docxFiles = files.map((file) => resolve(file));
  const work = mkdtempSync(join(tmpdir(), "mentor-docs-pdf-"));
  // A private profile: parallel conversions and a user's open LibreOffice do not collide.
  const profile = pathToFileURL(join(work, "profile")).href;
  const pipe = `mentordocs_${process.pid}_${randomBytes(4).toString("hex")}`;
  const folder = ownFolder(work, officePipes(profile, options.updateIndexes ? pipe : undefined));
  try {
    const outDir = join(work, "out");
    // LibreOffice's own temporary files (lu*.tmp) go into our folder too, so a killed one leaves none.
    const env = { ...process.env, TMPDIR: join(work, "tmp") };
    mkdirSync(env.TMPDIR);
    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    let tocs: Map<string, string[]> | undefined;
    if (options.updateIndexes) tocs = await convertWithIndexes(docxFiles, work, profile, pipe, outDir, { timeoutMs, env });
    else for (const batch of batches(docxFiles, options.batchSize)) await convertBatch(batch, profile, outDir, { timeoutMs, env });

    const produced = new Set(await readdir(outDir).catch(() => [] as string[]));
    const missing = docxFiles.filter((file) => !produced.has(pdfName(file)));
    if (missing.length > 0) {
      const shown = missing.slice(0, 10).join(", ") + (missing.length > 10 ? ` et ${missing.length - 10} autres` : "");
      throw new UserError(
        `LibreOffice n'a pas produit le PDF de ${missing.length} fichier${missing.length > 1 ? "s" : ""} sur ${docxFiles.length} : ${shown}. ` +
          "Les .docx sont écrits ; relancez avec --pdf pour réessayer.",
        ExitCode.usage,
      );
    }
    const pdfs: string[] = [];
    for (const file of docxFiles) {
      const target = join(dirname(file), pdfName(file));
      // Copy beside the target first: the temporary folder may be on another file system.
      const partial = `${target}.${process.pid}.tmp`;
      copyFileSync(join(outDir, pdfName(file)), partial);
      await rename(partial, target);
      pdfs.push(target);
      const numbers = tocs?.get(file);
      if (numbers) {
        const docx = writeTocPageNumbers(new Uint8Array(await readFile(file)), numbers);
        if (docx) await writeAtomically(file, () => docx);
      }
    }
    return pdfs;
  } finally {
    folder.release();
  }
}

const pdfName = (docx: string) => basename(docx).replace(/\.docx$/i, "") + ".pdf";

/**
 * Splits the files into LibreOffice calls. One call converts many files (starting LibreOffice
 * costs seconds, a file a fraction of that), but LibreOffice 7.4 converts only the first 246 or so
 * files of a call and still exits 0, and a long list exceeds the system's limit on arguments
 * (E2BIG): at most `size` files and about 100,000 characters of paths per call.
 */
export function batches(files: readonly string[], size = 100, maxChars = 100_000): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= size || chars + file.length + 1 > maxChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(file);
    chars += file.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface RunOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

async function convertBatch(files: readonly string[], profile: string, outDir: string, run: RunOptions): Promise<void> {
  const args = [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files];
  const finished = await start(() => runGroup(sofficeCommand(), args, run));
  failed(finished, run.timeoutMs);
}

/** Runs LibreOffice, or says what to install when it is missing. */
async function start(run: () => Promise<Finished>): Promise<Finished> {
  try {
    return await run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(MISSING_LIBREOFFICE, ExitCode.usage);
    throw new UserError(`La conversion en PDF par LibreOffice n'a pas pu démarrer : ${(error as Error).message}`, ExitCode.usage);
  }
}

function failed(finished: Finished, timeoutMs: number): void {
  if (finished.timedOut) {
    throw new UserError(`La conversion en PDF par LibreOffice n'a pas abouti en ${Math.round(timeoutMs / 1000)} s : elle a été arrêtée.`, ExitCode.usage);
  }
  if (finished.code !== 0) {
    const detail = finished.stderr.trim().split("\n").slice(-3).join(" ") || `code ${finished.code ?? finished.signal}`;
    throw new UserError(`La conversion en PDF par LibreOffice a échoué : ${detail}`, ExitCode.usage);
  }
}

/**
 * The programs a PDF needs (LibreOffice; with `updateIndexes`, its Python-UNO bridge), or a user
 * error (exit 2) that says what to install. `generate --pdf` asks before writing anything.
 */
export function pdfTools(updateIndexes: boolean): { soffice: string; python?: string } {
  const soffice = resolveCommand(sofficeCommand());
  if (!soffice) throw new UserError(MISSING_LIBREOFFICE, ExitCode.usage);
  if (!updateIndexes) return { soffice };
  const python = unoPython(soffice);
  if (!python) {
    throw new UserError(
      "Pour produire les PDF avec les numéros de page exacts du sommaire, il faut le module Python « uno » de LibreOffice " +
        "(sous Debian ou Ubuntu : apt-get install python3-uno), ou indiquer dans MENTOR_DOCS_PYTHON un Python qui l'a. " +
        "Relancez sans --pdf pour n'obtenir que les .docx.",
      ExitCode.usage,
    );
  }
  return { soffice, python };
}

/**
 * One LibreOffice for all files, driven by the Python-UNO script: for each document, update its
 * indexes, export the PDF. Returns each file's table of contents page numbers, when it has one.
 */
async function convertWithIndexes(files: readonly string[], work: string, profile: string, pipe: string, outDir: string, run: RunOptions): Promise<Map<string, string[]>> {
  const { soffice, python } = pdfTools(true) as { soffice: string; python: string };
  const script = join(work, "update-indexes.py");
  const jobFile = join(work, "job.json");
  const resultFile = join(work, "result.json");
  await writeFile(script, UNO_SCRIPT);
  const job = {
    soffice,
    profile,
    pipe,
    connectTimeout: 120,
    result: resultFile,
    files: files.map((docx) => ({ docx, pdf: join(outDir, pdfName(docx)) })),
  };
  await writeFile(jobFile, JSON.stringify(job));
  await mkdir(outDir, { recursive: true });
  failed(await start(() => runGroup(python, [script, jobFile], run)), run.timeoutMs);
  const results = JSON.parse(await readFile(resultFile, "utf8")) as Record<string, { toc?: string[]; error?: string }>;
  const tocs = new Map<string, string[]>();
  for (const file of files) {
    const numbers = results[file]?.toc?.length ? pageNumbersOf(results[file]!.toc!) : undefined;
    if (numbers) tocs.set(file, numbers);
  }
  return tocs;
}

/** The full path of a command (as given when it has a slash, else searched on the PATH), or undefined. */
function resolveCommand(command: string): string | undefined {
  if (command.includes("/")) return existsSync(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

let foundPython: string | null | undefined;

/**
 * A Python that can `import uno`: `MENTOR_DOCS_PYTHON`; LibreOffice's own (official builds bundle
 * one beside soffice); the system's python3 (Debian's python3-uno installs there, which a
 * pyenv or venv python3 on the PATH does not see).
 */
function unoPython(soffice: string): string | undefined {
  if (foundPython !== undefined) return foundPython ?? undefined;
  const program = dirname(realpathSync(soffice));
  const candidates = [
    process.env.MENTOR_DOCS_PYTHON,
    join(program, "python"),
    join(program, "..", "Resources", "python"),
    "/usr/bin/python3",
    "python3",
  ].filter((c): c is string => Boolean(c));
  foundPython = null;
  for (const candidate of candidates) {
    if (candidate.includes("/") && !existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ["-c", "import uno"], { stdio: "ignore", timeout: 30_000 });
      foundPython = candidate;
      break;
    } catch {
      // Not this one.
    }
  }
  return foundPython ?? undefined;
}
