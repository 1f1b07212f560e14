/**
 * V8's code cache for the bundled command line. Node 20 compiles every file of a program at every
 * start, and each function again the first time it runs (Node 22's `module.enableCompileCache()`
 * keeps that work; Node 20 has no such thing). The build runs a few commands once and keeps what
 * V8 compiled for the bundle's files (scripts/make-code-cache.mjs); each start then reads it back:
 * `check` starts about 30 ms sooner, the five documents of a project are written about 8% sooner
 * (npm run bench).
 *
 * The bundle is CommonJS so that its files go through `Module.prototype._compile`, which this
 * replaces for them only: each file is compiled as Node would (`Module.wrap`, the same `require`),
 * with its cache when one was made from exactly this source (its SHA-1 is in the manifest) and V8
 * accepts it. Any other case — no cache, another source, another Node or V8 flags, a folder that
 * cannot be read — compiles as usual: the cache changes how fast, never what runs.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** The folder of the bundle (dist/cli/), and of its cache (dist/cli/code-cache/). */
const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR_NAME = "code-cache";
const MANIFEST = "manifest.json";

/** What happened to each file of the folder compiled since `installCodeCache`. */
export interface CompiledFile {
  file: string;
  /** A cache was given to V8: made from this very source. */
  cached: boolean;
  /** V8 refused it (another V8 version or other flags): the file was compiled as usual. */
  rejected: boolean;
}

interface NodeModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * Compiles the `.cjs` files of `dir` with their cache from `<dir>/code-cache/`. With `record`, the
 * cache of every such file compiled is written when the process exits (what V8 has compiled of
 * it by then, the cache it was given included). Returns the list of files compiled, which grows
 * as they are.
 */
export function installCodeCache(options: { dir?: string; record?: boolean } = {}): CompiledFile[] {
  const dir = options.dir ?? CLI_DIR;
  const cacheDir = join(dir, CACHE_DIR_NAME);
  const manifest = readManifest(cacheDir);
  const compiled: CompiledFile[] = [];
  const scripts: { name: string; hash: string; script: Script }[] = [];
  const prototype = (Module as unknown as { prototype: NodeModule }).prototype;
  const compile = prototype._compile;
  prototype._compile = function (this: NodeModule, content: string, filename: string) {
    if (dirname(filename) !== dir || !filename.endsWith(".cjs")) return compile.call(this, content, filename);
    const name = basename(filename);
    // A `#!` line, which Node's own compile accepts, as a comment (the file is wrapped in a function).
    if (content.startsWith("#!")) content = `//${content.slice(2)}`;
    const hash = sha1(content);
    const cachedData = manifest[name] === hash ? readOrUndefined(join(cacheDir, name)) : undefined;
    const script = new Script(Module.wrap(content), { filename, cachedData });
    compiled.push({ file: name, cached: cachedData !== undefined, rejected: cachedData !== undefined && script.cachedDataRejected === true });
    if (options.record) scripts.push({ name, hash, script });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dir);
  };
  if (options.record) {
    process.on("exit", () => {
      mkdirSync(cacheDir, { recursive: true });
      for (const { name, hash, script } of scripts) {
        writeFileSync(join(cacheDir, name), script.createCachedData());
        manifest[name] = hash;
      }
      writeFileSync(join(cacheDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    });
  }
  return compiled;
}

/** Runs the bundled command line (dist/cli/cli.cjs, which reads process.argv) with the code cache. */
export function runBundledCli(options: { record?: boolean } = {}): void {
  installCodeCache(options);
  createRequire(import.meta.url)("./cli.cjs");
}

function readManifest(cacheDir: string): Record<string, string> {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(cacheDir, MANIFEST), "utf8"));
    return manifest !== null && typeof manifest === "object" ? (manifest as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
