// Moves the images a stylesheet carries as data: URLs into files of their own,
// so the demo's pages need no `img-src data:` in their Content-Security-Policy
// (README.md, "The HTTP service"). Each image goes to icons/icon-HASH.EXT next to
// the stylesheet (HASH: the first 12 hex digits of its SHA-256, so the name
// carries its hash and `skjemasjekk serve` lets browsers cache it for a year),
// and the url() points there. Fails if a data: URL is left that it cannot move.
//
//   node scripts/css-data-urls.mjs www/vendor/designsystemet.css ...

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";

const EXT = { "image/svg+xml": "svg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };
const DATA_URL = /url\(\s*(["']?)data:([a-z+/.-]+)((?:;[a-z-]+=[^;,]*)*)(;base64)?,(.*?)\1\s*\)/gi;

/** The bytes of a data: URL's body (percent-escapes decoded unless base64). */
function bytesOf(body, base64) {
  if (base64) return Buffer.from(body, "base64");
  try {
    return Buffer.from(decodeURIComponent(body), "utf8");
  } catch {
    return Buffer.from(body, "utf8"); // raw text with a lone '%': keep it as written
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/css-data-urls.mjs STYLESHEET...");
  process.exit(2);
}
for (const css of files) {
  const dir = path.join(path.dirname(css), "icons");
  const written = new Set();
  let moved = 0;
  const text = readFileSync(css, "utf8").replace(DATA_URL, (whole, _q, mime, _params, base64, body) => {
    const ext = EXT[mime.toLowerCase()];
    if (!ext) return whole;
    const bytes = bytesOf(body, !!base64);
    const name = `icon-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}.${ext}`;
    if (!written.has(name)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
      written.add(name);
    }
    moved += 1;
    return `url("icons/${name}")`;
  });
  if (/url\(\s*["']?data:/i.test(text)) {
    console.error(`css-data-urls: ${css} still has a data: URL it cannot move (an image type not in EXT?)`);
    process.exit(1);
  }
  writeFileSync(css, text);
  console.error(`== css-data-urls: ${css}: ${moved} data: URLs moved into ${written.size} files under ${dir}/`);
}
