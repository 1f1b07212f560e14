/**
 * A minimal ZIP writer for .docx packages whose entries are compressed once and reused: the
 * local header and data of an unchanged entry are computed once, so writing one more package
 * costs only the entries that changed. No ZIP64 (a .docx stays far below 4 GB), UTF-8 names,
 * fixed timestamps (reproducible output).
 */
import { constants as zlibConstants, deflateRawSync } from "node:zlib";
import { Deflate, deflateSync } from "fflate";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `data`, continuing from `crc` (the value returned for the previous chunk). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** An entry ready to be written: its local header and data, and what the central directory needs. */
export interface ZipEntry {
  readonly name: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  /** Local file header followed by the (compressed) data. */
  readonly local: Uint8Array;
}

// 1980-01-01 00:00, the DOS epoch.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;

const encoder = new TextEncoder();

/** Builds an entry from uncompressed data (deflated at `level`; stored when that does not help). */
export function makeEntry(name: string, data: Uint8Array, level: 0 | 1 | 6 | 9 = 6): ZipEntry {
  const deflated = level === 0 ? data : deflateSync(data, { level });
  const stored = level === 0 || deflated.length >= data.length;
  return entryFromCompressed(name, stored ? data : deflated, stored ? 0 : 8, crc32(data), data.length);
}

/** Builds an entry from data already compressed with raw deflate (method 8) or stored (method 0). */
export function entryFromCompressed(name: string, payload: Uint8Array, method: 0 | 8, crc: number, size: number): ZipEntry {
  const nameBytes = encoder.encode(name);
  const local = new Uint8Array(30 + nameBytes.length + payload.length);
  const view = new DataView(local.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, UTF8_FLAG, true);
  view.setUint16(8, method, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, payload.length, true);
  view.setUint32(22, size, true);
  view.setUint16(26, nameBytes.length, true);
  view.setUint16(28, 0, true);
  local.set(nameBytes, 30);
  local.set(payload, 30 + nameBytes.length);
  return { name: nameBytes, method, crc, size, compressedSize: payload.length, local };
}

/** Assembles entries into one ZIP file. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let localSize = 0;
  let centralSize = 0;
  for (const entry of entries) {
    localSize += entry.local.length;
    centralSize += 46 + entry.name.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let offset = 0;
  const offsets: number[] = [];
  for (const entry of entries) {
    offsets.push(offset);
    out.set(entry.local, offset);
    offset += entry.local.length;
  }
  const centralStart = offset;
  entries.forEach((entry, index) => {
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true);
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, UTF8_FLAG, true);
    view.setUint16(offset + 10, entry.method, true);
    view.setUint16(offset + 12, DOS_TIME, true);
    view.setUint16(offset + 14, DOS_DATE, true);
    view.setUint32(offset + 16, entry.crc, true);
    view.setUint32(offset + 20, entry.compressedSize, true);
    view.setUint32(offset + 24, entry.size, true);
    view.setUint16(offset + 28, entry.name.length, true);
    // extra length, comment length, disk, internal attributes: 0
    view.setUint32(offset + 38, 0, true);
    view.setUint32(offset + 42, offsets[index]!, true);
    out.set(entry.name, offset + 46);
    offset += 46 + entry.name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, entries.length, true);
  view.setUint16(offset + 10, entries.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return out;
}

/**
 * Deflates text given piece by piece (a merged document may be large): only the compressed
 * output is kept, never the whole text.
 */
export class StreamingEntry {
  private readonly chunks: Uint8Array[] = [];
  private readonly deflate: Deflate;
  private crc = 0;
  private size = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly name: string) {
    this.deflate = new Deflate({ level: 6 }, (chunk) => {
      this.chunks.push(chunk);
    });
  }

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 20) this.flush(false);
  }

  private flush(final: boolean): void {
    const bytes = encoder.encode(this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.push(bytes, final);
  }

  finish(): ZipEntry {
    this.flush(true);
    return entryFromCompressed(this.name, concat(this.chunks), 8, this.crc, this.size);
  }
}

/**
 * Deflates `bytes` alone, ending on a sync flush: byte-aligned and not final, so more blocks may
 * follow. (zlib: fflate's streaming `flush` does not give a stream that can be continued this way.)
 */
function deflateOpen(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(bytes, { level: 6, finishFlush: zlibConstants.Z_SYNC_FLUSH }));
}

/** Raw deflate "stored" blocks (not final) holding `bytes` as they are; the stream must be byte-aligned. */
function storedBlocks(bytes: Uint8Array): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 0xffff) {
    const piece = bytes.subarray(at, Math.min(at + 0xffff, bytes.length));
    const header = new Uint8Array([0, piece.length & 0xff, piece.length >>> 8, ~piece.length & 0xff, (~piece.length >>> 8) & 0xff]);
    blocks.push(header, piece);
  }
  return blocks;
}

/** An empty final stored block: ends a deflate stream that is byte-aligned. */
const FINAL_BLOCK = new Uint8Array([1, 0, 0, 0xff, 0xff]);

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * An entry made of fixed text with variable text between the pieces (a part with merge fields).
 * The fixed pieces are deflated once, each ending byte-aligned; a copy writes them as they are, with
 * its variable text between them as stored blocks: a valid deflate stream, and each copy costs only
 * its own text and the CRC, not a compression of the whole part.
 */
export class SegmentedEntry {
  private readonly fixed: readonly { bytes: Uint8Array; deflated: Uint8Array }[];

  constructor(
    private readonly name: string,
    fixedTexts: readonly string[],
  ) {
    this.fixed = fixedTexts.map((text) => {
      const bytes = encoder.encode(text);
      return { bytes, deflated: bytes.length === 0 ? bytes : deflateOpen(bytes) };
    });
  }

  /** The entry with `variable[i]` between fixed pieces `i` and `i + 1`. */
  entry(variable: readonly string[]): ZipEntry {
    if (variable.length !== this.fixed.length - 1) throw new Error(`${this.name}: ${variable.length} variable pieces for ${this.fixed.length} fixed ones`);
    const payload: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    this.fixed.forEach(({ bytes, deflated }, index) => {
      payload.push(deflated);
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (index < variable.length) {
        const own = encoder.encode(variable[index]!);
        payload.push(...storedBlocks(own));
        crc = crc32(own, crc);
        size += own.length;
      }
    });
    payload.push(FINAL_BLOCK);
    return entryFromCompressed(this.name, concat(payload), 8, crc, size);
  }
}
