/**
 * Reading a file a user named, safely: opened non-blocking (a named pipe with no writer cannot
 * hang the run), checked to be a regular file before any byte is read (a device such as
 * /dev/zero would fill memory), and read up to a limit. Shared by the project file, the learners'
 * list and the logo.
 */
import { constants, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

/** What a non-regular file is, in French (« c'est un dossier »…). */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return "c'est un dossier";
  if (stats.isFIFO()) return "c'est un tube nommé (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "c'est un périphérique";
  if (stats.isSocket()) return "c'est une socket";
  return "type de fichier inconnu";
}

/** Opens `path` for reading without blocking on a FIFO; errors are Node's (ENOENT, EACCES, ENXIO…). */
export function openNonBlocking(path: string): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

/** Reads at most `limit` bytes from the handle (a file may be longer than its size said, /proc). */
export async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < limit) {
    const chunk = Buffer.alloc(Math.min(limit - length, 1 << 20));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    length += bytesRead;
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}
