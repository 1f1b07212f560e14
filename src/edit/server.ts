import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join, resolve, sep } from "node:path";
import { UserError } from "../common/errors.js";
import { documents } from "../documents/registry.js";
import { ENUM_TABLES, LABELS } from "../model/labels.js";
import { trainingProjectSchema } from "../schema/index.js";
import { analyse } from "./analyse.js";
import { generateFromData, previewHtml, type EditDocumentsOptions } from "./documents.js";
import { HttpError, readJson, send, sendJson } from "./http.js";
import { readProject, saveProject } from "./project-file.js";
import { newToken, tokenMatches } from "./token.js";
import { packageFile } from "../common/package-root.js";

/** The page's files (HTML, CSS, the compiled browser modules): `dist/editor/`, from src/edit or dist/edit alike. */
export const editorAssetsDir = packageFile("dist", "editor") + sep;

const ASSET_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
const DOWNLOAD_TYPES: Record<string, string> = {
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".pdf": "application/pdf",
};

export interface EditServerOptions extends EditDocumentsOptions {
  /** 0: a free port chosen by the system. */
  port?: number;
  /** Given by tests; random otherwise. */
  token?: string;
}

export interface EditServer {
  /** The page's address, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the editor's server on 127.0.0.1 only. Every request must begin with the random token
 * (`/<token>/…`, 403 otherwise) and name this server as its host (no DNS rebinding); the server
 * reads and writes only the project file and documents in the output folder.
 */
export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const token = options.token ?? newToken();
  const project = resolve(options.project);
  const docOptions: EditDocumentsOptions = { ...options, project, outDir: resolve(options.outDir) };
  // Fails early, as the other commands do, on a missing or unreadable file.
  await readProject(options.project);
  let port = 0;
  // One generation at a time: two would write the same files.
  let generating: Promise<unknown> = Promise.resolve();

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, rest: string) => Promise<void>> = {
    "GET api/project": async (_req, res) => {
      const snapshot = await readProject(project);
      sendJson(res, 200, {
        file: basename(project),
        ...snapshot,
        outDir: docOptions.outDir,
        schema: trainingProjectSchema(),
        enumLabels: enumLabels(),
        documents: documents.map((d) => ({ id: d.id, title: d.title })),
      });
    },
    "POST api/analyse": async (req, res) => {
      const body = await readJson(req);
      sendJson(res, 200, analyse(body.data, basename(project)));
    },
    "POST api/save": async (req, res) => {
      const body = await readJson(req);
      if (typeof body.baseHash !== "string") throw new HttpError(400, "requête incomplète : empreinte du fichier manquante");
      const outcome = await saveProject(project, body.data, body.baseHash);
      if (outcome.status === "conflict") {
        throw new HttpError(409, `${basename(project)} a été modifié sur le disque depuis son ouverture : enregistrer écraserait ces changements.`, {
          hash: outcome.hash,
        });
      }
      sendJson(res, 200, outcome);
    },
    "POST api/generate": async (req, res) => {
      const body = await readJson(req);
      const request = {
        documents: Array.isArray(body.documents) ? body.documents.filter((d): d is string => typeof d === "string") : undefined,
        draft: body.draft === true,
        pdf: body.pdf === true,
      };
      const run = generating.then(() => generateFromData(body.data, request, docOptions));
      generating = run.catch(() => undefined);
      const outcome = await run;
      sendJson(res, outcome.status === "written" ? 200 : 422, outcome);
    },
    "POST api/preview": async (req, res) => {
      const body = await readJson(req);
      const result = previewHtml(body.data, String(body.document ?? ""), docOptions);
      if ("refused" in result) throw new HttpError(422, result.refused);
      sendJson(res, 200, result);
    },
    "GET download": async (_req, res, name) => {
      const file = await outputFile(docOptions.outDir, name);
      const bytes = await readFile(file);
      send(res, 200, bytes, DOWNLOAD_TYPES[extname(file).toLowerCase()]!, {
        "Content-Disposition": `attachment; filename="${basename(file)}"`,
      });
    },
    "GET asset": async (_req, res, name) => {
      const path = await assetFile(name || "index.html");
      send(res, 200, await readFile(path), ASSET_TYPES[extname(path)]!);
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => fail(res, error));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) throw new HttpError(403, "hôte refusé");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const [, given, ...rest] = url.pathname.split("/");
    if (!tokenMatches(token, given)) throw new HttpError(403, "accès refusé : adresse sans le jeton de cette session de l'éditeur");
    if (req.method === "POST" && req.headers.origin !== undefined && !hostAllowed(req.headers.origin.replace(/^http:\/\//, ""), port)) {
      throw new HttpError(403, "origine refusée");
    }
    const path = rest.map((s) => decodeURIComponent(s)).join("/");
    const route =
      routes[`${req.method} ${path}`] ??
      (req.method === "GET" && rest[0] === "download" && rest.length === 2 ? routes["GET download"] : undefined) ??
      (req.method === "GET" && rest.length === 1 ? routes["GET asset"] : undefined);
    if (!route) throw new HttpError(404, "introuvable");
    const last = rest[rest.length - 1] ?? "";
    await route(req, res, decodeURIComponent(last));
  }

  await new Promise<void>((done, failed) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      failed(
        new UserError(
          error.code === "EADDRINUSE"
            ? `le port ${options.port} est déjà utilisé : choisissez-en un autre (--port) ou laissez l'outil en choisir un.`
            : `impossible de démarrer le serveur de l'éditeur (${error.code ?? error.message}).`,
        ),
      ),
    );
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    token,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function fail(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    // The connection may still be sending a refused body: close it after the answer.
    res.setHeader("Connection", "close");
    sendJson(res, error.status, { message: error.message, ...error.extra });
  } else if (error instanceof UserError) {
    sendJson(res, 422, { message: error.message, items: error.problems.map(({ path, message }) => ({ path, message })) });
  } else {
    process.stderr.write(`mentor-docs edit : erreur interne : ${(error as Error)?.stack ?? String(error)}\n`);
    sendJson(res, 500, { message: "Erreur interne de mentor-docs ; le détail est affiché dans le terminal." });
  }
}

/** `127.0.0.1:PORT` or `localhost:PORT` only. */
function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A document directly in the output folder, by its file name: nothing else can be downloaded. */
async function outputFile(outDir: string, name: string): Promise<string> {
  if (!/^[\w.-]+\.(docx|pdf)$/i.test(name) || name.startsWith(".")) throw new HttpError(404, "document introuvable");
  const path = join(outDir, name);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new HttpError(404, "document introuvable");
  return path;
}

async function assetFile(name: string): Promise<string> {
  if (!/^[\w-]+\.(html|js|css|svg)$/.test(name)) throw new HttpError(404, "introuvable");
  const path = join(editorAssetsDir, name);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new HttpError(404, "introuvable");
  return path;
}

/** French labels of the schema's enums, by the schema location of each enum (JSON Pointer). */
function enumLabels(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [pointer, table] of Object.entries(ENUM_TABLES)) out[pointer] = { ...LABELS[table] };
  return out;
}
