// The machine and tool versions a benchmark run happened on, for BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, totalmem } from "node:os";

const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};

/** CPU, cores, memory, rustc, the commit measured, and the date (UTC). */
export function machine(root) {
  const dirty = run("git", ["status", "--porcelain", "--untracked-files=no"], root);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus()[0]?.model ?? "unknown",
    nproc: availableParallelism(),
    memGiB: Math.round(totalmem() / 2 ** 30),
    rustc: run("rustc", ["--version"], root),
    commit: `${run("git", ["rev-parse", "--short", "HEAD"], root)}${dirty && dirty !== "unknown" ? " with uncommitted changes" : ""}`,
    branch: run("git", ["rev-parse", "--abbrev-ref", "HEAD"], root),
  };
}
