import yargs from "yargs";
import { ExitCode, UserError } from "../common/errors.js";
import { listenToInputWarnings } from "../common/input-warnings.js";
import { formatProblem, processOutput } from "./output.js";
import { commands } from "./commands/index.js";

/**
 * The CLI's edge: the only place that prints user errors and sets the exit code. Commands return
 * their exit code or throw a UserError; anything else is a bug, reported without a stack trace
 * unless MENTOR_DOCS_DEBUG is set. The process's side effects (signals, exit) are in main.ts, so
 * tests can run a command inside their own process.
 */
export async function main(argv: string[]): Promise<number> {
  // Warnings about the input (characters removed at load…) go to stderr, in the problems' format.
  listenToInputWarnings((warning) => processOutput.err(formatProblem(warning)));
  const parser = yargs(argv)
    .scriptName("mentor-docs")
    .locale("fr")
    .usage("$0 <commande> [options]\n\nProduit et vérifie les documents d'une formation Mentor.")
    .command(commands)
    .demandCommand(1, "Indiquez une commande (par exemple : mentor-docs validate cours.yaml).")
    .strict()
    .help()
    .alias("h", "help")
    .version()
    .exitProcess(false)
    // Throw, so that no command runs with arguments yargs refused (yargs goes on to the handler
    // when this returns).
    .fail((message, error) => {
      throw error ?? new UsageFailure(message);
    });
  skipHelpCaching(parser);
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageFailure) {
      processOutput.err(`${error.message}\nAide : mentor-docs --help`);
      return ExitCode.usage;
    }
    return reportError(error);
  }
  return Number(process.exitCode ?? 0);
}

/**
 * yargs lays out the whole help of a command as it starts running it, to print it should the
 * command fail later (about 45 ms of CPU per run, with cliui). Failures print their own messages
 * here, never the help: the layout is skipped. Through yargs' internal methods, so only when they
 * are there; otherwise yargs does as usual.
 */
function skipHelpCaching(parser: object): void {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: unknown } } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
}

/** Arguments yargs refused: unknown option, missing file, value outside the choices. */
class UsageFailure extends Error {}

function reportError(error: unknown): number {
  if (error instanceof UserError) {
    if (error.problems.length > 0) for (const problem of error.problems) processOutput.err(formatProblem(problem));
    else processOutput.err(error.message);
    return error.exitCode;
  }
  processOutput.err(
    `Erreur interne de mentor-docs : ${(error as Error)?.message ?? String(error)}\n` +
      "Ce n'est pas dû à vos données : merci de signaler ce problème (relancez avec MENTOR_DOCS_DEBUG=1 pour le détail).",
  );
  if (process.env.MENTOR_DOCS_DEBUG) processOutput.err(String((error as Error)?.stack));
  return 70;
}

