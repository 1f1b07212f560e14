import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rename, rm, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { ExitCode, UserError } from "../common/errors.js";

const run = promisify(execFile);

/** The LibreOffice executable: `MENTOR_DOCS_SOFFICE`, else `soffice` on the PATH. */
export function sofficeCommand(): string {
  return process.env.MENTOR_DOCS_SOFFICE ?? "soffice";
}

/**
 * Converts .docx files to PDF with LibreOffice, in one `soffice` call for all of them (starting
 * LibreOffice costs seconds; converting a file, a fraction of that). Each PDF is written beside its
 * .docx, through a temporary folder then a rename, so no half-written PDF is ever left.
 * A missing LibreOffice is a user error (exit 2) that says what to install.
 */
export async function convertToPdf(docxFiles: readonly string[], options: { timeoutMs?: number } = {}): Promise<string[]> {
  if (docxFiles.length === 0) return [];
  const work = await mkdtemp(join(tmpdir(), "mentor-docs-pdf-"));
  try {
    // A private profile: parallel conversions and a user's open LibreOffice do not collide.
    const profile = pathToFileURL(join(work, "profile")).href;
    const outDir = join(work, "out");
    try {
      await run(
        sofficeCommand(),
        [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...docxFiles],
        { timeout: options.timeoutMs ?? 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        throw new UserError(
          "LibreOffice est introuvable : il faut la commande « soffice » pour produire les PDF " +
            "(sous Debian ou Ubuntu : apt-get install libreoffice-writer-nogui). Relancez sans --pdf pour n'obtenir que les .docx.",
          ExitCode.usage,
        );
      }
      throw new UserError(`La conversion en PDF par LibreOffice a échoué : ${(error as Error).message}`, ExitCode.usage);
    }
    const produced = new Set(await readdir(outDir).catch(() => [] as string[]));
    const pdfs: string[] = [];
    for (const file of docxFiles) {
      const name = basename(file).replace(/\.docx$/i, "") + ".pdf";
      if (!produced.has(name)) {
        throw new UserError(`LibreOffice n'a pas pu convertir ${file} en PDF.`, ExitCode.usage);
      }
      const target = join(dirname(file), name);
      // Copy beside the target first: the temporary folder may be on another file system.
      const partial = `${target}.${process.pid}.tmp`;
      await copyFile(join(outDir, name), partial);
      await rename(partial, target);
      pdfs.push(target);
    }
    return pdfs;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
