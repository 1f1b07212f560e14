import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";

/** Debian's chromium; Playwright's own browser download is not reachable from CI. */
export const CHROMIUM = process.env.MENTOR_DOCS_CHROMIUM ?? "/usr/bin/chromium";

/** Why browser tests are skipped here, or undefined when chromium is installed (CI installs it). */
export const chromiumMissing: string | undefined = existsSync(CHROMIUM)
  ? undefined
  : `chromium n'est pas installé sur cette machine (${CHROMIUM} ; apt-get install chromium)`;

// In CI the browser is installed by .ci/run: a missing one there is a failure, not a skip.
if (chromiumMissing && process.env.CI) throw new Error(`CI : ${chromiumMissing}`);

/** One headless chromium with a fresh profile, removed on close. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "chromium-test-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
