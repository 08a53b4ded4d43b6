// A tiny static file server on 127.0.0.1 for the browser benchmark: URL prefixes
// map to directories; files are sent whole with their content type (application/wasm
// for streaming compilation) and a one-hour cache lifetime, so a second visit in the
// same browser context is served from the HTTP cache as on a real site.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** Serve `routes` ({ "/prefix/": "/abs/dir" }, longest prefix wins); resolves to { url, close }. */
export function startServer(routes) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const rel = normalize(path.slice(prefix?.length ?? 0) || "index.html");
    if (prefix === undefined || rel.startsWith("..") || rel.split(sep).includes("..")) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(routes[prefix], rel));
      res.writeHead(200, {
        "content-type": TYPES[extname(rel)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "max-age=3600",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
