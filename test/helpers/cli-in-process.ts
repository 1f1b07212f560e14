/**
 * Runs a mentor-docs command inside the test's own process (src/cli/run.ts), with what it prints
 * captured: the same code as the built CLI without a Node start and cold imports per call. Tests of
 * the process itself (exit on a signal, a closed stdout, the built bin) spawn dist/cli/main.js.
 */
import { main } from "../../src/cli/run.js";
import { listenToInputWarnings } from "../../src/common/input-warnings.js";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** One command at a time: stdout, stderr, the environment and process.exitCode are the process's. */
let running: Promise<unknown> = Promise.resolve();

export function runCliInProcess(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const result = running.then(() => runNow(args, env));
  running = result.catch(() => undefined);
  return result;
}

async function runNow(args: string[], env: Record<string, string>): Promise<CliResult> {
  // main() sets the printer of input warnings: the one before it is put back afterwards.
  const listener = listenToInputWarnings(undefined);
  listenToInputWarnings(listener);
  const saved = { out: process.stdout.write, err: process.stderr.write, exitCode: process.exitCode, env: { ...process.env } };
  let stdout = "";
  let stderr = "";
  const text = (chunk: string | Uint8Array) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += text(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += text(chunk)), true)) as typeof process.stderr.write;
  Object.assign(process.env, env);
  try {
    process.exitCode = undefined;
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    listenToInputWarnings(listener);
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    for (const key of Object.keys(env)) {
      if (key in saved.env) process.env[key] = saved.env[key];
      else delete process.env[key];
    }
  }
}
