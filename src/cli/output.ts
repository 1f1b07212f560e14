import type { Problem } from "../common/errors.js";
import { escapeControls } from "../common/terminal-text.js";

/** Where a command writes: injectable, so commands are tested without spawning a process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colours, progress bars). */
  readonly isTTY: boolean;
}

/**
 * The process's streams. Last guard: whatever a command prints, control characters other than line
 * feeds and our own colours are shown escaped (values are already escaped where they are formatted).
 */
export const processOutput: Output = {
  out: (text) => process.stdout.write(terminalLine(text)),
  err: (text) => process.stderr.write(terminalLine(text)),
  get isTTY() {
    return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  },
};

function terminalLine(text: string): string {
  const safe = escapeControls(text, { keepLineFeeds: true, keepOwnColours: true });
  return safe.endsWith("\n") ? safe : safe + "\n";
}

/** `cours.yaml:42:7  units[1].activities[0].duration  durée invalide « 1h70 » …` */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return [where, problem.path || "(document)", problem.message].map((part) => escapeControls(part)).join("  ");
}

/** French plural: `plural(2, "erreur")` → `2 erreurs`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
