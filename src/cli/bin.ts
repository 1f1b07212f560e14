#!/usr/bin/env node
/**
 * The installed command (`mentor-docs`, dist/cli/main.js once built): the command line bundled by
 * scripts/bundle-cli.mjs into dist/cli/cli.cjs and its chunks, compiled with the code cache the
 * build made (see code-cache.ts). The command line itself is main.ts.
 */
import { runBundledCli } from "./code-cache.js";

runBundledCli();
