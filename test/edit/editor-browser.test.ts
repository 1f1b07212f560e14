import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, launchChromium } from "../helpers/chromium.js";

// The built CLI (`npm run build` first), in a real browser: Debian's chromium driven by playwright-core.
const require = createRequire(import.meta.url);

describe.skipIf(chromiumMissing)("mentor-docs edit, in a browser", () => {
  let dir: string;
  let file: string;
  let server: ChildProcess;
  let url: string;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "edit-browser-"));
    file = join(dir, "projet.yaml");
    // The draft example, with a comment inside the units: the saved file must keep both.
    const text = readFileSync("examples/drafts/cahier-des-charges-brouillon.yaml", "utf8").replace("  - id: u2\n", "  # deuxième unité : la journée en présentiel\n  - id: u2\n");
    writeFileSync(file, text);
    server = spawn(process.execPath, ["dist/cli/main.js", "edit", file, "--port", "0", "--out", join(dir, "out")], { stdio: ["ignore", "pipe", "pipe"] });
    url = await new Promise<string>((done, fail) => {
      let out = "";
      server.stdout!.on("data", (chunk: Buffer) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\/\S+\//.exec(out);
        if (found) done(found[0]);
      });
      server.once("exit", (code) => fail(new Error(`mentor-docs edit exited (${code}): ${out}`)));
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => /exigences satisfaites/.test(document.getElementById("summary-line")?.textContent ?? ""));
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  // playwright-core has no test matchers: vitest's expect.poll waits for the page (the limit only catches a hang).
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 120_000, interval: 100 });
  const value = (selector: string) => page.locator(selector).inputValue();
  const text = (selector: string) => page.locator(selector).innerText();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
  const problemsOf = (path: string) =>
    page.locator(`.field[data-path="${path}"] > ul.problems, fieldset[data-path="${path}"] > ul.problems`).innerText();

  it("shows the project as a form, labelled from the schema, with the findings beside their fields", async () => {
    expect(await page.getByLabel("Libellé de la formation (obligatoire)").inputValue()).toBe("Prévenir les risques psychosociaux dans son équipe");
    expect(await text("#summary-line")).toMatch(/^\d+\/37 exigences satisfaites/);
    // The findings are drawn once the check has answered (the summary line may come first).
    await poll(() => problemsOf("units[0].activities[1].instructions")).toContain("ACT-2");
    // The problem is tied to its input.
    const describedBy = await page.locator("#f-units-0-activities-1-instructions").getAttribute("aria-describedby");
    expect(describedBy).toContain("p-units-0-activities-1-instructions");
    // French choices for enums.
    expect(await text("#f-units-1-activities-0-kind option:checked")).toBe("Séance en présentiel");
  });

  it("passes axe-core with no violation", async () => {
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
  });

  it("updates the findings while typing: a filled missing field loses its finding", async () => {
    const before = await page.locator("#summary-line").innerText();
    await page.locator("#f-units-0-activities-1-instructions").fill("Lisez le cas et relevez les signaux d'alerte.");
    await page.locator("#f-units-0-activities-1-expectedOutput").fill("Une liste de signaux.");
    await poll(() => problemsOf("units[0].activities[1].instructions")).toBe("");
    await poll(() => text("#summary-line")).not.toBe(before);
    await poll(() => text("#status")).toMatch(/^Vérification : /);
  });

  it("summary lines lead to their fields", async () => {
    await page.locator("#summary-list button", { hasText: "units[0].activities[1].modality" }).or(page.locator("#summary-list button", { hasText: "Étude de cas › Modalité" })).first().click();
    await poll(focusedId).toBe("f-units-0-activities-1-modality-synchronous");
  });

  it("changes a title, adds an activity, undoes a change, and keeps unsaved edits over a reload", async () => {
    await page.locator("#f-course-title").fill("Prévenir les RPS");
    await page.locator('button[data-add="units[1].activities"]').click();
    await poll(focusedId).toBe("f-units-1-activities-1-title");
    await page.keyboard.type("Retour d'expérience");
    expect(await value("#f-units-1-activities-1-id")).toBe("activite-1");

    await page.locator("#f-meta-version").fill("0.4");
    await page.waitForTimeout(1600); // a new undo step (keystrokes within 1.5 s are one step)
    await page.locator("#f-meta-version").fill("9.9");
    await page.locator("#undo").click();
    await poll(() => value("#f-meta-version")).toBe("0.4");

    expect(await text("#save-state")).toBe("Modifications non enregistrées");
    await page.reload();
    await page.waitForFunction(() => /exigences satisfaites/.test(document.getElementById("summary-line")?.textContent ?? ""));
    expect(await value("#f-course-title")).toBe("Prévenir les RPS");
    expect(await text("#alert")).toContain("restaurées");
    await page.locator("#alert button", { hasText: "Les garder" }).click();
  });

  it("saves atomically, keeping the comments and the flow maps", async () => {
    await page.locator("#save").click();
    await poll(() => text("#save-state")).toBe("Enregistré.");
    const written = readFileSync(file, "utf8");
    expect(written).toContain("# Brouillon de cahier des charges : le besoin est décrit");
    expect(written).toContain("  # deuxième unité : la journée en présentiel\n  - id: u2\n");
    expect(written).toContain("modality: { synchronous: true, grouping: collective, place: on-site }");
    const saved = parse(written);
    expect(saved.course.title).toBe("Prévenir les RPS");
    expect(saved.meta.version).toBe("0.4");
    expect(saved.units[0].activities[1].instructions).toBe("Lisez le cas et relevez les signaux d'alerte.");
    expect(saved.units[1].activities[1]).toEqual({ id: "activite-1", title: "Retour d'expérience" });
  });

  it("refuses to save over a file changed on disk, and offers to reload it", async () => {
    writeFileSync(file, readFileSync(file, "utf8").replace("Prévenir les RPS", "Titre changé ailleurs"));
    await page.locator("#f-course-goal").fill("Un autre but.");
    await page.locator("#save").click();
    await poll(() => text("#alert")).toContain("modifié sur le disque");
    expect(readFileSync(file, "utf8")).toContain("Titre changé ailleurs");
    await page.locator("#alert button", { hasText: "Recharger depuis le disque" }).click();
    await poll(() => value("#f-course-title")).toBe("Titre changé ailleurs");
  });

  it("generates a draft document and offers it as a download; shows a document's HTML", async () => {
    for (const box of await page.locator("#doc-choice input").all()) await box.uncheck();
    await page.locator("#doc-fiche-formation").check();
    await page.locator("#draft").check();
    await page.locator("#generate").click();
    const link = page.locator("#generated a");
    await poll(() => text("#generated")).toMatch(/fiche-formation\.docx/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const saved = join(dir, "downloaded.docx");
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe("PK");

    await page.locator("#preview-doc").selectOption("fiche-formation");
    await page.locator("#preview").click();
    await poll(() => page.locator("#preview-dialog").isVisible()).toBe(true);
    await poll(() => page.frameLocator("#preview-frame").locator("body").innerText()).toContain("Titre changé ailleurs");
    await page.locator("#preview-close").click();
  });

  it("is refused without the token", async () => {
    const origin = new URL(url).origin;
    const answers = await page.evaluate(async (o) => [(await fetch(`${o}/api/project`)).status, (await fetch(`${o}/`)).status], origin);
    expect(answers).toEqual([403, 403]);
  });
});
