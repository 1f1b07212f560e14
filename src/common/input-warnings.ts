import type { Problem } from "./errors.js";

/**
 * Where warnings about the user's input go (characters removed at load…). The command-line tool
 * prints them on stderr, as `fichier:ligne:colonne  chemin  avertissement : …`, for every command
 * that reads a project; a library caller finds them in `LoadedFile.warnings` and may also listen.
 */
let listener: ((warning: Problem) => void) | undefined;

/** Sets the function that receives input warnings (the CLI's printer); returns the previous one. */
export function listenToInputWarnings(handler: ((warning: Problem) => void) | undefined): typeof listener {
  const previous = listener;
  listener = handler;
  return previous;
}

export function reportInputWarnings(warnings: readonly Problem[]): void {
  if (listener) for (const warning of warnings) listener(warning);
}
