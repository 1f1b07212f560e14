/** A problem found in the user's input, located in the source file. */
export interface Problem {
  /** The file, as the user named it. */
  file: string;
  /** 1-based line and column of the element concerned (0 when unknown). */
  line: number;
  column: number;
  /** JSON path in display form, e.g. `units[1].activities[0].duration`; empty for the whole document. */
  path: string;
  /** French message for the user. */
  message: string;
  /** A stable code for programs and tests (e.g. `schema.enum`, `ref.dangling`, `syntax.yaml`). */
  code: string;
}

/** Exit codes of the command-line tool. */
export const ExitCode = {
  ok: 0,
  /** Invalid data, or guide errors found. */
  invalid: 1,
  /** Unusable invocation or unreadable input. */
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error caused by the user's input or invocation: printed once, in French, at the CLI's edge,
 * never as a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}
