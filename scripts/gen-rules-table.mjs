// Prints the README's table of guide rules (ID, section, severity, what is checked), generated from
// the rules themselves (src/check/rules/). Run after `npm run build`:
//   node scripts/gen-rules-table.mjs            prints the table
//   node scripts/gen-rules-table.mjs --write    replaces the README block between <!-- rules:start --> and <!-- rules:end -->
import { readFile, writeFile } from "node:fs/promises";

const { rulesTable, replaceRulesBlock } = await import("../dist/check/rules-table.js");

if (process.argv.includes("--write")) {
  const readme = new URL("../README.md", import.meta.url);
  const updated = replaceRulesBlock(await readFile(readme, "utf8"));
  if (updated === undefined) {
    console.error("README.md : marqueurs <!-- rules:start --> et <!-- rules:end --> introuvables.");
    process.exitCode = 1;
  } else {
    await writeFile(readme, updated);
    console.log("README.md : tableau des règles mis à jour.");
  }
} else {
  process.stdout.write(rulesTable());
}
