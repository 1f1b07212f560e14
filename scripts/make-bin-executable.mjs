// tsc writes dist/cli/main.js without the executable bit, and npm does not set it for the
// project's own bin: without this, `npx mentor-docs` (the README's quick start) is refused with
// "Permission denied" on a fresh clone. A no-op where file modes do not exist (Windows).
import { chmodSync } from "node:fs";

chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
