import type { CommandModule } from "yargs";
import { checkCommand } from "./check.js";
import { generateCommand } from "./generate.js";
import { templatesCommand } from "./templates.js";
import { validateCommand } from "./validate.js";

/** Every command of the CLI; each lives in its own file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<object, any>[] = [validateCommand, checkCommand, generateCommand, templatesCommand];
