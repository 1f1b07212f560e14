import type { CommandModule } from "yargs";
import { dirname } from "node:path";
import { attestationsCommand } from "./attestations.js";
import { checkCommand } from "./check.js";
import { editCommand } from "./edit.js";
import { generateCommand } from "./generate.js";
import { initCommand } from "./init.js";
import { migrateCommand } from "./migrate.js";
import { templatesCommand } from "./templates.js";
import { validateCommand } from "./validate.js";

/** Every command of the CLI; each lives in its own file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<object, any>[] = [
  validateCommand,
  checkCommand,
  generateCommand,
  // Per-learner attestations fill the attestation document, rendered once with its merge fields.
  attestationsCommand(
    async (project, options, listed, source) => {
      // Loaded when used: the Word engine is most of the CLI's start-up time.
      const [{ attestation }, { renderDocument }, { buildViewModel }] = await Promise.all([
        import("../../documents/attestation.js"),
        import("../../docx/render-document.js"),
        import("../../model/index.js"),
      ]);
      const rendered = await renderDocument(attestation, buildViewModel(project, { draft: options.draft ?? false, listedFields: listed }), {
        projectDir: dirname(options.project),
        source,
        templatesDir: options.templates,
        referenceDoc: options.referenceDoc,
      });
      return rendered.buffer;
    },
  ),
  templatesCommand,
  editCommand,
  migrateCommand,
  initCommand,
];
