// Every script in examples/ runs to completion against the public API.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const scripts = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts"));

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
