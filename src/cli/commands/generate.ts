import { relative } from "node:path";
import type { CommandModule } from "yargs";
import { summaryLine } from "../../check/index.js";
import { ExitCode } from "../../common/errors.js";
import { parseSourceDateEpoch } from "../../common/source-date-epoch.js";
import { documents } from "../../documents/registry.js";
import { printFindingsBySeverity } from "../findings.js";
import { escapeControls } from "../../common/terminal-text.js";
import { formatProblem, plural, processOutput, type Output } from "../output.js";
import { printWarnings } from "./validate.js";

export interface GenerateCliOptions {
  project: string;
  doc?: string[];
  out: string;
  templates?: string;
  referenceDoc?: string;
  pdf: boolean;
  draft: boolean;
}

/**
 * `mentor-docs generate`: writes the documents, or says why not. Exit 0 when written, 1 for
 * invalid data or missing guide items without --draft, 2 for unusable input (thrown UserError).
 */
export async function runGenerate(options: GenerateCliOptions, output: Output = processOutput): Promise<number> {
  // Loaded when used: the Word engine is most of the CLI's start-up time (see `check`'s cold start in bench/).
  const { generate } = await import("../../generate/index.js");
  // A malformed SOURCE_DATE_EPOCH is refused before anything is read or written.
  parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  const outcome = await generate({
    project: options.project,
    documents: options.doc,
    outDir: options.out,
    templatesDir: options.templates,
    referenceDoc: options.referenceDoc,
    pdf: options.pdf,
    draft: options.draft,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    onWarnings: (warnings) => printWarnings(warnings, output),
  });
  if (outcome.status === "invalid") {
    for (const problem of outcome.problems) output.err(formatProblem(problem));
    output.err(`${escapeControls(options.project)} : ${plural(outcome.problems.length, "problème")} ; aucun document écrit.`);
    return ExitCode.invalid;
  }
  if (outcome.status === "incomplete") {
    printFindingsBySeverity(outcome.errors, output, output.err);
    output.err(
      `${escapeControls(options.project)} : ${plural(outcome.errors.length, "erreur")} au regard du guide ; aucun document écrit.\n` +
        "Complétez le projet (voir « mentor-docs check »), ou relancez avec --draft pour écrire des documents de travail marqués « À COMPLÉTER ».",
    );
    return ExitCode.invalid;
  }
  output.out(`Documents écrits (${plural(outcome.written.length, "fichier")}) :`);
  for (const w of outcome.written) {
    const pages = w.pages ? `  (${plural(w.pages, "page")})` : "";
    output.out(`  ${relative(process.cwd(), w.path) || w.path}${pages}`);
    if (w.pdf) output.out(`  ${relative(process.cwd(), w.pdf) || w.pdf}`);
    for (const warning of w.warnings) output.err(`  avertissement (${w.document.id}) : ${escapeControls(warning)}`);
  }
  if (options.draft) output.out(`Brouillon : ${summaryLine(outcome.check.summary)}.`);
  return ExitCode.ok;
}

export const generateCommand: CommandModule<object, GenerateCliOptions> = {
  command: "generate <project>",
  describe: "Écrit les documents de la formation (.docx, et PDF avec --pdf)",
  builder: (yargs) =>
    yargs
      .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
      .option("doc", {
        describe: "Document(s) à écrire (par défaut : tous)",
        type: "string",
        array: true,
        choices: [...documents.map((d) => d.id), "dpgf"],
      })
      .option("out", { describe: "Dossier de sortie", type: "string", default: "out" })
      .option("templates", { describe: "Dossier de modèles qui remplacent les modèles fournis, fichier par fichier", type: "string" })
      .option("reference-doc", { describe: "Document Word dont les styles sont repris (comme pandoc --reference-doc)", type: "string" })
      .option("pdf", { describe: "Produit aussi un PDF de chaque document (LibreOffice nécessaire)", type: "boolean", default: false })
      .option("draft", {
        describe: "Écrit les documents même si des exigences du guide manquent, marquées « À COMPLÉTER »",
        type: "boolean",
        default: false,
      }),
  handler: async (argv) => {
    process.exitCode = await runGenerate(argv);
  },
};
