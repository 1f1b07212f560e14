import { spawn } from "node:child_process";
import type { CommandModule } from "yargs";
import { ExitCode, UserError } from "../../common/errors.js";
import { processOutput, type Output } from "../output.js";

export interface EditOptions {
  project: string;
  port: number;
  open: boolean;
  out: string;
  templates?: string;
  referenceDoc?: string;
}

/**
 * `mentor-docs edit`: the project as a form in the browser, served on 127.0.0.1 until Ctrl+C.
 * Returns once the server listens; the open server keeps the process alive.
 */
export async function runEdit(options: EditOptions, output: Output = processOutput): Promise<number> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new UserError(`--port : ${options.port} n'est pas un numéro de port (0 à 65535).`, ExitCode.usage);
  }
  const { startEditServer } = await import("../../edit/server.js");
  const server = await startEditServer({
    project: options.project,
    port: options.port,
    outDir: options.out,
    templatesDir: options.templates,
    referenceDoc: options.referenceDoc,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
  });
  output.out(`Éditeur de ${options.project} : ${server.url}`);
  output.out("Cette adresse contient un jeton secret : ne la partagez pas. Ctrl+C pour arrêter.");
  if (options.open) openInBrowser(server.url, output);
  return ExitCode.ok;
}

function openInBrowser(url: string, output: Output): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: "ignore" });
  child.on("error", () => output.err(`Navigateur introuvable : ouvrez vous-même ${url}`));
  child.unref();
}

export const editCommand: CommandModule<object, EditOptions> = {
  command: "edit <project>",
  describe: "Ouvre le projet dans un formulaire, dans le navigateur, avec les constats du guide à côté de chaque champ",
  builder: (yargs) =>
    yargs
      .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
      .option("port", { describe: "Port du serveur local (par défaut : un port libre)", type: "number", default: 0 })
      .option("open", { describe: "Ouvre la page dans le navigateur", type: "boolean", default: false })
      .option("out", { describe: "Dossier de sortie des documents générés", type: "string", default: "out" })
      .option("templates", { describe: "Dossier de modèles qui remplacent les modèles fournis, fichier par fichier", type: "string" })
      .option("reference-doc", { describe: "Document Word dont les styles sont repris (comme pandoc --reference-doc)", type: "string" }),
  handler: async (argv) => {
    process.exitCode = await runEdit(argv);
  },
};
