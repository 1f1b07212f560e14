/**
 * vitest globalSetup: two LibreOffice servers for the whole test run, one per test worker, which
 * test/helpers/libreoffice.ts docxToPdf converts with (through test/helpers/office-client.py).
 * Starting LibreOffice costs about 4 s of CPU, and a dozen test files convert documents: the
 * servers save most of that. Tests of the tool's own PDF path (generate --pdf, attestations --pdf)
 * still start LibreOffice as the tool does. Without LibreOffice or its Python-UNO bridge, no server
 * is started and docxToPdf starts a LibreOffice per call, as before.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { officePipes } from "../../src/pdf/office-pipes.js";

export interface OfficeServer {
  pipe: string;
  lock: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    officeServers: OfficeServer[];
  }
}

const SERVERS = 2;

export default function setup(project: TestProject): () => void {
  const soffice = process.env.MENTOR_DOCS_SOFFICE ?? "soffice";
  const usable =
    spawnSync("sh", ["-c", `command -v ${soffice}`], { stdio: "ignore" }).status === 0 &&
    spawnSync("/usr/bin/python3", ["-c", "import uno"], { stdio: "ignore" }).status === 0;
  if (!usable || process.env.MENTOR_DOCS_TEST_NO_OFFICE_SERVER) {
    project.provide("officeServers", []);
    return () => {};
  }
  const work = mkdtempSync(join(tmpdir(), "mentor-docs-office-servers-"));
  const servers: OfficeServer[] = [];
  const children = [];
  const sockets: string[] = [];
  for (let i = 0; i < SERVERS; i++) {
    const pipe = `mentordocs_tests_${process.pid}_${i}`;
    const profile = pathToFileURL(join(work, `profile-${i}`)).href;
    sockets.push(...officePipes(profile, pipe));
    // Its own process group, so that teardown ends LibreOffice and whatever it started.
    const child = spawn(
      soffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`],
      { detached: true, stdio: "ignore" },
    );
    child.unref();
    children.push(child);
    servers.push({ pipe, lock: join(work, `server-${i}.lock`) });
  }
  project.provide("officeServers", servers);
  return () => {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already ended.
      }
    }
    rmSync(work, { recursive: true, force: true });
    // Killed, LibreOffice leaves its sockets in /tmp.
    for (const socket of sockets) rmSync(socket, { force: true });
  };
}
