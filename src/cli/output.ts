import type { Problem } from "../common/errors.js";

/** Where a command writes: injectable, so commands are tested without spawning a process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colours, progress bars). */
  readonly isTTY: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  get isTTY() {
    return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  },
};

/** `cours.yaml:42:7  units[1].activities[0].duration  durée invalide « 1h70 » …` */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return [where, problem.path || "(document)", problem.message].join("  ");
}

/** French plural: `plural(2, "erreur")` → `2 erreurs`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
