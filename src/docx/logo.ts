import type { FileHandle } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";
import { fileKind, openNonBlocking, readAtMost } from "../common/regular-file.js";
import type { SourceLocator } from "../load/source-map.js";

/**
 * Largest logo read. Mentor itself takes 1 Mo; above 5 Mo a file is not a logo, and reading it
 * whole (`/dev/zero`, a film) would only fill memory.
 */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;

/** A logo ready for the document: PNG or JPEG, with its size in pixels. */
export interface LogoImage {
  data: Uint8Array;
  type: "png" | "jpg";
  width: number;
  height: number;
}

const FIELD = ["course", "producer", "logo"] as const;

/**
 * Reads `course.producer.logo` (relative to the project's folder): a regular file only (a folder,
 * a named pipe or a device is refused without being read: opened non-blocking, so that a FIFO
 * with no writer cannot hang the run), at most `LOGO_MAX_BYTES`, and a PNG or JPEG by its first
 * bytes. Every refusal is a French user error (exit 2) located at the field when `source` is given.
 */
export async function readLogoFile(logo: string, projectDir: string, source?: SourceLocator): Promise<LogoImage> {
  const refuse = (message: string): never => {
    const at = source?.locate(FIELD) ?? { line: 0, column: 0 };
    const file = source?.file ?? "";
    const where = at.line > 0 ? `${file}:${at.line}:${at.column}  ` : "";
    throw new UserError(`${where}${FIELD.join(".")} : ${message}`, ExitCode.usage, [
      { file, line: at.line, column: at.column, path: FIELD.join("."), message, code: "logo.unusable" },
    ]);
  };
  const path = isAbsolute(logo) ? logo : resolve(projectDir, logo);
  let handle: FileHandle;
  try {
    handle = await openNonBlocking(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOENT" || code === "ENOTDIR") return refuse(`fichier du logo introuvable : ${logo} (cherché dans ${resolve(projectDir)})`);
    if (code === "EACCES" || code === "EPERM") return refuse(`${logo} : lecture impossible (droits insuffisants)`);
    if (code === "ENXIO") return refuse(`${logo} n'est pas un fichier ordinaire : donnez le chemin d'une image PNG ou JPEG`);
    return refuse(`${logo} : lecture impossible (${code || (error as Error).message})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return refuse(`${logo} n'est pas un fichier ordinaire : ${fileKind(stats)} ; donnez le chemin d'une image PNG ou JPEG`);
    if (stats.size > LOGO_MAX_BYTES) return refuse(tooLarge(logo, stats.size));
    const data = await readAtMost(handle, LOGO_MAX_BYTES + 1);
    // A file that grows while read, or a special file that says it is empty (/proc).
    if (data.length > LOGO_MAX_BYTES) return refuse(tooLarge(logo, data.length));
    const image = imageSize(data);
    if (image) return { data, ...image };
    const other = otherFormatOf(data);
    return refuse(
      other
        ? `${logo} est ${other} : le logo doit être une image PNG ou JPEG (exportez-le dans l'un de ces formats)`
        : `${logo} n'est pas une image PNG ou JPEG lisible`,
    );
  } finally {
    await handle.close();
  }
}

function tooLarge(logo: string, bytes: number): string {
  const mo = (bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  return `${logo} fait ${mo} Mo : un logo fait ${LOGO_MAX_BYTES / 1024 / 1024} Mo au plus (Mentor en accepte 1)`;
}


/** Up to `limit` bytes of the file, read in pieces: never more than that in memory. */

/** Type and pixel size of a PNG or JPEG, read from its header; undefined when it is neither, or its header is broken. */
export function imageSize(data: Uint8Array): { type: "png" | "jpg"; width: number; height: number } | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const starts = (...signature: number[]) => signature.every((byte, i) => data[i] === byte);
  let size: { type: "png" | "jpg"; width: number; height: number } | undefined;
  // PNG: signature, then the IHDR chunk, whose first fields are the width and height.
  if (data.length >= 24 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) && String.fromCharCode(...data.subarray(12, 16)) === "IHDR") {
    size = { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
  } else if (starts(0xff, 0xd8, 0xff)) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return undefined;
      const marker = data[i + 1]!;
      const length = view.getUint16(i + 2);
      // Start-of-frame markers carry the size (C0–CF except C4, C8, CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        size = { type: "jpg", height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
        break;
      }
      i += 2 + length;
    }
  }
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/** What an image or document that is not PNG or JPEG is, by its first bytes, for the message. */
function otherFormatOf(data: Uint8Array): string | undefined {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 512)).toString("latin1");
  if (head.startsWith("\x89PNG") || head.startsWith("\xff\xd8")) return "une image PNG ou JPEG abîmée ou incomplète";
  if (head.startsWith("GIF8")) return "une image GIF";
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return "une image WebP";
  if (head.startsWith("BM")) return "une image BMP";
  if (head.startsWith("II*\0") || head.startsWith("MM\0*")) return "une image TIFF";
  if (head.startsWith("\0\0\x01\0")) return "une icône (.ico)";
  if (head.startsWith("%PDF-")) return "un PDF";
  if (/^(\ufeff|\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return "une image SVG";
  return undefined;
}
