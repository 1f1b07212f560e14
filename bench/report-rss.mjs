// Preloaded with `node --import ./bench/report-rss.mjs …`: prints the process's peak memory at exit.
process.on("exit", () => process.stderr.write(`MAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
