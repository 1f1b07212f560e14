// Copies the editor's page (HTML, CSS) beside its compiled modules in dist/editor/ (`mentor-docs edit`).
import { cpSync, mkdirSync } from "node:fs";

mkdirSync("dist/editor", { recursive: true });
cpSync("editor/static", "dist/editor", { recursive: true });
