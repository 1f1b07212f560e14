import type { CommandModule } from "yargs";
import { ExitCode, type Problem } from "../../common/errors.js";
import { loadProjectFile } from "../../load/load-project.js";
import { validateProject } from "../../validate/index.js";
import { escapeControls } from "../../common/terminal-text.js";
import { formatProblem, plural, processOutput, type Output } from "../output.js";

export interface ValidateOptions {
  project: string;
  format: "text" | "json";
}

/** `mentor-docs validate`: schema and cross-reference problems, located in the file. */
export async function runValidate(options: ValidateOptions, output: Output = processOutput): Promise<number> {
  const loaded = await loadProjectFile(options.project);
  const result = validateProject(loaded);
  printWarnings(result.warnings, output);
  if (options.format === "json") {
    output.out(JSON.stringify(result.problems, null, 2));
  } else if (result.valid) {
    output.out(`${escapeControls(options.project)} : projet valide.`);
  } else {
    for (const problem of result.problems) output.err(formatProblem(problem));
    output.err(`${escapeControls(options.project)} : ${plural(result.problems.length, "problème")}.`);
  }
  return result.valid ? ExitCode.ok : ExitCode.invalid;
}

/**
 * Warnings that do not make the project invalid (former value names): on stderr, whatever the
 * format, so that `--format json` keeps stdout for its JSON.
 */
export function printWarnings(warnings: readonly Problem[], output: Output): void {
  for (const warning of warnings) output.err(formatProblem({ ...warning, message: `avertissement : ${warning.message}` }));
}

export const validateCommand: CommandModule<object, ValidateOptions> = {
  command: "validate <project>",
  describe: "Vérifie la forme du projet (schéma JSON, identifiants, références, dates)",
  builder: (yargs) =>
    yargs
      .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
      .option("format", { describe: "Format de sortie", choices: ["text", "json"] as const, default: "text" as const }),
  handler: async (argv) => {
    process.exitCode = await runValidate(argv);
  },
};
