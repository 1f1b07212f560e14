import type { CommandModule } from "yargs";
import type { AttestationsOptions, RenderAttestationTemplate } from "./attestations-run.js";

/** The yargs command, given how to render the attestation template (wired once that document exists). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function attestationsCommand(renderAttestationTemplate: RenderAttestationTemplate): CommandModule<object, any> {
  return {
    command: "attestations <project>",
    describe: "Produit une attestation par participant (et, au choix, les open badges) à partir d'une liste CSV, JSON ou YAML",
    builder: (yargs) =>
      yargs
        .positional("project", { describe: "Fichier du projet (.json, .yaml ou .yml)", type: "string", demandOption: true })
        .option("learners", {
          describe: "Liste des participants : CSV (export tableur, Moodle ou Mentor), JSON ou YAML, avec nom, prénom et courriel",
          type: "string",
          demandOption: "indiquez la liste des participants avec --learners FICHIER",
        })
        .option("out", { describe: "Dossier de sortie", type: "string", default: "out" })
        .option("skip-invalid", { describe: "Ignore les lignes invalides de la liste au lieu de tout arrêter", type: "boolean", default: false })
        .option("pdf", { describe: "Produit aussi les PDF (LibreOffice requis)", type: "boolean", default: false })
        .option("merge", { describe: "Produit aussi un document unique avec toutes les attestations, une par page", type: "boolean", default: false })
        .option("badges", { describe: "Produit aussi les open badges (2.0 et 3.0) de chaque participant", type: "boolean", default: false })
        .option("sign-key", { describe: "Clé privée Ed25519 (PEM) pour signer les badges 3.0 (VC-JWT) ; implique --badges", type: "string" })
        .option("draft", { describe: "Écrit les attestations même si des exigences du guide manquent, marquées « À COMPLÉTER »", type: "boolean", default: false })
        .option("quiet", { describe: "N'affiche ni barre de progression ni bilan", type: "boolean", default: false })
        .option("templates", { describe: "Dossier de modèles qui remplacent les modèles fournis, fichier par fichier", type: "string" })
        .option("reference-doc", { describe: "Document Word dont les styles sont repris", type: "string" }),
    handler: async (argv) => {
      // Loaded when used: CSV, ZIP and signing libraries are not needed by the other commands' start-up.
      const { runAttestations } = await import("./attestations-run.js");
      process.exitCode = await runAttestations(attestationsOptions(argv), renderAttestationTemplate);
    },
  };
}

/** argv (kebab-case options) → options. */
export function attestationsOptions(argv: Record<string, unknown>): AttestationsOptions {
  return {
    project: String(argv.project),
    learners: String(argv.learners),
    out: String(argv.out ?? "out"),
    skipInvalid: Boolean(argv["skip-invalid"]),
    pdf: Boolean(argv.pdf),
    merge: Boolean(argv.merge),
    badges: Boolean(argv.badges),
    signKey: typeof argv["sign-key"] === "string" ? argv["sign-key"] : undefined,
    quiet: Boolean(argv.quiet),
    draft: Boolean(argv.draft),
    templates: typeof argv.templates === "string" ? argv.templates : undefined,
    referenceDoc: typeof argv["reference-doc"] === "string" ? argv["reference-doc"] : undefined,
  };
}
