import { createHash } from "node:crypto";
import { accessSync, constants } from "node:fs";

/**
 * The sockets a headless LibreOffice binds: `SingleOfficeIPC_<hash>`, one per user profile, and,
 * with `--accept=pipe,name=N`, the pipe N that UNO connects through. LibreOffice removes them when
 * it ends; one that mentor-docs kills (interrupt, time limit) leaves them behind, so they are
 * removed with its temporary folder. Their paths are built as LibreOffice builds them: in /tmp
 * (else /var/tmp), `OSL_PIPE_<uid>_<name>` (sal/osl/unx/pipe.cxx); the hash is the MD5 of the
 * profile's URL in UTF-16, each byte in hexadecimal without a leading zero
 * (desktop/source/app/officeipcthread.cxx).
 */
export function officePipes(profileUrl: string, acceptName?: string): string[] {
  const uid = process.getuid?.();
  if (uid === undefined) return []; // Windows: named pipes, not files.
  const dir = writable("/tmp") ? "/tmp" : writable("/var/tmp") ? "/var/tmp" : undefined;
  if (!dir) return [];
  const digest = createHash("md5").update(Buffer.from(profileUrl, "utf16le")).digest();
  const hash = Array.from(digest, (byte) => byte.toString(16)).join("");
  const names = [`SingleOfficeIPC_${hash}`, ...(acceptName ? [acceptName] : [])];
  return names.map((name) => `${dir}/OSL_PIPE_${uid}_${name}`);
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
