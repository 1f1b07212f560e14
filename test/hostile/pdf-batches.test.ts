/**
 * `--pdf` with many files and interrupted (issue 15.1, 15.6). LibreOffice converts only the first
 * 246 or so files of one call and still exits 0; a long list exceeds the system's argument limit:
 * the files go in batches, and every expected PDF is checked for. Interrupted, mentor-docs ends
 * LibreOffice (its whole process group) and removes its temporary folder.
 * A fake soffice (a shell script that converts at most FAKE_LIMIT files per call, as LibreOffice
 * does at 246) proves the batching; real LibreOffice runs prove the interrupts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { batches, convertToPdf } from "../../src/pdf/libreoffice.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");

/** A soffice that "converts" the first $FAKE_LIMIT files of each call and exits 0, logging each call; with FAKE_HANG, it hangs (with a child, as oosplash has soffice.bin). */
const FAKE_SOFFICE = `#!/bin/sh
echo "$$" >> "$FAKE_LOG"
if [ -n "$FAKE_HANG" ]; then sleep 600 & echo "$!" >> "$FAKE_LOG"; wait; fi
out=""; n=0
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift 2; continue;;
    --convert-to) shift 2; continue;;
    -*) shift; continue;;
  esac
  mkdir -p "$out"
  if [ "$n" -lt "$FAKE_LIMIT" ]; then printf '%%PDF-1.4\\n' > "$out/$(basename "$1" .docx).pdf"; fi
  n=$((n+1)); shift
done
exit 0
`;

function fakeSoffice(dir: string): string {
  const path = join(dir, "soffice");
  writeFileSync(path, FAKE_SOFFICE);
  chmodSync(path, 0o755);
  return path;
}

