import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inject } from "vitest";
import { promisify } from "node:util";

const run = promisify(execFile);

function has(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Why LibreOffice tests are skipped here, or undefined when soffice and pdftotext are installed (CI installs them). */
export const libreOfficeMissing: string | undefined = !has(process.env.MENTOR_DOCS_SOFFICE ?? "soffice")
  ? "LibreOffice (soffice) n'est pas installé sur cette machine"
  : !has("pdftotext")
    ? "poppler-utils (pdftotext) n'est pas installé sur cette machine"
    : undefined;

// In CI the tools are installed by .ci/run: a missing one there is a failure, not a skip.
if (libreOfficeMissing && process.env.CI) throw new Error(`CI : ${libreOfficeMissing}`);

/** Base time limit of one LibreOffice call, plus 30 s per file converted. */
const LIBREOFFICE_CALL_LIMIT_MS = 300_000;

export interface PdfResult {
  pdf: Uint8Array;
  /** `pdftotext -layout` output. */
  text: string;
  pages: number;
  /** `pdftotext -raw` output (reading order: a table cell after another), with `{ raw: true }`. */
  raw?: string;
  /**
   * With `{ headerPages: true }`, when a LibreOffice server of the test run did the conversion: per
   * table, the page its header row ends on and the page the row under it starts on.
   */
  headerPages?: { name: string; header: number; next: number }[];
}

export interface PdfOptions {
  raw?: boolean;
  headerPages?: boolean;
}

/**
 * Converts .docx buffers to PDF in one LibreOffice call, with a private profile so parallel tests
 * do not collide, and extracts their text. Keys are file names without extension. A test file
 * makes one such call, for every document it needs, in `beforeAll`.
 */
export async function docxToPdf(files: Record<string, Uint8Array>, options: PdfOptions = {}): Promise<Record<string, PdfResult>> {
  const work = await mkdtemp(join(tmpdir(), "lo-test-"));
  try {
    const inputs: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(work, `${name}.docx`);
      await writeFile(path, bytes);
      inputs.push(path);
    }
    // Catches a hang, not slowness: a loaded machine (load 10 on two cores) may take minutes.
    const timeout = LIBREOFFICE_CALL_LIMIT_MS + inputs.length * 30_000;
    if (!(await convertInServer(inputs, work, timeout, options))) {
      const profile = pathToFileURL(join(work, "profile")).href;
      await run(process.env.MENTOR_DOCS_SOFFICE ?? "soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...inputs], {
        timeout,
        killSignal: "SIGKILL",
      });
    }
    const out: Record<string, PdfResult> = {};
    for (const input of inputs) {
      const name = basename(input, ".docx");
      const pdfPath = join(work, `${name}.pdf`);
      const { stdout: text } = await run("pdftotext", ["-layout", pdfPath, "-"], { maxBuffer: 64 * 1024 * 1024 });
      out[name] = { pdf: new Uint8Array(await readFile(pdfPath)), text, pages: await pageCount(pdfPath) };
      if (options.raw) out[name].raw = (await run("pdftotext", ["-raw", pdfPath, "-"], { maxBuffer: 64 * 1024 * 1024 })).stdout;
      if (options.headerPages && existsSync(`${pdfPath}.headers.json`)) out[name].headerPages = JSON.parse(await readFile(`${pdfPath}.headers.json`, "utf8"));
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Converts in one of the LibreOffice servers of the test run (test/helpers/office-servers.ts).
 * False when there is none or it did not answer: the caller starts its own LibreOffice.
 */
async function convertInServer(inputs: string[], outDir: string, timeout: number, options: PdfOptions): Promise<boolean> {
  const servers = inject("officeServers") ?? [];
  if (servers.length === 0) return false;
  const job = join(outDir, "office-job.json");
  const files = inputs.map((docx) => [docx, join(outDir, `${basename(docx, ".docx")}.pdf`)]);
  await writeFile(job, JSON.stringify({ servers, files, connectTimeout: 120, headerPages: options.headerPages === true }));
  try {
    await run("/usr/bin/python3", [CLIENT, job], { timeout, killSignal: "SIGKILL" });
    return true;
  } catch {
    return false;
  }
}

const CLIENT = fileURLToPath(new URL("./office-client.py", import.meta.url));

/** Number of pages of a PDF file (pdfinfo). */
export async function pageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdfPath]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** Renders page `page` of a PDF to PNG (for looking at it). */
export async function pdfPagePng(pdf: Uint8Array, outPng: string, page = 1, dpi = 60): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "pdf-png-"));
  try {
    await writeFile(join(work, "in.pdf"), pdf);
    await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", join(work, "in.pdf"), outPng.replace(/\.png$/, "")]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
