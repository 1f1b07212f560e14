import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * Child processes (LibreOffice and the helpers that drive it) that must not outlive mentor-docs.
 * Each is started in a process group of its own (`detached`), so that killing the group also ends
 * what it started (soffice's oosplash and soffice.bin); and each temporary folder is removed, with
 * the sockets of a LibreOffice that was killed. The CLI ends on SIGINT / SIGTERM with
 * `process.exit`, which runs the "exit" listener below.
 */
const groups = new Set<number>();
const owned = new Set<string>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  process.on("exit", endAll);
}

/** Kills every live group and removes every temporary folder and leftover, synchronously (an "exit" listener cannot wait). */
export function endAll(): void {
  for (const pid of groups) killGroup(pid);
  groups.clear();
  for (const path of owned) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  owned.clear();
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/**
 * A temporary folder removed on every exit path: by the caller when done, or on exit. `leftovers`
 * are paths outside it that go with it (the sockets of a LibreOffice that was killed).
 */
export function ownFolder(folder: string, leftovers: readonly string[] = []): { release: () => void } {
  listen();
  const paths = [folder, ...leftovers];
  for (const path of paths) owned.add(path);
  return {
    release: () => {
      for (const path of paths) {
        owned.delete(path);
        rmSync(path, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a command in its own process group and waits for it. On timeout, and if mentor-docs exits
 * meanwhile, the whole group is killed. Rejects only when the command cannot be started (ENOENT…).
 */
export function runGroup(command: string, args: readonly string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<Finished> {
  listen();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: options.env ?? process.env });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    // Bounded: only the end of a chatty output is kept.
    const keep = (text: string, chunk: Buffer) => (text + chunk.toString("utf8")).slice(-64 * 1024);
    child.stdout.on("data", (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr.on("data", (chunk: Buffer) => (stderr = keep(stderr, chunk)));
    if (child.pid !== undefined) groups.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      if (child.pid !== undefined) groups.delete(child.pid);
      reject(error);
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) {
        // What the command left behind in its group (a LibreOffice still closing) goes too.
        killGroup(child.pid);
        groups.delete(child.pid);
      }
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
