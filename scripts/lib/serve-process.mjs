// `skjemasjekk serve` as a child process on an ephemeral port of 127.0.0.1, for the
// end-to-end tests (tests/e2e/support/harness.js) and the browser benchmark's Fast 4G
// series (benches/browser/run.mjs): started, its address read from its first line,
// stopped with SIGTERM (SIGKILL after 5 s).

import { spawn } from "node:child_process";

/**
 * Start `bin serve` with the given site and package folders on an ephemeral port;
 * resolves once it has printed `listening on http://ADDR` (its first line on stderr).
 * @returns {Promise<{ url: string, stop: () => Promise<void>, log: () => string }>}
 */
export function startServe(bin, { www, pkg, cwd }) {
  const child = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--www", www, "--pkg", pkg], {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`skjemasjekk serve did not start in 20 s:\n${stderr}`));
    }, 20_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${bin}: ${e.message}`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`skjemasjekk serve exited with ${code}:\n${stderr}`));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      const before = stderr;
      stderr += chunk;
      if (before.includes("\n") || !stderr.includes("\n")) return;
      const first = stderr.slice(0, stderr.indexOf("\n"));
      const m = /^listening on (http:\/\/\S+)$/.exec(first);
      if (!m) {
        clearTimeout(timer);
        child.kill("SIGKILL");
        reject(new Error(`unexpected first line from skjemasjekk serve: ${first}`));
        return;
      }
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        url: m[1],
        log: () => stderr,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
            child.once("exit", () => {
              clearTimeout(kill);
              done();
            });
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
