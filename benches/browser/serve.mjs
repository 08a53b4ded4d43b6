// `skjemasjekk serve` for the browser benchmark's Fast 4G series: started on an
// ephemeral port of 127.0.0.1 with the given site and package folders; resolves
// with its URL once it prints `listening on http://ADDR` (its first line on stderr).
import { spawn } from "node:child_process";

export function startServe(bin, { www, pkg }) {
  const child = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--www", www, "--pkg", pkg], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${bin} serve exited with ${code}: ${stderr}`)));
    const started = (chunk) => {
      stderr += chunk;
      const m = /^listening on (http:\/\/\S+)\n/.exec(stderr);
      if (!m) return;
      child.stderr.off("data", started);
      child.stderr.resume();
      child.removeAllListeners("exit");
      resolve({
        url: m[1],
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stderr.on("data", started);
  });
}
