// npm run bench: mentor-docs against its peers, measured in the same run, alternating, median of
// several runs after a warm-up. Prints a table and writes bench/results.json.
// Needs a build (npm run build, done by npm ci); pandoc and LibreOffice are optional (skipped with
// a clear line when missing). BENCH_RUNS sets the number of measured runs (default 5).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { buildViewModel, checkProject, findDocument, loadProjectFile, renderDocument, validateProject } from "../dist/index.js";
import { projectWithActivities } from "./scale-project.mjs";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const runs = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=1,4 runs those figures only, and then leaves bench/results.json as it is.
const only = process.env.BENCH_ONLY?.split(",").map((n) => n.trim());
const wanted = (figure) => !only || only.includes(String(figure));
const work = mkdtempSync(join(tmpdir(), "mentor-docs-bench-"));
const results = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) },
  node: process.version,
  date: new Date().toISOString(),
  runs,
  figures: {},
};
const lines = [];
const say = (line) => (lines.push(line), console.log(line));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
/** CPU time (user + system, ms) of the children this process has waited for: /proc/self/stat's cutime + cstime (Linux). */
function childrenCpuMs() {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // clock ticks: 100 per second on Linux
}
let lastCpuMs = 0;
/** Runs a command and returns its wall time (ms); its CPU time (user + system) is left in lastCpuMs. */
function wall(command, args, options = {}) {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr || result.error}`);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  lastCpuMs = childrenCpuMs() - cpuBefore;
  return elapsed;
}
/** Several commands in a row, as one contender: total wall time; lastCpuMs holds their total CPU time. */
function wallAll(commands) {
  let total = 0;
  let cpu = 0;
  for (const [command, args] of commands) {
    total += wall(command, args);
    cpu += lastCpuMs;
  }
  lastCpuMs = cpu;
  return total;
}
function has(command) {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}
/**
 * Warm-up, then `runs` measured rounds; in each round the contenders run one after the other.
 * Returns each contender's median wall time; `alternate.cpu` holds the median CPU times.
 */
function alternate(contenders) {
  for (const run of Object.values(contenders)) run();
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(contenders)) {
      times[name].push(run());
      cpu[name].push(lastCpuMs);
    }
  }
  alternate.cpu = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}
const htmlPage = (title, html) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body>${html}</body></html>`;

