import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run";
import { builtinCatalog } from "../../src/index";

const dir = mkdtempSync(join(tmpdir(), "pm-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const cli = (...args: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (path) => readFileSync(path, "utf8"),
  });
  return { code, stdout, stderr };
};

describe("policy-matrix compare", () => {
  it("prints a readable table by default", () => {
    const { code, stdout, stderr } = cli("compare");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("us-mexico-cartels (2025-09), method wsm");
    expect(lines[3]).toMatch(/^rank\s+option\s+score\s+feasible\s+blocked by\s+top risks \(likelihood\)$/);
    expect(lines.slice(5)).toHaveLength(15);
    expect(stdout).toMatch(/joint-operations\s+\d\.\d{3}\s+no\s+joint-approval/);
  });

  it("prints JSON, markdown and CSV", () => {
    const json = JSON.parse(cli("compare", "--format", "json").stdout);
    expect(json.rows).toHaveLength(15);
    expect(json.rows[0].contributions[0].rationale).toBeTypeOf("string");
    expect(cli("compare", "--format", "markdown").stdout).toMatch(
      /^## us-mexico-cartels[\s\S]*\| rank \| option \|/,
    );
    const csv = cli("compare", "--format", "csv").stdout.trimEnd().split("\n");
    expect(csv[0]).toBe("rank,option,score,feasible,blocked by,top risks (likelihood)");
    expect(csv).toHaveLength(16);
  });

  it("takes states, weights, a method and an assumptions file", () => {
    const assumptions = file(
      "a.json",
      JSON.stringify({ weights: { "legal-exposure": 2 }, method: "topsis" }),
    );
    const out = cli(
      "compare",
      "--assumptions",
      assumptions,
      "--set",
      "mexican-consent=joint-approval",
      "--set",
      "aumf=enacted",
      "--format",
      "json",
    );
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.method.method).toBe("topsis");
    expect(json.assumptions.weights["legal-exposure"]).toBe(2);
    expect(json.rows.find((r: { option: string }) => r.option === "joint-operations").feasible).toBe(true);
    expect(JSON.parse(cli("compare", "--method", "vikor", "--format", "json").stdout).method.method).toBe(
      "vikor",
    );
  });

  it("explains one option", () => {
    const { code, stdout } = cli("compare", "--explain", "sof-raids");
    expect(code).toBe(0);
    expect(stdout).toContain("Special-operations raids (sof-raids)");
    expect(stdout).toContain("penalised: Mexico invites or approves the action");
    expect(stdout).toContain("analyst judgment:");
    expect(stdout).toContain("[bi-2025]");
  });
});

describe("policy-matrix catalog", () => {
  it("prints the whole catalog as JSON, quotes included", () => {
    const json = JSON.parse(cli("catalog", "--format", "json").stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(builtinCatalog())));
  });
  it("prints it as markdown for people", () => {
    const { stdout } = cli("catalog");
    expect(stdout).toContain("# U.S. options against Mexican drug cartels");
    expect(stdout).toContain("### Training and foreign internal defense (`training-fid`)");
    expect(stdout).toContain("> “I would argue that the best thing");
  });
  it("loads a catalog of one's own", () => {
    const own = file("own.json", JSON.stringify(builtinCatalog()));
    expect(cli("compare", "--catalog", own).code).toBe(0);
  });
});

describe("bad input: exit 2, one line naming the place", () => {
  const bad = file("bad.json", "{ nope");
  const badCatalog = file("bad-catalog.json", JSON.stringify({ ...builtinCatalog(), criteria: [] }));
  it.each([
    [["compare", "--explain", "airstrike"], "policy-matrix: --explain: unknown option 'airstrike' (known: "],
    [
      ["compare", "--weight", "legal-exposure=-1"],
      "policy-matrix: assumptions.weights.legal-exposure: expected a number >= 0, got -1",
    ],
    [
      ["compare", "--weight", "speed=fast"],
      "policy-matrix: --weight speed: expected a finite number, got 'fast'",
    ],
    [["compare", "--weight", "nope=1"], "policy-matrix: assumptions.weights.nope: unknown criterion 'nope'"],
    [
      ["compare", "--set", "mexican-consent"],
      "policy-matrix: --set: expected NAME=VALUE, got 'mexican-consent'",
    ],
    [
      ["compare", "--set", "aumf=maybe"],
      "policy-matrix: assumptions.preconditions.aumf: 'maybe' is not a state of 'aumf'",
    ],
    [["compare", "--assumptions", bad], `policy-matrix: --assumptions ${bad}: malformed JSON`],
    [["compare", "--assumptions", join(dir, "missing.json")], "cannot read the file (ENOENT)"],
    [["compare", "--catalog", bad], "policy-matrix: catalog: malformed JSON"],
    [
      ["compare", "--catalog", badCatalog],
      "policy-matrix: catalog.criteria: a catalog needs at least one criterion",
    ],
    [["compare", "--method", "electre"], "policy-matrix: assumptions.method"],
    [
      ["compare", "--format", "pdf"],
      "policy-matrix: --format: expected one of text, markdown, csv, json, got 'pdf'",
    ],
    [["compare", "--bogus"], "policy-matrix: unknown flag '--bogus' (see 'policy-matrix help')"],
    [["launch"], "policy-matrix: unknown command 'launch'"],
  ])("%j", (args, expected) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().includes("\n")).toBe(false);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("help and version", () => {
  it("prints usage", () => {
    expect(cli("help").stdout).toContain("policy-matrix compare [options]");
    expect(cli("--help").code).toBe(0);
    expect(cli("--version").stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
