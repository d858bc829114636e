// Every script in examples/ runs to completion against the public API.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run";

const root = resolve(__dirname, "..");
// Scripts run with tsx; *.test.ts files in examples/ are vitest tests and run with the suite.
const scripts = readdirSync(join(root, "examples")).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
);

describe("examples", () => {
  it("exist", () => expect(scripts.length).toBeGreaterThanOrEqual(4));
  it.each(scripts)("%s runs without error", (script) => {
    const out = spawnSync(join(root, "node_modules/.bin/tsx"), [join("examples", script)], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    expect(out.stdout.length).toBeGreaterThan(0);
  });
});

describe("example scenario files", () => {
  const files = readdirSync(join(root, "examples/scenarios")).filter((f) => /\.(ya?ml|json)$/.test(f));
  it("exist, one per preset at least", () => expect(files.length).toBeGreaterThanOrEqual(4));
  it.each(files)("%s compares without error", async (name) => {
    const out: string[] = [];
    const io = {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => out.push(t),
      readFile: (p: string) => readFileSync(p, "utf8"),
    };
    expect(await runCli(["compare", "--scenario", join(root, "examples/scenarios", name)], io)).toBe(0);
    expect(out.join("")).toMatch(/^.*method wsm/);
  });
});
