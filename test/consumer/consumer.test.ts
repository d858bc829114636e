// Packs the package, installs the tarball in a temp folder, and uses it as a consumer would: from
// .mjs, .cjs, a type-checked .ts run with tsx, and the CLI. Also runs publint and arethetypeswrong.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers";

const root = resolve(__dirname, "../..");
const bin = (name: string) => join(root, "node_modules/.bin", name);
const work = tempDir("pm-consumer-");
const app = join(work, "app");
let tarball = "";

const run = (cmd: string, args: string[], cwd = app) =>
  spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

beforeAll(() => {
  // npm pack says why it failed on stderr; keep that in the error (and try once more: npm's cache
  // is shared with the other tests' installs).
  const pack = () => spawnSync("npm", ["pack", "--pack-destination", work], { cwd: root, encoding: "utf8" });
  const packed = pack().status === 0 ? { status: 0, stderr: "" } : pack();
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith(".tgz"))!,
  );
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }),
  );
  // fast-check is the optional peer of policy-matrix/testing: a user who tests installs it.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, "fast-check@4"], {
    cwd: app,
    stdio: "pipe",
  });
}, 240_000);

describe("the packed package", () => {
  it("ships dist and README only, with no bundled dependency", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
    expect(listing).toContain("package/dist/index.js");
    expect(listing).toContain("package/dist/index.cjs");
    expect(listing).toContain("package/dist/index.d.ts");
    expect(listing).toContain("package/dist/cli.js");
    expect(listing).not.toContain("package/src/");
    const esm = execFileSync("tar", ["-xzOf", tarball, "package/dist/index.js"], { encoding: "utf8" });
    expect(esm).toMatch(/from ["']zod["']/);
    expect(esm).toMatch(/from ["']fp-ts\/lib\/Either\.js["']/);
    expect(esm).not.toMatch(/\$ZodType|function produce\(/);
  });

  it("imports from ESM (.mjs)", () => {
    writeFileSync(
      join(app, "use.mjs"),
      `import { compare, builtinCatalog, either, scoreMatrix } from "policy-matrix";
const c = compare(builtinCatalog(), { method: "topsis" });
const bad = either.compare(builtinCatalog(), { weights: { speed: -1 } });
const m = scoreMatrix({ matrix: [[1, 2], [2, 1]], weights: [1, 1], directions: ["benefit", "cost"] });
console.log(JSON.stringify({ rows: c.rows.length, top: c.rows[0].option, left: bad._tag, best: m.ranking[0] }));`,
    );
    const out = run("node", ["use.mjs"]);
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({ rows: 16, top: expect.any(String), left: "Left", best: 1 });
  });

  it("requires from CommonJS (.cjs)", () => {
    writeFileSync(
      join(app, "use.cjs"),
      `const { compare, builtinCatalog, PolicyMatrixError } = require("policy-matrix");
let code = "";
try { compare(builtinCatalog(), { preconditions: { aumf: "maybe" } }); } catch (e) { code = e instanceof PolicyMatrixError ? e.code : "other"; }
console.log(JSON.stringify({ rows: compare(builtinCatalog()).rows.length, code }));`,
    );
    const out = run("node", ["use.cjs"]);
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({ rows: 16, code: "invalid-assumptions" });
  });

  it("type-checks and runs from TypeScript (tsx)", () => {
    writeFileSync(
      join(app, "use.ts"),
      `import { compare, builtinCatalog, type Comparison, type ComparisonRow } from "policy-matrix";
const result: Comparison = compare(builtinCatalog(), { weights: { "legal-exposure": 2 } });
const top: ComparisonRow = result.rows[0]!;
const score: number = top.score;
console.log(JSON.stringify({ option: top.option, finite: Number.isFinite(score) }));`,
    );
    // The same from an ES module: the declarations must name fp-ts by a path Node's ESM resolution
    // finds (fp-ts has no exports map), or `either` is typed `any` under skipLibCheck.
    writeFileSync(
      join(app, "use-esm.mts"),
      `import { builtinCatalog, either } from "policy-matrix";
const r = either.compare(builtinCatalog(), {});
const rows: number = r._tag === "Right" ? r.right.rows.length : 0;
// @ts-expect-error: an Either is not a number (this line fails to compile if either were any)
const wrong: number = r;
console.log(rows, wrong);`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["use.ts", "use-esm.mts"],
      }),
    );
    const tsc = run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    const out = run(bin("tsx"), ["use.ts"]);
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toMatchObject({ finite: true });
  });

  it("runs the CLI from the installed bin", () => {
    const ok = run(join(app, "node_modules/.bin/policy-matrix"), ["compare", "--format", "csv"]);
    expect(ok.status).toBe(0);
    expect(ok.stdout.split("\n")[0]).toBe(
      "rank,option,score,feasible,blocked by,top risks by likelihood×severity (likelihood)",
    );
    const bad = run(join(app, "node_modules/.bin/policy-matrix"), ["compare", "--explain", "nope"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split("\n")).toHaveLength(1);
    const catalog = run(join(app, "node_modules/.bin/policy-matrix"), ["catalog", "--format", "json"]);
    expect(JSON.parse(catalog.stdout).options).toHaveLength(16);
  });

  it("reads JSON scenario files, and says how to read YAML ones without the optional yaml package", () => {
    writeFileSync(join(app, "s.json"), JSON.stringify({ preset: "2025-08", perspective: "milley" }));
    writeFileSync(join(app, "s.yaml"), "preset: 2025-08\n");
    const cli = join(app, "node_modules/.bin/policy-matrix");
    const json = run(cli, ["compare", "--scenario", "s.json"]);
    expect(json.status).toBe(0);
    expect(json.stdout).toContain("preset 2025-08, perspective milley");
    const yaml = run(cli, ["compare", "--scenario", "s.yaml"]);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toBe(
      "policy-matrix: --scenario s.yaml: reading YAML needs the optional package 'yaml' (npm install yaml), or use JSON\n",
    );
  });

  it("runs SMAA on worker threads through policy-matrix/parallel, from ESM and CommonJS", () => {
    const body = (load: string) => `${load}
const problem = { matrix: [[1, 2], [2, 1], [0, 3]], weights: [1, 1], directions: ["benefit", "benefit"] };
Promise.all([smaaParallel(problem, { samples: 40000, seed: 1 }, { workers: 2 }), Promise.resolve(smaaSync(problem, { samples: 40000, seed: 1 }))])
  .then(([a, b]) => console.log(JSON.stringify(a) === JSON.stringify(b) ? "same" : "different"));`;
    writeFileSync(
      join(app, "par.mjs"),
      body(
        `import { smaaParallel } from "policy-matrix/parallel";\nimport { smaaSync } from "policy-matrix";`,
      ),
    );
    writeFileSync(
      join(app, "par.cjs"),
      body(
        `const { smaaParallel } = require("policy-matrix/parallel");\nconst { smaaSync } = require("policy-matrix");`,
      ),
    );
    for (const file of ["par.mjs", "par.cjs"]) {
      const out = run("node", [file]);
      expect(out.stderr).toBe("");
      expect(out.stdout.trim()).toBe("same");
    }
  });

  it("errors from policy-matrix/parallel and policy-matrix/testing are the main entry's PolicyMatrixError", () => {
    // One class, however the package is loaded: a user's `instanceof` must not depend on which
    // entry point threw, nor on whether another dependency loaded the other format (from ESM, the
    // CommonJS class is tried too).
    const body = (load: string, dual: string) => `${load}
const fromParallel = smaaParallel({ matrix: [], weights: [], directions: [] }).then(() => "resolved", (e) => e);
let fromTesting;
try { defineClaim("bad check", () => 5)(builtinCatalog(), {}); } catch (e) { fromTesting = e; }
const Dual = ${dual};
fromParallel.then((p) => console.log(JSON.stringify([
  p instanceof PolicyMatrixError, fromTesting instanceof PolicyMatrixError,
  p instanceof Dual, new PolicyMatrixError("invalid-input", []) instanceof Dual,
  p.code, fromTesting.code,
])));`;
    writeFileSync(
      join(app, "errors.mjs"),
      body(
        `import { smaaParallel } from "policy-matrix/parallel";
import { defineClaim } from "policy-matrix/testing";
import { PolicyMatrixError, builtinCatalog } from "policy-matrix";
import { createRequire } from "node:module";`,
        `createRequire(import.meta.url)("policy-matrix").PolicyMatrixError`,
      ),
    );
    writeFileSync(
      join(app, "errors.cjs"),
      body(
        `const { smaaParallel } = require("policy-matrix/parallel");
const { defineClaim } = require("policy-matrix/testing");
const { PolicyMatrixError, builtinCatalog } = require("policy-matrix");`,
        "PolicyMatrixError",
      ),
    );
    for (const file of ["errors.mjs", "errors.cjs"]) {
      const out = run("node", [file]);
      expect([file, out.stderr]).toEqual([file, ""]);
      expect([file, JSON.parse(out.stdout)]).toEqual([
        file,
        [true, true, true, true, "invalid-input", "invalid-input"],
      ]);
    }
  });

  it("property-tests a claim with policy-matrix/testing, from ESM and CommonJS", () => {
    const body = (load: string) => `${load}
const catalog = builtinCatalog();
// A claim that holds (the catalog's own precondition): joint operations need Mexico's approval.
const withoutApproval = { op: "not", of: { op: "in", precondition: "mexican-consent", states: ["express-request", "joint-approval"] } };
const claim = neverFeasibleWhen("joint-operations", withoutApproval);
fc.assert(fc.property(assumptionsFor(catalog, { methods: true }), (a) => claim(catalog, a)), { numRuns: 20 });
// And one that does not: with Mexico opposed, only low-rung options rank first. fast-check finds
// the counterexample (as in examples/notebooks/claims.ipynb).
const lowRungs = catalog.options.filter((o) => o.escalation <= 2).map((o) => o.id);
const opposed = assumptionsFor(catalog, { pin: { "mexican-consent": "opposed" }, methods: true });
const failed = fc.check(fc.property(opposed, (a) => topOptionIn(lowRungs)(catalog, a)), { numRuns: 200, seed: 1 });
console.log(failed.failed && failed.errorInstance.name === "ClaimFailure" ? "held" : "missed the counterexample");`;
    writeFileSync(
      join(app, "claim.mjs"),
      body(
        `import fc from "fast-check";\nimport { builtinCatalog } from "policy-matrix";\nimport { assumptionsFor, neverFeasibleWhen, topOptionIn } from "policy-matrix/testing";`,
      ),
    );
    writeFileSync(
      join(app, "claim.cjs"),
      body(
        `const fc = require("fast-check");\nconst { builtinCatalog } = require("policy-matrix");\nconst { assumptionsFor, neverFeasibleWhen, topOptionIn } = require("policy-matrix/testing");`,
      ),
    );
    for (const file of ["claim.mjs", "claim.cjs"]) {
      const out = run("node", [file]);
      expect(out.stderr).toBe("");
      expect(out.stdout.trim()).toBe("held");
    }
  });

  it("writes chart specs without vega, and says what SVG needs", () => {
    const cli = join(app, "node_modules/.bin/policy-matrix");
    expect(run(cli, ["compare", "--chart", "heatmap", "--out", "h.vl.json"]).status).toBe(0);
    const svg = run(cli, ["compare", "--chart", "heatmap", "--out", "h.svg"]);
    expect(svg.status).toBe(2);
    expect(svg.stderr).toBe(
      "policy-matrix: renderSvg: rendering charts needs the optional packages 'vega' and 'vega-lite' (npm install vega vega-lite)\n",
    );
  });

  it("writes results to .xlsx with the optional write-excel-file, and says in one line that it needs it without", () => {
    const cli = join(app, "node_modules/.bin/policy-matrix");
    const args = ["compare", "--preset", "2025-09", "--format", "xlsx", "--out", "r.xlsx"];
    const without = run(cli, args);
    expect([without.status, without.stdout]).toEqual([2, ""]);
    expect(without.stderr).toBe(
      "policy-matrix: workbook: writing .xlsx needs the optional package 'write-excel-file' (npm install write-excel-file)\n",
    );
    execFileSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "write-excel-file@4.1.1"],
      {
        cwd: app,
        stdio: "pipe",
      },
    );
    const written = run(cli, args);
    expect([written.status, written.stdout, written.stderr]).toEqual([0, "wrote r.xlsx\n", ""]);
    expect(readFileSync(join(app, "r.xlsx")).subarray(0, 2).toString()).toBe("PK");
  }, 300_000);

  it("imports a workbook or CSV with the optional read-excel-file and papaparse, and says in one line what it needs without", () => {
    const cli = join(app, "node_modules/.bin/policy-matrix");
    // write-excel-file is there (the test above installed it): the built-in catalog as a workbook.
    expect(run(cli, ["export-catalog", "--out", "m.xlsx"]).status).toBe(0);
    const without = run(cli, ["import", "m.xlsx", "--out", "c.json"]);
    expect([without.status, without.stdout, without.stderr]).toEqual([
      2,
      "",
      "policy-matrix: import m.xlsx: reading .xlsx needs the optional package 'read-excel-file' (npm install read-excel-file)\n",
    ]);
    const csv = run(cli, ["export-catalog", "--format", "csv", "--out", "sheets"]);
    expect([csv.status, csv.stderr]).toEqual([
      2,
      "policy-matrix: catalogCsv: writing CSV needs the optional package 'papaparse' (npm install papaparse)\n",
    ]);
    execFileSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "read-excel-file@9.3.17", "papaparse@5.7.1"],
      { cwd: app, stdio: "pipe" },
    );
    const json = run(cli, ["catalog", "--format", "json"]).stdout;
    expect(run(cli, ["import", "m.xlsx", "--out", "c.json"]).status).toBe(0);
    expect(readFileSync(join(app, "c.json"), "utf8")).toBe(json);
    expect(run(cli, ["export-catalog", "--format", "csv", "--out", "sheets"]).status).toBe(0);
    const files = readdirSync(join(app, "sheets")).map((f) => join("sheets", f));
    const back = run(cli, ["import", ...files]);
    expect([back.status, back.stderr]).toEqual([0, ""]);
    expect(back.stdout).toBe(json);
  }, 300_000);

  it("writes a brief with the optional peers, and says in one line what is missing without them", () => {
    const cli = join(app, "node_modules/.bin/policy-matrix");
    const args = ["brief", "--preset", "2025-09", "--samples", "1000"];
    const without = run(cli, [...args, "--out", "b.html"]);
    expect(without.status).toBe(2);
    expect(without.stderr).toBe(
      "policy-matrix: renderSvg: rendering charts needs the optional packages 'vega' and 'vega-lite' (npm install vega vega-lite)\n",
    );
    const install = (...packages: string[]) =>
      execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...packages], {
        cwd: app,
        stdio: "pipe",
      });
    install("vega@5.33.1", "vega-lite@5.23.0");
    const html = run(cli, [...args, "--out", "b.html"]);
    expect([html.status, html.stdout, html.stderr]).toEqual([0, "wrote b.html\n", ""]);
    expect(readFileSync(join(app, "b.html"), "utf8")).toContain('<section id="robustness">');
    const noPdf = run(cli, [...args, "--out", "b.pdf"]);
    expect(noPdf.status).toBe(2);
    expect(noPdf.stdout).toBe("");
    expect(noPdf.stderr).toBe(
      "policy-matrix: --out b.pdf: a PDF needs the optional package playwright-core (npm install playwright-core) and Chromium; --out FILE.html needs neither\n",
    );
    if (existsSync("/usr/bin/chromium")) {
      install("playwright-core@1.65.1");
      const pdf = run(cli, [...args, "--out", "b.pdf"]);
      expect([pdf.status, pdf.stderr]).toEqual([0, ""]);
      expect(readFileSync(join(app, "b.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    }
  }, 300_000);

  // The notebooks run as a user runs them: Jupyter with the tslab kernel, the packed package and
  // the chart peers installed beside them. CI installs Jupyter (.ci/run); elsewhere, without it,
  // this test is skipped and says so.
  const nbconvert = spawnSync("jupyter-nbconvert", ["--version"], { encoding: "utf8" }).status === 0;
  it.runIf(nbconvert || process.env.CI)(
    "executes every notebook in examples/notebooks, top to bottom, headless",
    () => {
      execFileSync(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          "--prefer-offline",
          "tslab@1.0.22",
          "vega@5.33.1",
          "vega-lite@5.23.0",
        ],
        {
          cwd: app,
          stdio: "pipe",
        },
      );
      const kernels = join(work, "jupyter");
      execFileSync(
        join(app, "node_modules/.bin/tslab"),
        [
          "install",
          "--python=python3",
          `--binary=${join(app, "node_modules/.bin/tslab")}`,
          `--prefix=${kernels}`,
        ],
        {
          cwd: app,
          stdio: "pipe",
          env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` },
        },
      );
      const notebooks = readdirSync(join(root, "examples/notebooks")).filter((f) => f.endsWith(".ipynb"));
      expect(notebooks.length).toBeGreaterThan(0);
      for (const name of notebooks) {
        writeFileSync(join(app, name), readFileSync(join(root, "examples/notebooks", name)));
        const out = spawnSync(
          "jupyter-nbconvert",
          [
            "--to",
            "notebook",
            "--execute",
            name,
            "--output",
            `executed-${name}`,
            "--ExecutePreprocessor.timeout=300",
          ],
          {
            cwd: app,
            encoding: "utf8",
            env: {
              ...process.env,
              JUPYTER_PATH: join(kernels, "share/jupyter"),
              PATH: `/usr/bin:${process.env.PATH}`,
            },
          },
        );
        expect(out.stderr).not.toMatch(/CellExecutionError/);
        expect(out.status).toBe(0);
        const executed = JSON.parse(readFileSync(join(app, `executed-${name}`), "utf8")) as {
          cells: {
            cell_type: string;
            outputs?: { output_type: string; data?: Record<string, string[] | string> }[];
          }[];
        };
        const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
        expect(outputs.some((o) => o.output_type === "error")).toBe(false);
        const html = outputs.flatMap((o) =>
          o.data?.["text/html"] ? [([] as string[]).concat(o.data["text/html"]).join("")] : [],
        );
        expect(html.some((h) => h.includes("<svg"))).toBe(true);
      }
    },
  );

  it("passes publint and arethetypeswrong", () => {
    const publint = run(bin("publint"), ["--strict"], root);
    expect(publint.stdout + publint.stderr).not.toMatch(/error|warning/i);
    expect(publint.status).toBe(0);
    // Every resolution, the legacy node10 one too (typesVersions maps the subpaths' types there:
    // tslab, for one, still compiles notebooks with it).
    const attw = run(bin("attw"), [tarball, "--format", "ascii"], root);
    expect(attw.status).toBe(0);
    const verdicts = (attw.stdout.match(/^(node10|node16 \(from (CJS|ESM)\)|bundler): .*$/gm) ?? []).join(
      "\n",
    );
    expect(verdicts.split("\n")).toHaveLength(16); // ., ./parallel, ./testing, ./package.json: four resolutions each
    expect(verdicts).not.toMatch(/💀|❌|🔴|⚠️/u);
  });
});
