// A reader that stops reading (`mentor-docs check … | head`): the process stops quietly, as a
// SIGPIPE would stop it (exit 141), never with a Node.js stack trace (EPIPE).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const BIN = join(root, "dist/cli/main.js");

/** Runs the CLI with its standard output closed by the reader before it writes anything. */
function runWithClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("output closed by the reader", () => {
  for (const args of [
    ["check", "examples/drafts/cahier-des-charges-brouillon.yaml"],
    ["validate", "examples/hybride-management-equipe.yaml"],
    ["--help"],
  ]) {
    it(`mentor-docs ${args.join(" ")}: exit 141, no stack trace`, async () => {
      const { code, stderr } = await runWithClosedOutput(args);
      expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
      expect(code).toBe(141);
    });
  }
});