try {
  // 1. The cahier des charges of the large example, against pandoc converting the same HTML.
  const large = join(root, "examples/grand-parcours.json");
  if (!wanted(1)) {
  } else if (!has("pandoc")) {
    say("1. Cahier des charges vs pandoc : ignoré, pandoc est absent (apt-get install pandoc).");
  } else {
    const loaded = await loadProjectFile(large);
    const validation = validateProject(loaded);
    const vm = buildViewModel(validation.project, { check: checkProject(validation.project, loaded.source) });
    const { html } = await renderDocument(findDocument("cahier-des-charges"), vm, { projectDir: join(root, "examples") });
    const htmlFile = join(work, "cdc.html");
    writeFileSync(htmlFile, htmlPage("CDC", html));
    const out = join(work, "cdc");
    const t = alternate({
      ours: () => wall(process.execPath, [cli, "generate", large, "--doc", "cahier-des-charges", "--out", out]),
      pandoc: () => wall("pandoc", ["-f", "html", "-t", "docx", "--toc", "-o", join(work, "pandoc.docx"), htmlFile]),
    });
    const cpu = alternate.cpu;
    const ratio = t.ours / t.pandoc;
    results.figures.cdcVsPandoc = { oursMs: t.ours, pandocMs: t.pandoc, ratio, oursCpuMs: cpu.ours, pandocCpuMs: cpu.pandoc, cpuRatio: cpu.ours / cpu.pandoc, goal: "≤ 1.0" };
    say(
      `1. Cahier des charges (grand parcours) : mentor-docs ${ms(t.ours)}, pandoc --toc ${ms(t.pandoc)} → ${ratio.toFixed(2)}× le temps de pandoc ` +
        `(CPU : ${ms(cpu.ours)} et ${ms(cpu.pandoc)}, ${(cpu.ours / cpu.pandoc).toFixed(2)}×) (objectif ≤ 1,0×)`,
    );
    // Where our time goes, in this process (after a warm-up): the HTML → Word conversion, then
    // writing the package (no page layout: the table of contents' numbers are left to Word, or to
    // LibreOffice with --pdf).
    const { convertHtml } = await import("../dist/docx/convert.js");
    const { buildDocument } = await import("../dist/docx/frame.js");
    const { Packer } = await import("docx");
    const frame = { title: "T", subtitle: "Cahier des charges", coverLines: [], toc: true, orientation: "portrait", properties: { subject: "s", creator: "c", keywords: "k", description: "d" } };
    const timed = async (f) => {
      const started = performance.now();
      await f();
      return performance.now() - started;
    };
    const phases = { convertMs: [], packMs: [] };
    for (let i = 0; i <= runs; i++) {
      let content;
      const convert = await timed(() => (content = convertHtml(html).content));
      const pack = await timed(() => Packer.toBuffer(buildDocument(frame, content)));
      if (i === 0) continue; // warm-up
      phases.convertMs.push(convert);
      phases.packMs.push(pack);
    }
    const breakdown = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)]));
    results.figures.cdcBreakdown = { ...breakdown, htmlBytes: html.length };
    say(
      `   dont, dans le processus : HTML → Word (docx/html) ${ms(breakdown.convertMs)}, écriture du .docx ${ms(breakdown.packMs)} ` +
        `(HTML : ${(html.length / 1024).toFixed(0)} Kio)`,
    );
  }

  // 2. 1,000 attestations, against docxtemplater filling an equivalent template.
  const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }).stdout;
  if (!wanted(2)) {
  } else if (!/attestations/.test(help)) {
    say("2. Attestations vs docxtemplater : ignoré, la commande « attestations » n'existe pas encore.");
  } else {
    const project = join(root, "examples/hybride-management-equipe.yaml");
    const learners = Array.from({ length: 1000 }, (_, i) => ({
      nom: `Nom${i}`,
      prenom: `Prénom${i}`,
      courriel: `agent${i}@exemple.gouv.fr`,
      date_achevement: "2026-04-10",
    }));
    const csv = ["nom;prénom;courriel;date", ...learners.map((l) => `${l.nom};${l.prenom};${l.courriel};${l.date_achevement}`)].join("\n");
    writeFileSync(join(work, "learners.csv"), csv);
    writeFileSync(join(work, "learners.json"), JSON.stringify(learners));
    // docxtemplater's template: our attestation with each merge field turned into a {tag}.
    execFileSync(process.execPath, [cli, "generate", project, "--doc", "attestation", "--out", join(work, "att")]);
    const attestation = readFileSync(execFileSync("sh", ["-c", `ls ${join(work, "att")}/*-attestation.docx`], { encoding: "utf8" }).trim());
    const entries = unzipSync(attestation);
    // Each merge field (found as mentor-docs attestations finds them), from its last to its first, becomes a tag.
    const { findMergeFields } = await import("../dist/attestations/fill.js");
    let xml = strFromU8(entries["word/document.xml"]);
    for (const slot of findMergeFields(xml).reverse()) xml = `${xml.slice(0, slot.start)}<w:r><w:t>{${slot.name}}</w:t></w:r>${xml.slice(slot.end)}`;
    entries["word/document.xml"] = strToU8(xml);
    writeFileSync(join(work, "peer-template.docx"), zipSync(entries));
    let round = 0;
    const t = alternate({
      ours: () =>
        wall(process.execPath, [cli, "attestations", project, "--learners", join(work, "learners.csv"), "--out", join(work, `ours-${round++}`), "--quiet"]),
      docxtemplater: () =>
        wall(process.execPath, [join(root, "bench/docxtemplater-peer.mjs"), join(work, "peer-template.docx"), join(work, "learners.json"), join(work, `peer-${round++}`)]),
    });
    const cpu = alternate.cpu;
    const speedup = t.docxtemplater / t.ours;
    const cpuSpeedup = cpu.docxtemplater / cpu.ours;
    results.figures.attestationsVsDocxtemplater = {
      learners: 1000,
      oursMs: t.ours,
      docxtemplaterMs: t.docxtemplater,
      throughputRatio: speedup,
      oursCpuMs: cpu.ours,
      docxtemplaterCpuMs: cpu.docxtemplater,
      cpuRatio: cpuSpeedup,
      goal: "≥ 5 (wall and CPU)",
    };
    say(
      `2. 1 000 attestations : mentor-docs ${ms(t.ours)}, docxtemplater ${ms(t.docxtemplater)} → débit ${speedup.toFixed(1)}× celui de docxtemplater ; ` +
        `CPU ${ms(cpu.ours)} et ${ms(cpu.docxtemplater)} → ${cpuSpeedup.toFixed(1)}× (objectif ≥ 5×, dans les deux cas)`,
    );
    // Flat memory: 10,000 learners must not need 10× the memory of 1,000.
    const peak = {};
    for (const count of [1000, 10000]) {
      const rows = Array.from({ length: count }, (_, i) => `Nom${i};Prénom${i};agent${i}@exemple.gouv.fr;2026-04-10`);
      writeFileSync(join(work, `learners-${count}.csv`), ["nom;prénom;courriel;date", ...rows].join("\n"));
      const run = spawnSync(
        process.execPath,
        ["--import", join(root, "bench/report-rss.mjs"), cli, "attestations", project, "--learners", join(work, `learners-${count}.csv`), "--out", join(work, `mem-${count}`), "--quiet"],
        { encoding: "utf8" },
      );
      peak[count] = Number(/MAXRSS_KB (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
      rmSync(join(work, `mem-${count}`), { recursive: true, force: true });
    }
    results.figures.attestationsMemory = { peakMb1000: peak[1000], peakMb10000: peak[10000], ratio: peak[10000] / peak[1000], goal: "< 10 (flat)" };
    say(`   mémoire maximale : ${peak[1000].toFixed(0)} Mo pour 1 000 apprenants, ${peak[10000].toFixed(0)} Mo pour 10 000 (${(peak[10000] / peak[1000]).toFixed(2)}×)`);
  }

  // 3. Scaling: generate (all documents) for 10, 100 and 1,000 activities.
  if (wanted(3)) {
    const scaling = {};
    for (const count of [10, 100, 1000]) {
      const file = join(work, `scale-${count}.json`);
      writeFileSync(file, JSON.stringify(projectWithActivities(count)));
      const samples = [];
      for (let i = 0; i <= Math.min(runs, 3); i++) {
        const out = execFileSync(process.execPath, [join(root, "bench/measure-generate.mjs"), file, join(work, `scale-out-${count}`)], { encoding: "utf8" });
        if (i > 0) samples.push(JSON.parse(out)); // the first run is the warm-up
      }
      scaling[count] = { ms: median(samples.map((s) => s.ms)), maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
      say(`3. generate, ${count} activités : ${ms(scaling[count].ms)}, mémoire maximale ${scaling[count].maxRssMb.toFixed(0)} Mo`);
    }
    const growth = scaling[1000].ms / scaling[10].ms;
    results.figures.scaling = { ...scaling, ratio1000over10: growth, goal: "≤ 120" };
    say(`   rapport 1 000 / 10 activités : ${growth.toFixed(1)}× (objectif ≤ 120×, linéaire = 100×)`);
  }

  // 4. Cold start of `check` on example 1, against a bare Node.js start.
  if (wanted(4)) {
    const small = join(root, "examples/autonomie-accessibilite-numerique.yaml");
    const t = alternate({
      check: () => wall(process.execPath, [cli, "check", small]),
      node: () => wall(process.execPath, ["-e", ""]),
    });
    results.figures.coldStart = { checkMs: t.check, bareNodeMs: t.node, ratio: t.check / t.node, goal: "≤ 300 ms" };
    say(`4. Démarrage à froid de « check » : ${ms(t.check)} (Node.js seul : ${ms(t.node)}, soit ${(t.check / t.node).toFixed(1)}×) (objectif ≤ 300 ms)`);
  }

  // 5. The five documents of the small example, against pandoc converting the same five HTML files.
  if (!wanted(5)) {
  } else if (!has("pandoc")) {
    say("5. Cinq documents vs pandoc : ignoré, pandoc est absent (apt-get install pandoc).");
  } else {
    const small = join(root, "examples/autonomie-accessibilite-numerique.yaml");
    const loaded = await loadProjectFile(small);
    const validation = validateProject(loaded);
    const vm = buildViewModel(validation.project, { check: checkProject(validation.project, loaded.source) });
    const ids = ["cahier-des-charges", "livret-formateur", "carnet-de-bord", "fiche-formation", "attestation"];
    const htmlFiles = [];
    for (const id of ids) {
      const { html } = await renderDocument(findDocument(id), vm, { projectDir: join(root, "examples") });
      const file = join(work, `${id}.html`);
      writeFileSync(file, htmlPage(id, html));
      htmlFiles.push(file);
    }
    const t = alternate({
      ours: () => wall(process.execPath, [cli, "generate", small, "--out", join(work, "five")]),
      pandoc: () => wallAll(htmlFiles.map((file) => ["pandoc", ["-f", "html", "-t", "docx", "--toc", "-o", file.replace(/\.html$/, ".docx"), file]])),
    });
    const cpu = alternate.cpu;
    const ratio = t.ours / t.pandoc;
    results.figures.fiveDocumentsVsPandoc = { oursMs: t.ours, pandocMs: t.pandoc, ratio, oursCpuMs: cpu.ours, pandocCpuMs: cpu.pandoc, cpuRatio: cpu.ours / cpu.pandoc, goal: "≤ 1.0" };
    say(
      `5. Les cinq documents de l'exemple autonomie : mentor-docs ${ms(t.ours)} (un processus), pandoc ${ms(t.pandoc)} (cinq) → ${ratio.toFixed(2)}× ` +
        `(CPU : ${ms(cpu.ours)} et ${ms(cpu.pandoc)}, ${(cpu.ours / cpu.pandoc).toFixed(2)}×) (objectif ≤ 1,0×)`,
    );
  }

  if (!only) {
    mkdirSync(join(root, "bench"), { recursive: true });
    writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  }
  say(`Machine : ${results.machine.cpus} cœurs (${results.machine.cpuModel}), ${results.machine.memoryGb} Go, Node.js ${results.node}.${only ? " (BENCH_ONLY : bench/results.json inchangé)" : " Résultats : bench/results.json"}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
