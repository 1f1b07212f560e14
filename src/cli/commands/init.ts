import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { CommandModule } from "yargs";
import { ExitCode, UserError } from "../../common/errors.js";
import { writeAtomically } from "../../docx/write.js";
import { skeletonYaml, type SkeletonAnswers } from "../../init/skeleton.js";
import { LABELS } from "../../model/labels.js";
import { schemaPath } from "../../schema/index.js";
import { processOutput, type Output } from "../output.js";

export interface InitOptions {
  file?: string;
  title?: string;
  modalities?: string[];
  start?: string;
  end?: string;
  tender?: boolean;
  yes?: boolean;
  force?: boolean;
}

/** Asks one question, returns the answer (empty for none). Injectable for tests. */
export type Ask = (question: string) => Promise<string>;

const MODALITIES = Object.keys(LABELS.courseModality);
const DEFAULT_FILE = "projet.yaml";
const DEFAULT_TITLE = "Nouvelle formation";

/**
 * `mentor-docs init [fichier.yaml]`: writes a commented skeleton of a project. On a terminal, asks
 * the title, the modalities, the dates and whether there is a tender, unless given as options or
 * `--yes`. Never replaces an existing file without `--force` (exit 2); writes atomically.
 */
export async function runInit(options: InitOptions, output: Output = processOutput, ask?: Ask): Promise<number> {
  const file = options.file ?? DEFAULT_FILE;
  if (!options.force && (await exists(file))) {
    throw new UserError(`${file} : le fichier existe déjà ; rien n'est écrit (--force pour le remplacer).`, ExitCode.usage);
  }
  const questions = ask ?? (!options.yes && process.stdin.isTTY && process.stdout.isTTY ? terminalAsk() : undefined);
  let answers: Omit<SkeletonAnswers, "schemaRef">;
  try {
    answers = await gather(options, questions);
  } finally {
    if (questions && !ask) closeTerminal();
  }
  const schemaRef = relative(dirname(resolve(file)), schemaPath).split("\\").join("/");
  const text = skeletonYaml({ ...answers, schemaRef });
  await writeAtomically(file, () => Buffer.from(text, "utf8"));
  output.out(`${file} écrit. Complétez-le, puis : mentor-docs check ${file}`);
  return ExitCode.ok;
}

/** The answers: options first, then questions for what is missing, then defaults. */
async function gather(options: InitOptions, ask: Ask | undefined): Promise<Omit<SkeletonAnswers, "schemaRef">> {
  let title = options.title;
  let modalities = options.modalities ? parseModalities(options.modalities.join(",")) : undefined;
  let start = options.start === undefined ? undefined : parseDate(options.start, "--start");
  let end = options.end === undefined ? undefined : parseDate(options.end, "--end");
  let tender = options.tender;
  if (ask) {
    title ??= (await ask("Libellé de la formation : ")).trim() || undefined;
    if (!modalities) {
      const list = MODALITIES.map((m) => `${m} (${(LABELS.courseModality as Record<string, string>)[m]})`).join(", ");
      modalities = await askUntilValid(ask, `Modalités, séparées par des virgules, parmi ${list} : `, parseModalities);
    }
    start ??= await askUntilValid(ask, "Date de début de la session (AAAA-MM-JJ, vide si inconnue) : ", (a) => (a.trim() ? parseDate(a, "la date") : undefined));
    end ??= await askUntilValid(ask, "Date de fin de la session (AAAA-MM-JJ, vide si inconnue) : ", (a) => (a.trim() ? parseDate(a, "la date") : undefined));
    tender ??= /^(o|oui|y|yes)$/i.test((await ask("Avec un cahier des charges (marché) ? (o/N) : ")).trim());
  }
  if (start && end && end < start) throw new UserError(`la date de fin (${end}) précède la date de début (${start}).`, ExitCode.usage);
  return { title: title ?? DEFAULT_TITLE, modalities: modalities ?? [], start, end, tender: tender ?? false };
}

async function askUntilValid<T>(ask: Ask, question: string, parse: (answer: string) => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const answer = await ask(question);
    try {
      return parse(answer);
    } catch (error) {
      if (!(error instanceof UserError) || attempt >= 2) throw error;
      await ask(`${error.message} Appuyez sur Entrée pour recommencer.`);
    }
  }
}

function parseModalities(text: string): string[] {
  const values = text.split(/[,;\s]+/).filter(Boolean);
  const unknown = values.filter((v) => !MODALITIES.includes(v));
  if (unknown.length > 0) {
    throw new UserError(`modalité inconnue : ${unknown.map((u) => `« ${u} »`).join(", ")} ; modalités possibles : ${MODALITIES.join(", ")}.`, ExitCode.usage);
  }
  return [...new Set(values)];
}

function parseDate(text: string, what: string): string {
  const value = text.trim();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UserError(`${what} : date invalide « ${value} » : attendu AAAA-MM-JJ, par exemple « 2026-03-09 ».`, ExitCode.usage);
  }
  return value;
}

let terminal: ReturnType<typeof createInterface> | undefined;
function terminalAsk(): Ask {
  terminal = createInterface({ input: process.stdin, output: process.stdout });
  return (question) => terminal!.question(question);
}
function closeTerminal() {
  terminal?.close();
  terminal = undefined;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export const initCommand: CommandModule<object, InitOptions> = {
  command: "init [file]",
  describe: "Écrit le squelette commenté d'un projet (projet.yaml par défaut), à compléter",
  builder: (yargs) =>
    yargs
      .positional("file", { describe: "Fichier à créer (.yaml)", type: "string" })
      .option("title", { describe: "Libellé de la formation", type: "string" })
      .option("modalities", { describe: "Modalités du guide (hybrid, online-self-paced…)", type: "string", array: true })
      .option("start", { describe: "Date de début de la session (AAAA-MM-JJ)", type: "string" })
      .option("end", { describe: "Date de fin de la session (AAAA-MM-JJ)", type: "string" })
      .option("tender", { describe: "Avec un cahier des charges (--no-tender : sans)", type: "boolean" })
      .option("yes", { describe: "Ne pose aucune question (valeurs par défaut pour ce qui n'est pas donné)", type: "boolean", default: false })
      .option("force", { describe: "Remplace le fichier s'il existe", type: "boolean", default: false }),
  handler: async (argv) => {
    process.exitCode = await runInit(argv);
  },
};
