/** Whole-or-nothing writes (src/docx/write.ts), the synchronous one used for batches of attestations. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/common/errors.js";
import { writeAtomically, writeAtomicallySync } from "../../src/docx/write.js";

const dir = mkdtempSync(join(tmpdir(), "write-atomically-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeAtomicallySync", () => {
  it("writes the bytes under the target's name, and leaves no temporary file", () => {
    const bytes = new TextEncoder().encode("attestation");
    expect(writeAtomicallySync(join(dir, "a.docx"), bytes)).toBe(true);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("attestation");
    expect(writeAtomicallySync(join(dir, "a.docx"), new TextEncoder().encode("remplacée"))).toBe(true);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("remplacée");
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });

  it("gives the same located French message as writeAtomically when it cannot write, and leaves nothing", async () => {
    const target = join(dir, "absent", "b.docx");
    let sync: unknown;
    try {
      writeAtomicallySync(target, new Uint8Array([1]));
    } catch (error) {
      sync = error;
    }
    const async = await writeAtomically(target, () => new Uint8Array([1])).catch((error: unknown) => error);
    expect(sync).toBeInstanceOf(UserError);
    expect((sync as Error).message).toBe(`${target} : écriture impossible (ENOENT).`);
    expect((sync as Error).message).toBe((async as Error).message);
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });
});
