// Makes the code cache of the bundled command line (see src/cli/code-cache.ts): runs a few commands
// of the built CLI, one process each, on the bundled examples, each keeping what V8 compiled of
// the bundle's files, on top of what the runs before it compiled. Output goes to a temporary
// folder, removed at the end. Run by `npm run build` after bundle-cli.mjs; a failure here fails
// the build (a command that cannot run on an example is a broken build anyway).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const example = (name) => join(root, "examples", name);
const work = mkdtempSync(join(tmpdir(), "mentor-docs-code-cache-"));
const record = join(work, "record.mjs");
writeFileSync(record, `import { runBundledCli } from ${JSON.stringify(join(root, "dist/cli/code-cache.js"))};\nrunBundledCli({ record: true });\n`);
const learners = join(work, "apprenants.csv");
writeFileSync(learners, "nom;prénom;courriel;date\nDupont;Marie;marie.dupont@exemple.gouv.fr;2026-04-10\n");

const runs = [
  ["check", example("autonomie-accessibilite-numerique.yaml")],
  ["check", example("grand-parcours.json")],
  ["generate", example("hybride-management-equipe.yaml"), "--draft", "--out", join(work, "generate")],
  ["attestations", example("hybride-management-equipe.yaml"), "--learners", learners, "--out", join(work, "attestations"), "--quiet"],
];
try {
  for (const args of runs) execFileSync(process.execPath, [record, ...args], { cwd: work, stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 });
} finally {
  rmSync(work, { recursive: true, force: true });
}
