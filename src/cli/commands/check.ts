import type { CommandModule } from "yargs";
import { checkProject, GRID_STATUS_LABELS, summaryLine } from "../../check/index.js";
import { ExitCode } from "../../common/errors.js";
import { loadProjectFile } from "../../load/load-project.js";
import { validateProject } from "../../validate/index.js";
import { escapeControls } from "../../common/terminal-text.js";
import { formatProblem, plural, processOutput, type Output } from "../output.js";
import { printWarnings } from "./validate.js";
import { COLOURS, findingLine, painter, printFindingsBySeverity } from "../findings.js";

export interface CheckOptions {
  project: string;
  format: "text" | "json";
  grid: boolean;
  strict: boolean;
}

/**
 * `mentor-docs check`: validates the project (schema problems are reported as `validate` does, and
 * no rule runs on invalid data), then checks it against the guide. Exit 0 without errors, 1 with
 * errors (or warnings with --strict); unreadable input throws a UserError (exit 2).
 */
export async function runCheck(options: CheckOptions, output: Output = processOutput): Promise<number> {
  const loaded = await loadProjectFile(options.project);
  const validation = validateProject(loaded);
  printWarnings(validation.warnings, output);
  if (!validation.valid) {
    if (options.format === "json") {
      output.out(JSON.stringify({ valid: false, problems: validation.problems }, null, 2));
    } else {
      for (const problem of validation.problems) output.err(formatProblem(problem));
      output.err(`${escapeControls(options.project)} : ${plural(validation.problems.length, "problème")}.`);
    }
    return ExitCode.invalid;
  }
  const result = checkProject(validation.project, loaded.source);
  const { errors, warnings } = result.summary;
  const failed = errors > 0 || (options.strict && warnings > 0);
  if (options.format === "json") {
    output.out(JSON.stringify({ valid: true, ...result }, null, 2));
    return failed ? ExitCode.invalid : ExitCode.ok;
  }
  const paint = painter(output);
  if (options.grid) {
    for (const row of result.grid) {
      const status = GRID_STATUS_LABELS[row.status];
      const colour = row.status === "missing" ? COLOURS.error : row.status === "satisfied" ? "\x1b[32m" : "\x1b[2m";
      output.out(`${row.requirement.padEnd(6)} ${row.section.padEnd(10)} ${paint(colour, status.padEnd(14))} ${escapeControls(row.label)}`);
      for (const f of row.findings) output.out(findingLine(f, output, "    "));
    }
  } else {
    printFindingsBySeverity(result.findings, output);
  }
  output.out(`${escapeControls(options.project)} : ${summaryLine(result.summary)}.`);
  return failed ? ExitCode.invalid : ExitCode.ok;
}

export const checkCommand: CommandModule<object, CheckOptions> = {
  command: "check <project>",
  describe: "Vérifie le projet au regard du Guide de référence pédagogique Mentor (exigences manquantes, section du guide à lire)",
  builder: (yargs) =>
    yargs
      .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
      .option("format", { describe: "Format de sortie", choices: ["text", "json"] as const, default: "text" as const })
      .option("grid", { describe: "Affiche la grille de conformité : une ligne par exigence du guide, avec son état", type: "boolean", default: false })
      .option("strict", { describe: "Échoue aussi sur les avertissements (code de sortie 1)", type: "boolean", default: false }),
  handler: async (argv) => {
    process.exitCode = await runCheck(argv);
  },
};
