import { Inflate } from "fflate";

/** Why an entry could not be read: not a zip, entry absent, larger than allowed, corrupt data. */
export type ZipEntryFailure = "not-zip" | "absent" | "too-large" | "corrupt";

export type ZipEntryResult = { ok: true; data: Uint8Array } | { ok: false; failure: ZipEntryFailure };

/** Compressed bytes given to the inflater at a time: deflate expands at most ~1,032 times, so one step adds at most ~16 MB. */
const STEP = 16 * 1024;

/**
 * One entry of a zip archive, inflated under a size cap. The entry is found through the central
 * directory (so data descriptors do not matter), and inflated step by step: a « zip bomb » stops as
 * soon as its output passes `maxBytes`, without ever being expanded in memory. No ZIP64 (an entry
 * marked that large is over any cap here anyway).
 */
export function readZipEntry(zip: Uint8Array, name: string, maxBytes: number): ZipEntryResult {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // End of central directory: 22 bytes, followed by a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, failure: "not-zip" };
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const wanted = new TextEncoder().encode(name);
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || u32(at) !== 0x02014b50) return { ok: false, failure: "not-zip" };
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((byte, i) => byte === wanted[i])) {
      if (size > maxBytes) return { ok: false, failure: "too-large" };
      const local = u32(at + 42);
      if (local + 30 > zip.length || u32(local) !== 0x04034b50) return { ok: false, failure: "corrupt" };
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      const end = start + compressedSize;
      if (end > zip.length) return { ok: false, failure: "corrupt" };
      return extract(zip.subarray(start, end), method, maxBytes);
    }
    at = next;
  }
  return { ok: false, failure: "absent" };
}

function extract(payload: Uint8Array, method: number, maxBytes: number): ZipEntryResult {
  if (method === 0) return payload.length > maxBytes ? { ok: false, failure: "too-large" } : { ok: true, data: payload.slice() };
  if (method !== 8) return { ok: false, failure: "corrupt" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < payload.length && !tooLarge; i += STEP) {
      inflater.push(payload.subarray(i, i + STEP), i + STEP >= payload.length);
    }
  } catch {
    return { ok: false, failure: "corrupt" };
  }
  if (tooLarge) return { ok: false, failure: "too-large" };
  const data = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, data };
}
