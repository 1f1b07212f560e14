import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of the installed package (templates/, schemas/, dist/editor/ are in it). Found from
 * this module, two levels under it in every layout: src/common/ (tests), dist/common/ (the library)
 * and dist/cli/ (the bundled command line, scripts/bundle-cli.mjs). Modules deeper or shallower than
 * that must not resolve package files from their own location: bundled, they move to dist/cli/.
 */
export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A file or folder of the package, from its path relative to the package's folder. */
export function packageFile(...relative: string[]): string {
  return join(packageRoot, ...relative);
}
