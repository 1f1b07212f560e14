import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { CommandModule } from "yargs";
import { ExitCode, UserError } from "../../common/errors.js";
import { builtinTemplatesDir } from "../../render/template-files.js";
import { plural, processOutput, type Output } from "../output.js";

export interface TemplatesExportOptions {
  dir: string;
  force?: boolean;
}

/**
 * `mentor-docs templates export DIR`: copies the built-in templates out, to edit and pass back with
 * `--templates DIR` (missing files fall back to the built-in ones). Existing files are kept unless
 * `--force`.
 */
export async function runTemplatesExport(options: TemplatesExportOptions, output: Output = processOutput): Promise<number> {
  const files = await listFiles(builtinTemplatesDir);
  let written = 0;
  const kept: string[] = [];
  for (const file of files) {
    const rel = relative(builtinTemplatesDir, file);
    const target = join(options.dir, rel);
    if (!options.force && (await exists(target))) {
      kept.push(rel);
      continue;
    }
    try {
      await mkdir(join(target, ".."), { recursive: true });
      await copyFile(file, target);
    } catch (error) {
      throw new UserError(`${target} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? "erreur"}).`, ExitCode.usage);
    }
    written++;
  }
  output.out(`${plural(written, "modèle copié", "modèles copiés")} dans ${options.dir}.`);
  if (kept.length > 0) {
    output.out(`${plural(kept.length, "fichier existant conservé", "fichiers existants conservés")} (--force pour les remplacer) : ${kept.join(", ")}`);
  }
  output.out(`Modifiez-les puis utilisez : mentor-docs generate … --templates ${options.dir}`);
  return ExitCode.ok;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export const templatesCommand: CommandModule<object, TemplatesExportOptions> = {
  command: "templates <action> <dir>",
  describe: "Copie les modèles intégrés dans un dossier pour les personnaliser (templates export DOSSIER)",
  builder: (yargs) =>
    yargs
      .positional("action", { describe: "Action", choices: ["export"] as const, demandOption: true })
      .positional("dir", { describe: "Dossier où copier les modèles", type: "string", demandOption: true })
      .option("force", { describe: "Remplacer les fichiers qui existent déjà", type: "boolean", default: false }),
  handler: async (argv) => {
    process.exitCode = await runTemplatesExport(argv);
  },
};