const saved = { ...process.env };
afterEach(() => {
  for (const key of ["MENTOR_DOCS_SOFFICE", "FAKE_LOG", "FAKE_LIMIT", "FAKE_HANG"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("batches of LibreOffice calls", () => {
  it("at most 100 files per call by default, and a bounded length of arguments", () => {
    const files = Array.from({ length: 250 }, (_, i) => `/out/attestations/apprenant-${i}.docx`);
    expect(batches(files).map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches(files).flat()).toEqual(files);
    const long = Array.from({ length: 10 }, (_, i) => `/${"x".repeat(30_000)}/${i}.docx`);
    expect(batches(long).every((b) => b.join(" ").length <= 100_000)).toBe(true);
    expect(batches(long).flat()).toEqual(long);
  });

  it("every file is converted when LibreOffice converts only the first files of each call", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-batches-"));
    const files = Array.from({ length: 7 }, (_, i) => join(dir, `f${i}.docx`));
    for (const file of files) writeFileSync(file, "x");
    Object.assign(process.env, { MENTOR_DOCS_SOFFICE: fakeSoffice(dir), FAKE_LOG: join(dir, "calls"), FAKE_LIMIT: "3" });
    const pdfs = await convertToPdf(files, { batchSize: 3 });
    expect(pdfs).toEqual(files.map((f) => f.replace(/\.docx$/, ".pdf")));
    for (const pdf of pdfs) expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(join(dir, "calls"), "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("a PDF LibreOffice did not write is a French error naming the file, exit code 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-batches-"));
    const files = Array.from({ length: 5 }, (_, i) => join(dir, `f${i}.docx`));
    for (const file of files) writeFileSync(file, "x");
    Object.assign(process.env, { MENTOR_DOCS_SOFFICE: fakeSoffice(dir), FAKE_LOG: join(dir, "calls"), FAKE_LIMIT: "3" });
    const failure = await convertToPdf(files, { batchSize: 5 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).exitCode).toBe(2);
    expect((failure as UserError).message).toMatch(/LibreOffice n'a pas produit le PDF de 2 fichiers sur 5 : .*f3\.docx, .*f4\.docx/);
  });
});

/** Processes whose command line mentions `marker` (a private temporary folder). */
function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const state = /\)\s+(\S)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1];
      if (cmdline.includes(marker) && state !== "Z") found.push(`${pid} ${cmdline.replace(/\0/g, " ")}`);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/**
 * The paths of the Unix sockets these processes have bound (LibreOffice's /tmp/OSL_PIPE_* pipes),
 * read from /proc: each socket descriptor's inode, looked up in /proc/net/unix.
 */
function boundSockets(pids: number[]): string[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSafe(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode) inodes.add(inode);
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return readFileSync("/proc/net/unix", "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 8 && inodes.has(columns[6]!) && columns[7]!.startsWith("/"))
    .map((columns) => columns[7]!);
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}

/** Alive, and not a zombie. */
function alive(pid: number): boolean {
  try {
    return !/\)\s+Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, child: ChildProcess, what: string): Promise<void> {
  while (!condition()) {
    if (child.exitCode !== null) throw new Error(`the run ended before ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The CLI with a private TMPDIR, so that its temporary folders and LibreOffice's command line are its own. */
function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; temp: string; exited: Promise<number | null>; stderr: () => string } {
  const temp = mkdtempSync(join(tmpdir(), "mentor-pdf-kill-"));
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env, TMPDIR: temp } });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, temp, exited, stderr: () => stderr };
}

function learnersFile(dir: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Nom${i};Prénom${i};agent${i}@exemple.gouv.fr;2026-04-10;18h`);
  const file = join(dir, "liste.csv");
  writeFileSync(file, ["nom;prénom;courriel;date;temps passé", ...rows].join("\n"));
  return file;
}

describe("interrupting --pdf", () => {
  it("SIGTERM during attestations --pdf (a LibreOffice that hangs, with a child): exit 143, its process group killed, its temporary folder removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-hang-"));
    mkdirSync(join(dir, "out"));
    const log = join(dir, "calls");
    const run = runCli(
      ["attestations", join(root, "examples/hybride-management-equipe.yaml"), "--learners", learnersFile(dir, 3), "--out", join(dir, "out"), "--pdf", "--quiet"],
      { MENTOR_DOCS_SOFFICE: fakeSoffice(dir), FAKE_LOG: log, FAKE_LIMIT: "1000", FAKE_HANG: "1" },
    );
    await until(() => existsSync(log) && readFileSync(log, "utf8").trim().split("\n").length >= 2, run.child, "LibreOffice started");
    const pids = readFileSync(log, "utf8").trim().split("\n").map(Number);
    expect(readdirSync(run.temp).some((f) => f.startsWith("mentor-docs-pdf-"))).toBe(true);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(143);
    expect(run.stderr()).toMatch(/Interrompu \(SIGTERM\)/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pids.filter(alive), "fake soffice and its child still running").toEqual([]);
    expect(readdirSync(run.temp)).toEqual([]);
  });

  for (const [command, signal, code] of [
    ["generate", "SIGINT", 130],
    ["attestations", "SIGTERM", 143],
  ] as const) {
    it.skipIf(libreOfficeMissing)(`${signal} during ${command} --pdf with LibreOffice: exit ${code}, no soffice left, no temporary folder, none of its sockets`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "mentor-pdf-kill-real-"));
      const project = join(root, "examples/autonomie-accessibilite-numerique.yaml");
      const args =
        command === "generate"
          ? ["generate", project, "--out", join(dir, "out"), "--pdf"]
          : ["attestations", project, "--learners", learnersFile(dir, 20), "--out", join(dir, "out"), "--pdf", "--quiet"];
      const run = runCli(args);
      // Once LibreOffice itself runs (soffice.bin, with the private profile in the temporary folder)
      // and has bound its sockets: its profile's, and for generate (UNO) the pipe it accepts on.
      const office = () => processesMentioning(run.temp).filter((p) => p.includes("soffice.bin")).map((p) => Number(p.split(" ")[0]));
      const pipes = () => boundSockets(office()).filter((path) => path.includes("OSL_PIPE_"));
      await until(() => pipes().length >= (command === "generate" ? 2 : 1), run.child, "LibreOffice bound its sockets");
      const sockets = pipes();
      run.child.kill(signal);
      expect(await run.exited).toBe(code);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(processesMentioning(run.temp)).toEqual([]);
      expect(readdirSync(run.temp)).toEqual([]);
      // A killed LibreOffice cannot remove them; left in /tmp, they would pile up run after run.
      expect(sockets.filter((path) => existsSync(path))).toEqual([]);
    });
  }
});
