import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEditServer, type EditServer } from "../../src/edit/server.js";

/** A raw request, so that the Host header and the path are exactly what a hostile page could send. */
function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode!, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", fail);
    req.end(options.body);
  });
}

const json = (body: unknown) => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("the editor's server", () => {
  let dir: string;
  let file: string;
  let server: EditServer;
  const api = (path: string) => `/${server.token}/${path}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "edit-server-"));
    file = join(dir, "projet.yaml");
    copyFileSync("examples/drafts/cahier-des-charges-brouillon.yaml", file);
    server = await startEditServer({ project: file, outDir: join(dir, "out"), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 only, with a token in the address", () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/[A-Za-z0-9_-]{32}/$`));
  });

  it("refuses every request without the token, or with another one (403)", async () => {
    for (const path of ["/", "/api/project", "/index.html", `/${"x".repeat(32)}/api/project`, `/${server.token.slice(1)}x/api/project`]) {
      const answer = await call(server.port, path);
      expect(answer.status, path).toBe(403);
      expect(answer.body).not.toContain("Prévenir");
    }
    expect((await call(server.port, "/api/analyse", json({ data: {} }))).status).toBe(403);
  });

  it("refuses another host name (DNS rebinding) and a cross-origin POST", async () => {
    expect((await call(server.port, api("api/project"), { headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
    const crossOrigin = await call(server.port, api("api/analyse"), { ...json({ data: {} }), headers: { "Content-Type": "application/json", Origin: "http://evil.example" } });
    expect(crossOrigin.status).toBe(403);
  });

  it("answers with the project, a strict CSP and no referrer", async () => {
    const answer = await call(server.port, api("api/project"));
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body.data.course.title).toBe("Prévenir les risques psychosociaux dans son équipe");
    expect(body.enumLabels["/$defs/activity/properties/kind"]["on-site"]).toBe("Séance en présentiel");
    expect(answer.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(answer.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("refuses a body above the size limit (413) and a body that is not JSON (415)", async () => {
    const big = await call(server.port, api("api/analyse"), json({ data: "x".repeat(6 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    const form = await call(server.port, api("api/analyse"), { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" });
    expect(form.status).toBe(415);
  });

  it("gives the findings of the page's data with their JSON paths, as check does", async () => {
    const data = JSON.parse((await call(server.port, api("api/project"))).body).data;
    const before = JSON.parse((await call(server.port, api("api/analyse"), json({ data }))).body);
    expect(before.valid).toBe(true);
    expect(before.findings).toContainEqual(expect.objectContaining({ requirement: "ACT-2", path: "units[0].activities[1].modality" }));
    data.units[0].activities[1].modality = { synchronous: false, grouping: "individual", place: "online" };
    const after = JSON.parse((await call(server.port, api("api/analyse"), json({ data }))).body);
    expect(after.findings.map((f: { path: string }) => f.path)).not.toContain("units[0].activities[1].modality");
    data.units[0].duration = "1h70";
    const invalid = JSON.parse((await call(server.port, api("api/analyse"), json({ data }))).body);
    expect(invalid.valid).toBe(false);
    expect(invalid.problems).toContainEqual(expect.objectContaining({ path: "units[0].duration" }));
  });

  it("serves only documents of the output folder", async () => {
    for (const name of ["..%2Fprojet.yaml", "projet.yaml", "..%2F..%2Fetc%2Fpasswd", "x.docx"]) {
      expect((await call(server.port, api(`download/${name}`))).status, name).toBe(404);
    }
  });

  it("refuses a logo outside the project's folder", async () => {
    const data = JSON.parse((await call(server.port, api("api/project"))).body).data;
    data.course.producer = { name: "X", logo: "/etc/passwd" };
    const answer = await call(server.port, api("api/generate"), json({ data, draft: true, documents: ["attestation"] }));
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body).message).toContain("dossier du projet");
  });

  it("saves keeping the comments, and refuses to overwrite a file changed on disk (409)", async () => {
    const { data, hash } = JSON.parse((await call(server.port, api("api/project"))).body);
    data.course.title = "Titre changé";
    const saved = await call(server.port, api("api/save"), json({ data, baseHash: hash }));
    expect(saved.status).toBe(200);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Brouillon de cahier des charges");
    expect(text).toContain("  title: Titre changé\n");
    expect(text).toContain("modality: { synchronous: true, grouping: collective, place: on-site }");
    const newHash = JSON.parse(saved.body).hash;

    writeFileSync(file, `${text}# changé par quelqu'un d'autre\n`);
    data.course.title = "Encore un autre titre";
    const conflict = await call(server.port, api("api/save"), json({ data, baseHash: newHash }));
    expect(conflict.status).toBe(409);
    expect(JSON.parse(conflict.body).message).toContain("modifié sur le disque");
    expect(readFileSync(file, "utf8")).toContain("# changé par quelqu'un d'autre");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
