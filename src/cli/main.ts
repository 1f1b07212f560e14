/**
 * The command line's entry: the process's side effects around `main` (src/cli/run.ts): signals, a
 * closed stdout, the exit code. Bundled into dist/cli/cli.cjs, which the installed command,
 * bin.ts, runs.
 */
import { hideBin } from "yargs/helpers";
import { stopWriting } from "../docx/write.js";
import { processOutput } from "./output.js";
import { main } from "./run.js";

// Interrupted (Ctrl+C, or a SIGTERM from a scheduler): drop the file being written, keep the whole
// ones, and exit with the conventional code (128 + signal number).
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, async () => {
    await stopWriting();
    processOutput.err(`Interrompu (${signal}) : les fichiers déjà écrits sont complets, aucun fichier partiel n'est laissé.`);
    process.exit(code);
  });
}

// A reader that stops reading (`mentor-docs check cours.yaml | head`): stop as a SIGPIPE would
// (128 + 13), dropping the file being written, rather than die on an EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    await stopWriting();
    process.exit(141);
  });
}

// No top-level await: the command line is bundled as CommonJS (scripts/bundle-cli.mjs).
void main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
