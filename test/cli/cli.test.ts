import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run";
import {
  brief,
  builtinCatalog,
  compare,
  compareMethodsOn,
  disagreement,
  discover,
  renderDisagreement,
  renderDiscovery,
  renderTimeline,
  timeline,
  tornadoCompare,
} from "../../src/index";
import { cli, tempDir } from "../helpers";

const dir = tempDir("pm-cli-");
const seeds = join(__dirname, "../../../shared/seeds");
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A refused command line: exit 2, nothing on stdout, exactly one line on stderr containing `message`. */
/** An io that keeps what the CLI writes in memory. */
const writing = () => {
  const written: Record<string, string> = {};
  const io = {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (p: string) => readFileSync(p, "utf8"),
    writeFile: (p: string, t: string) => void (written[p] = t),
  };
  return { written, io };
};

const refused = async (args: string[], message: string) => {
  const out = await cli(...args);
  expect(out.code, args.join(" ")).toBe(2);
  expect(out.stdout).toBe("");
  expect(out.stderr).toContain(message);
  expect(out.stderr.endsWith("\n")).toBe(true);
  expect(out.stderr.trimEnd().includes("\n")).toBe(false);
};

describe("policy-matrix compare", () => {
  it("prints a readable table by default", async () => {
    const { code, stdout, stderr } = await cli("compare");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("scenario (unnamed): method wsm");
    expect(lines[1]).toBe("catalog us-mexico-cartels, version 2");
    expect(lines[2]).toMatch(/^states: mexican-consent=/);
    expect(lines[3]).toBe("weights: the defaults");
    expect(lines[4]).toBe(
      '5 blocked options (see "blocked by") rank after every feasible one; risks are reported beside the score, not in it (riskBurden weighs them)',
    );
    expect(lines[6]).toMatch(
      /^rank\s+option\s+score\s+feasible\s+blocked by\s+top risks by likelihood×severity \(likelihood\)$/,
    );
    const end = lines.indexOf("", 8);
    expect(lines.slice(8, end)).toHaveLength(builtinCatalog().options.length);
    // Under the table: each unmet requirement, what it blocks or penalises, and the state it needs.
    expect(lines[end + 1]).toMatch(/^Unmet requirements \(a hard one blocks the option/);
    expect(lines).toContain(
      "  force-authorized (blocks joint-operations, drone-strikes, naval-strikes, sof-raids, ground-intervention): The President has authorized force against the cartels in Mexico; presidential-directive is 'options-ordered' (needs 'force-authorized')",
    );
    expect(lines.at(-2)).toBe("");
    expect(stdout).toMatch(/joint-operations\s+\d\.\d{3}\s+no\s+joint-approval, force-authorized/);
  });

  it("warns that weighing the risk burden counts some consequences twice", async () => {
    const scenario = join(dir, "risks.json");
    writeFileSync(scenario, JSON.stringify({ riskBurden: { weight: 1 } }));
    const lines = (await cli("compare", "--scenario", scenario)).stdout.split("\n");
    expect(lines[4]).toMatch(
      /risk burden in the score \(weight 1\.00, penalty 0\.00\), on top of the criteria: .* so those count twice, and as most risks attach to the military options, weighing them tilts against those$/,
    );
  });

  it("prints JSON, markdown and CSV", async () => {
    const json = JSON.parse((await cli("compare", "--format", "json")).stdout);
    expect(json.rows).toHaveLength(builtinCatalog().options.length);
    expect(json.rows[0].contributions[0].rationale).toBeTypeOf("string");
    expect((await cli("compare", "--format", "markdown")).stdout).toMatch(
      /^## scenario \(unnamed\): method wsm\n\nCatalog us-mexico-cartels, version 2\.[\s\S]*\| rank \| option \|/,
    );
    const csv = (await cli("compare", "--format", "csv")).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe(
      "rank,option,score,feasible,blocked by,top risks by likelihood×severity (likelihood)",
    );
    expect(csv).toHaveLength(builtinCatalog().options.length + 1);
  });

  it("takes states, weights, a method and an assumptions file", async () => {
    const assumptions = file(
      "a.json",
      JSON.stringify({ weights: { "legal-exposure": 2 }, method: "topsis" }),
    );
    const out = await cli(
      "compare",
      "--assumptions",
      assumptions,
      "--set",
      "mexican-consent=joint-approval",
      "--set",
      "aumf=enacted",
      "--set",
      "presidential-directive=force-authorized",
      "--format",
      "json",
    );
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.method.method).toBe("topsis");
    expect(json.assumptions.weights["legal-exposure"]).toBe(2);
    expect(json.rows.find((r: { option: string }) => r.option === "joint-operations").feasible).toBe(true);
    expect(
      JSON.parse((await cli("compare", "--method", "vikor", "--format", "json")).stdout).method.method,
    ).toBe("vikor");
  });

  it("explains one option", async () => {
    const { code, stdout } = await cli("compare", "--explain", "sof-raids");
    expect(code).toBe(0);
    expect(stdout).toContain("Special-operations raids (sof-raids)");
    expect(stdout).toContain("blocked: The President has authorized force against the cartels in Mexico");
    expect(stdout).toContain("penalised: Mexico approves the action or asks for it");
    expect(stdout).toContain("analyst, inference:");
    expect(stdout).toContain("rated for these states: mexican-consent is 'cooperation-no-troops'");
    expect(stdout).toContain("Tom Homan advocates:");
    expect(stdout).toContain("[bi-2025]");
    expect(stdout.split("\n")[1]).toBe(
      "  Under: method wsm; states as documented; default weights; risks beside the score",
    );
    expect(stdout).toMatch(
      /cartel-capability: rating -?\d\.\d \(uncertain -?\d\.\d\.\.-?\d\.\d, on a -5\.\.5 scale\)/,
    );
  });

  it("says under the ranking whether the leader stays first within its ratings' intervals", async () => {
    const catalog = builtinCatalog();
    const leader = compare(catalog).rows[0]!.option;
    const ends = tornadoCompare(catalog, {}, leader).flatMap((b) => [b.low, b.high]);
    const below = ends.filter((e) => e.rank > 1).length;
    const tied = ends.filter((e) => e.rank === 1 && e.tied).length;
    const out = (await cli("compare")).stdout.trimEnd().split("\n");
    const last = out.find((l) => l.startsWith("The lead"))!;
    expect(below).toBeGreaterThan(0);
    // Ends where it falls below first and ends where it only ties are counted apart.
    expect(last).toMatch(
      new RegExp(
        `^The lead is narrow: ${leader} falls below first at ${below} ends? of its ratings' intervals \\(to \\d+ at the (low|high) end of its \\S+ rating\\)${tied > 0 ? ` and ties for first at ${tied} more` : ""};`,
      ),
    );
    // A tie at the top is named.
    const bi = compare(catalog, { perspective: "bi-experts" }).rows.filter((r) => r.rank === 1);
    expect(bi.length).toBeGreaterThan(1);
    expect(
      (await cli("compare", "--perspective", "bi-experts")).stdout
        .split("\n")
        .find((l) => l.startsWith("Tied")),
    ).toBe(
      `Tied at the top: ${bi.map((r) => r.option).join(" = ")}; --samples shows how often each comes first.`,
    );
    // With speed weighed five times the others, no single rating of the leader's moves it from first.
    const fast = compare(catalog, { weights: { speed: 5 } }).rows[0]!.option;
    const held = tornadoCompare(catalog, { weights: { speed: 5 } }, fast).every(
      (b) => b.low.rank === 1 && b.high.rank === 1 && !b.low.tied && !b.high.tied,
    );
    expect(held).toBe(true);
    expect(
      (await cli("compare", "--weight", "speed=5")).stdout.split("\n").find((l) => l.includes("stays first")),
    ).toBe(
      `${fast} stays first at either end of each of its ratings' intervals (the other options' ratings held).`,
    );
    // And whether the other methods agree on the first place.
    const methods = compareMethodsOn(catalog);
    const first = (m: string) => {
      const ranks = methods.results.find((r) => r.method === m)!.ranks;
      return methods.options.filter((_, i) => ranks[i] === 1).join(" = ");
    };
    const differ = ["wpm", "topsis", "vikor", "promethee2"].filter((m) => first(m) !== first("wsm"));
    expect(out.at(-1)).toEqual(
      differ.length === 0
        ? `Every other method puts ${first("wsm")} first too.`
        : expect.stringMatching(
            new RegExp(`^Other methods put first: ${differ.map((m) => `${m} ${first(m)}`).join(", ")}`),
          ),
    );
    expect((await cli("compare", "--format", "csv")).stdout).not.toContain("lead");
  });

  it("says a tie and a background rating once", async () => {
    const tied = compare(builtinCatalog()).rows.find((r) => r.tiedWith.length > 0)!;
    const { stdout } = await cli("compare", "--explain", tied.option);
    expect(stdout.split("\n")[0]).toContain(`rank =${tied.rank} (tied with ${tied.tiedWith.join(", ")})`);
    const background = builtinCatalog().options.flatMap((o) =>
      Object.values(o.ratings).filter((r) => r.basis === "background"),
    ).length;
    expect(background).toBeGreaterThan(0);
    expect((await cli("compare", "--explain", "illicit-finance")).stdout).toMatch(
      /analyst, background: (?!Background)/,
    );
    expect((await cli("compare", "--explain", "illicit-finance")).stdout).not.toContain("Background:");
  });
});

describe("policy-matrix timeline", () => {
  it("prints the ranking at each documented date with what moved, or writes its chart", async () => {
    const text = await cli("timeline");
    expect(text.code).toBe(0);
    const steps = timeline(builtinCatalog());
    expect(text.stdout).toBe(renderTimeline(steps, "text"));
    expect((await cli("timeline", "--format", "csv")).stdout).toBe(renderTimeline(steps, "csv"));
    const held = await cli("timeline", "--set", "aumf=enacted", "--perspective", "heritage");
    expect(held.stdout.split("\n")[0]).toContain(
      "each date's documented states, except aumf=enacted at every date",
    );
    const { written, io } = writing();
    expect(await runCli(["timeline", "--out", "t.vl.json"], io)).toBe(0);
    expect(JSON.parse(written["t.vl.json"]!).$schema).toContain("vega-lite");
    await refused(["timeline", "--preset", "2025-09"], "--preset: 'timeline' does not take it");
    await refused(["timeline", "--out", "t.svg", "--format", "csv"], "--format: not used with --out");
    await refused(["timeline", "--out", "t.png"], "--out: expected a file ending in .svg, .vl.json or .json");
  });
});

describe("policy-matrix disagree", () => {
  it("says where two actors part, and refuses what each actor brings itself", async () => {
    const out = await cli("disagree", "hard-line", "sheinbaum");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      renderDisagreement(disagreement(builtinCatalog(), "hard-line", "sheinbaum"), "text"),
    );
    const opposed = await cli(
      "disagree",
      "heritage",
      "kaine",
      "--set",
      "mexican-consent=opposed",
      "--format",
      "json",
    );
    expect(JSON.parse(opposed.stdout).states["mexican-consent"]).toBe("opposed");
    await refused(["disagree", "heritage"], "disagree: expected two perspectives, got 1");
    await refused(["disagree", "heritage", "nobody"], "b: unknown perspective 'nobody'");
    await refused(
      ["disagree", "heritage", "kaine", "--weight", "speed=2"],
      "--weight: 'disagree' does not take it",
    );
  });
});

describe("policy-matrix discover", () => {
  it("says what would have to be true for a target, reproducibly, with the CLI's one-line errors", async () => {
    const args = [
      "discover",
      "--option",
      "training-fid",
      "--above",
      "sof-raids",
      "--samples",
      "200",
      "--seed",
      "4",
    ];
    const out = await cli(...args, "--pin", "presidential-directive=force-authorized");
    expect(out.code).toBe(0);
    const d = discover(
      builtinCatalog(),
      { kind: "above", option: "training-fid", than: "sof-raids" },
      { pin: { "presidential-directive": "force-authorized" } },
      { samples: 200, seed: 4 },
    );
    expect(out.stdout).toBe(renderDiscovery(d, "text"));
    expect(out.stdout.split("\n")[0]).toBe(
      "What would have to be true for training-fid feasible and above sof-raids: 200 scenarios, seed 4",
    );
    expect((await cli(...args, "--format", "csv")).stdout.split("\n")[0]).toBe("rule,significance");
    const { written, io } = writing();
    expect(await runCli([...args, "--chart", "decisive", "--out", "d.vl.json"], io)).toBe(0);
    expect(JSON.parse(written["d.vl.json"]!).encoding.x.field).toBe("distance");
    expect(await runCli(["disagree", "hard-line", "sheinbaum", "--out", "two.vl.json"], io)).toBe(0);
    expect(JSON.parse(written["two.vl.json"]!).layer).toHaveLength(2);
    await refused([...args, "--out", "d.svg"], "--out: goes with --chart trajectory|decisive|box");
    await refused(
      [...args, "--chart", "pie", "--out", "d.svg"],
      "--chart: expected one of trajectory, decisive, box",
    );
    // Shards from the command line merge into the whole run's output, bit for bit.
    const shards = await Promise.all(
      ["1/3", "2/3", "3/3"].map(async (k, n) => {
        const file = join(dir, `shard-${n}.json`);
        writeFileSync(file, (await cli(...args, "--shard", k)).stdout);
        return file;
      }),
    );
    expect((await cli("merge", shards[2]!, shards[0]!, shards[1]!)).stdout).toBe((await cli(...args)).stdout);
    await refused(["merge", shards[0]!], "shards: scenarios 66 to 199 are missing");
    await refused([...args, "--shard", "0/3"], "--shard: expected i/N with 1 <= i <= N, got '0/3'");
    await refused(["merge"], "merge: expected the shards' files");
    await refused(["discover"], "discover: expected --option OPTION");
    await refused(["discover", "--option", "nope"], "target.option: unknown option 'nope'");
    await refused(
      ["discover", "--option", "sof-raids", "--top", "2", "--above", "x"],
      "--above: not with --top",
    );
    await refused(
      ["discover", "--option", "sof-raids", "--set", "aumf=enacted"],
      "--set: 'discover' does not take it",
    );
    await refused(
      ["discover", "--option", "sof-raids", "--pin", "aumf=x"],
      "space.pin.aumf: 'x' is not a state of 'aumf'",
    );
  });

  it("takes the space from flags: weights around a perspective or within bounds, ratings, beliefs, methods", async () => {
    const target = { kind: "first", option: "intelligence-sharing" } as const;
    const base = ["discover", "--option", "intelligence-sharing", "--samples", "120", "--seed", "2"];
    const same = async (flags: string[], space: object, assumptions: object = {}) => {
      const out = await cli(...base, ...flags);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toBe(
        renderDiscovery(
          discover(builtinCatalog(), target, space, { samples: 120, seed: 2 }, assumptions),
          "text",
        ),
      );
      return out.stdout;
    };
    const around = await same(["--weights", "around", "--spread", "0.3", "--around", "heritage"], {
      weights: { kind: "around", spread: 0.3, perspective: "heritage" },
    });
    expect(around).toContain("weights within ±30% of heritage's values");
    await same(["--weights", "intervals", "--bound", "speed=0.2..0.5", "--bound", "drug-flow=0..0.1"], {
      weights: { kind: "intervals", bounds: { speed: [0.2, 0.5], "drug-flow": [0, 0.1] } },
    });
    const drawn = await same(
      [
        "--ratings",
        "sampled",
        "--beliefs",
        "heritage,bi-experts",
        "--method",
        "wsm,topsis",
        "--pin",
        "aumf=enacted",
      ],
      {
        pin: { aumf: "enacted" },
        ratings: "sampled",
        perspectives: ["heritage", "bi-experts"],
        methods: ["wsm", "topsis"],
      },
    );
    expect(drawn).toContain("beliefs of heritage, bi-experts; methods wsm, topsis");
    await same(["--weights", "fixed", "--method", "topsis"], { weights: "fixed" }, { method: "topsis" });
    const { written, io } = writing();
    expect(await runCli([...base, "--chart", "box", "--out", "b.vl.json"], io)).toBe(0);
    expect(JSON.parse(written["b.vl.json"]!).title.text).toBe(
      "The box where intelligence-sharing first: its limits",
    );
    await refused([...base, "--spread", "0.3"], "--spread: goes with --weights around");
    await refused([...base, "--weights", "around"], "--weights around: needs --spread S");
    await refused(
      [...base, "--weights", "around", "--spread", "2"],
      "--spread: expected a share from 0 to 1",
    );
    await refused([...base, "--bound", "speed=0..1"], "--bound: goes with --weights intervals");
    await refused(
      [...base, "--weights", "intervals", "--bound", "speed=0.5"],
      "--bound speed: expected LOW..HIGH like 0.1..0.3, got '0.5'",
    );
    await refused(
      [...base, "--weights", "intervals", "--bound", "pace=0..0.5"],
      "space.weights.bounds.pace: unknown criterion 'pace'",
    );
    await refused([...base, "--ratings", "some"], "--ratings: expected one of fixed, sampled");
    await refused(
      [...base, "--beliefs", "heritage", "--perspective", "dea-maltz"],
      "--beliefs: not with --perspective",
    );
    await refused([...base, "--beliefs", "nobody"], "space.perspectives[0]: unknown perspective 'nobody'");
    await refused([...base, "--method", "wsm,electre"], "space.methods[1]: unknown method 'electre'");
  });
});

describe("policy-matrix brief", () => {
  it("writes the brief of a scenario as one HTML page, and refuses what it cannot do in one line", async () => {
    const { written, io } = writing();
    const args = [
      "brief",
      "--preset",
      "2025-08",
      "--perspective",
      "dea-maltz",
      "--samples",
      "500",
      "--seed",
      "3",
    ];
    expect(await runCli([...args, "--out", "b.html"], io)).toBe(0);
    expect(written["b.html"]).toBe(
      await brief(
        builtinCatalog(),
        { preset: "2025-08", perspective: "dea-maltz" },
        { samples: 500, seed: 3 },
      ),
    );
    await refused(["brief"], "brief: expected --out FILE.html or FILE.pdf");
    await refused(["brief", "--out", "b.docx"], "--out b.docx: expected a file ending in .html or .pdf");
    await refused(["brief", "--out", "b.html", "--paper", "a4"], "--paper: goes with --out FILE.pdf");
    await refused(["brief", "--out", "b.pdf", "--paper", "a3"], "--paper: expected one of a4, letter");
    await refused(
      ["brief", "--out", "b.html", "--samples", "5"],
      "--samples: expected a whole number from 100",
    );
    await refused(["brief", "--out", "b.html", "--option", "x"], "--option: 'brief' does not take it");
  });
});

describe("policy-matrix catalog", () => {
  it("prints the whole catalog as JSON, quotes included", async () => {
    const json = JSON.parse((await cli("catalog", "--format", "json")).stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(builtinCatalog())));
  });
  it("prints it as markdown for people", async () => {
    const { stdout } = await cli("catalog");
    expect(stdout).toContain("# U.S. options against Mexican drug cartels");
    expect(stdout).toContain("### Training and foreign internal defense (`training-fid`)");
    expect(stdout).toContain("> “I would argue that the best thing");
  });
  it("loads a catalog of one's own", async () => {
    const own = file("own.json", JSON.stringify(builtinCatalog()));
    expect((await cli("compare", "--catalog", own)).code).toBe(0);
  });
});

describe.runIf(existsSync(seeds))("policy-matrix verify", () => {
  it("checks every quote against the sources' texts: exit 0 and a count when all are verbatim", async () => {
    const out = await cli("verify", "--sources", seeds);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toMatch(/^(\d+) of \1 quotes verbatim in their sources\n$/);
  });

  it("exits 1 with one line per miss, naming the place and the closest passage", async () => {
    const altered = tempDir("pm-seeds-");
    for (const name of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, name), "utf8");
      writeFileSync(join(altered, name), text.replace("rampant corruption", "widespread corruption"));
    }
    const out = await cli("verify", "--sources", altered);
    expect(out.code).toBe(1);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(
        /^\S+ \[bi-2025\]: "However, Livermore said rampant corruption.*": not found; closest: ".*widespread corruption/,
      );
    }
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
      "policy-matrix: --weight speed: expected a decimal number like 2 or 0.5, got 'fast'",
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
    [
      ["compare", "--sampels", "5"],
      "policy-matrix: unknown flag '--sampels', did you mean --samples? (see 'policy-matrix help')",
    ],
    [["launch"], "policy-matrix: unknown command 'launch'"],
    [["verify"], "policy-matrix: verify: expected --sources DIR, the folder with the sources' texts"],
    [["verify", "--sources", join(dir, "nowhere")], "policy-matrix: --sources (source 'milley-2023')"],
  ])("%j", async (args, expected) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().includes("\n")).toBe(false);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("scenarios, presets, perspectives, diff and schema", () => {
  const yaml = file(
    "s.yaml",
    "preset: 2025-09\npreconditions:\n  mexican-consent: joint-approval\n  aumf: enacted\nweights:\n  legal-exposure: 2\n",
  );
  const plain = file("plain.json", JSON.stringify({ preset: "2025-09" }));

  it("reads a YAML scenario file, flags overriding it", async () => {
    const out = await cli("compare", "--scenario", yaml, "--set", "aumf=introduced", "--format", "json");
    expect(out.stderr).toBe("");
    const json = JSON.parse(out.stdout);
    expect(json.assumptions.preset).toBe("2025-09");
    expect(json.assumptions.preconditions).toMatchObject({
      "mexican-consent": "joint-approval",
      aumf: "introduced",
    });
    expect(json.assumptions.weights["legal-exposure"]).toBe(2);
  });

  it("starts from a preset and a perspective", async () => {
    const out = await cli("compare", "--preset", "2023-03", "--perspective", "milley");
    expect(out.stdout.split("\n")[0]).toContain("preset 2023-03, perspective milley (values and beliefs;");
    expect(out.stdout).toContain("fto-designation=not-designated");
  });

  it("takes a perspective's values or beliefs alone, and the conditions it argues for", async () => {
    const values = await cli("compare", "--perspective", "milley", "--perspective-use", "values");
    expect(values.stdout.split("\n")[0]).toContain("perspective milley (values only)");
    const argued = await cli(
      "compare",
      "--perspective",
      "milley",
      "--perspective-conditions",
      "--format",
      "json",
    );
    const json = JSON.parse(argued.stdout);
    expect(json.assumptions.preconditions["mexican-consent"]).toBe("express-request");
    expect(json.perspective).toMatchObject({ id: "milley", use: "values-and-beliefs", conditions: true });
  });

  it("compares every perspective at once", async () => {
    const out = await cli("compare", "--perspective", "all", "--format", "csv");
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "perspective,actor,values only,beliefs only,values and beliefs,2nd,3rd,in its conditions",
    );
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(
      builtinCatalog().perspectives.map((p) => p.id),
    );
  });

  it("diffs two scenario files", async () => {
    const text = await cli("diff", plain, yaml);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("preconditions.mexican-consent  cooperation-no-troops  joint-approval");
    expect(text.stdout).toMatch(/sof-raids\s+15 -> 15/);
    const authorized = file(
      "authorized.json",
      JSON.stringify({
        preset: "2025-09",
        preconditions: { "presidential-directive": "force-authorized", "mexican-consent": "joint-approval" },
      }),
    );
    const json = JSON.parse((await cli("diff", plain, authorized, "--format", "json")).stdout);
    expect(json.becameFeasible).toContain("joint-operations");
    expect((await cli("diff", plain, plain)).stdout).toBe(
      `top option unchanged: ${compare(builtinCatalog()).rows[0]!.option}\nno assumption differs\nno option moved\n`,
    );
  });

  it("prints the JSON Schema of scenario files", async () => {
    const schema = JSON.parse((await cli("schema")).stdout);
    // The built-in catalog's ids are in it, so an editor completes them and flags a typo.
    expect(schema.properties.preconditions.properties["mexican-consent"].enum).toContain("opposed");
    expect(schema.properties.weights.additionalProperties).toBe(false);
    expect(schema.$schema).toContain("json-schema.org");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["preset", "perspective", "preconditions", "weights", "ratings", "method"]),
    );
  });

  it.each([
    [["compare", "--scenario", file("bad.yaml", "preset: [unclosed\n")], "malformed YAML"],
    [["compare", "--scenario", file("list.json", "[1, 2]")], "expected an object of assumptions"],
    [["compare", "--preset", "1999-12"], "policy-matrix: assumptions.preset: unknown preset '1999-12'"],
    [
      ["compare", "--perspective", "trump"],
      "policy-matrix: assumptions.perspective: unknown perspective 'trump'",
    ],
    [
      ["compare", "--perspective-use", "values"],
      "policy-matrix: --perspective-use: applies to one perspective, given with --perspective NAME",
    ],
    [
      ["compare", "--perspective", "all", "--perspective-conditions"],
      "policy-matrix: --perspective-conditions: not used with --perspective all",
    ],
    [
      ["compare", "--perspective", "kaine", "--perspective-use", "hopes"],
      "policy-matrix: --perspective-use: expected one of values-and-beliefs, values, beliefs, got 'hopes'",
    ],
    [
      ["compare", "--perspective", "kaine", "--perspective-conditions"],
      "policy-matrix: assumptions.perspective.conditions: perspective 'kaine' argues for no precondition states",
    ],
    [
      ["compare", "--perspective", "all", "--weight", "speed=2"],
      "policy-matrix: --weight: not used with --perspective all",
    ],
    [["diff", plain], "policy-matrix: diff: expected two scenario files, got 1"],
  ])("rejects %j in one line", async (args, message) => {
    const out = await cli(...args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().includes("\n")).toBe(false);
  });
});

describe("SMAA from the command line", () => {
  it("prints rank acceptability, the same for any number of workers", async () => {
    const one = await cli("compare", "--samples", "20000", "--seed", "3", "--format", "json");
    expect(one.code).toBe(0);
    const json = JSON.parse(one.stdout);
    expect(json.options).toHaveLength(builtinCatalog().options.length);
    expect(json.acceptability[0]).toHaveLength(builtinCatalog().options.length);
    const two = await cli(
      "compare",
      "--samples",
      "20000",
      "--seed",
      "3",
      "--workers",
      "2",
      "--format",
      "json",
    );
    expect(two.stdout).toBe(one.stdout);
    const text = await cli("compare", "--samples", "5000", "--preset", "2025-08");
    expect(text.stdout.split("\n")[0]).toMatch(
      /^SMAA: 5000 samples, seed 0, weights sampled uniformly, ratings sampled within their intervals; largest standard error of a share 0\.\d{4}$/,
    );
    expect(text.stdout).toMatch(/confidence\s+first-place samples/);
    // More workers than cores: the run uses the cores, and the text says so.
    const many = await cli("compare", "--samples", "2000", "--workers", "256");
    expect(many.stdout.trimEnd().split("\n").at(-1)).toBe(
      `--workers 256: ran on at most ${availableParallelism()} threads, this machine's cores (the result is the same for any number).`,
    );
    expect(text.stdout).not.toContain("--workers");
  });

  it("says what varies with --vary, and asks when the scenario has weights of its own", async () => {
    const held = await cli("compare", "--samples", "2000", "--perspective", "kaine", "--vary", "ratings");
    expect(held.stdout.split("\n")[0]).toMatch(
      /^SMAA: 2000 samples, seed 0, weights held at the scenario's, ratings sampled within their intervals;/,
    );
    const weightsOnly = await cli("compare", "--samples", "2000", "--vary", "weights");
    expect(weightsOnly.stdout.split("\n")[0]).toMatch(/weights sampled uniformly, ratings held;/);
    expect(held.stdout.split("\n")[1]).toMatch(
      /^Under: method wsm; perspective kaine \(values and beliefs\);/,
    );
    expect(held.stdout).toMatch(/\nconfidence: the share of rating samples in which the option ranks first/);
    await refused(
      ["compare", "--samples", "2000", "--weight", "speed=3"],
      "--samples: assumptions.weights sets weights, which sampling every weight would not use: add --vary ratings to hold them (only ratings vary), or --vary both to sample every weight",
    );
    await refused(
      ["compare", "--samples", "200", "--vary", "some"],
      "--vary: expected one of both, ratings, weights, got 'some'",
    );
    await refused(
      ["compare", "--vary", "both"],
      "--vary: not used in a plain comparison (it goes with --samples)",
    );
  });

  it("shows progress only where someone watches", async () => {
    const seen: number[] = [];
    const code = await runCli(["compare", "--samples", "40000"], {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => "",
      progress: (done) => void seen.push(done),
    });
    expect(code).toBe(0);
    expect(seen.at(-1)).toBe(40000);
  });

  it.each([
    [
      ["compare", "--samples", "0"],
      "policy-matrix: --samples: expected a whole number from 1 to 10000000000 in decimal digits, got '0'",
    ],
    [["compare", "--samples", "100", "--seed", "x"], "policy-matrix: --seed: expected a whole number"],
    [
      ["compare", "--samples", "100", "--workers", "0"],
      "policy-matrix: --workers: expected a whole number from 1 to 256 in decimal digits, got '0'",
    ],
  ])("rejects %j", async (args, message) => {
    const out = await cli(...args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
  });
});

describe("analyses and charts from the command line", () => {
  it("prints the method comparison, the stability intervals and a tornado", async () => {
    const methods = await cli("compare", "--methods");
    expect(methods.stdout.split("\n")[0]).toMatch(
      /^option\s+wsm\s+wpm\s+topsis\s+vikor\s+promethee2\s+consensus$/,
    );
    expect(methods.stdout).toMatch(/wsm \/ topsis\s+\d\.\d{3}\s+\d\.\d{3}/);
    const stability = JSON.parse((await cli("compare", "--stability", "--format", "json")).stdout);
    expect(stability).toHaveLength(builtinCatalog().criteria.length);
    // Ties in the default ranking part as soon as a weight moves: the text says why, naming them.
    const tied = compare(builtinCatalog()).rows.find((r) => r.tiedWith.length > 0)!;
    const note = (await cli("compare", "--stability")).stdout.trimEnd().split("\n").at(-1)!;
    expect(note).toMatch(/^Where the ranking holds at one weight only, options tied now part/);
    expect(note).toContain(tied.option);
    expect((await cli("compare", "--stability", "--format", "csv")).stdout).not.toContain("Where");
    const tornado = await cli("compare", "--tornado", "sof-raids", "--format", "csv");
    expect(tornado.stdout.split("\n")[0]).toBe(
      "criterion,rating low,score,rank,rating high,score,rank,swing",
    );
  });

  it("writes charts as SVG or as Vega-Lite specs", async () => {
    const written: Record<string, string> = {};
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void (written.stderr = t),
      readFile: (p: string) => readFileSync(p, "utf8"),
      writeFile: (p: string, t: string) => void (written[p] = t),
    };
    expect(await runCli(["compare", "--chart", "ladder", "--out", "ladder.svg"], io)).toBe(0);
    expect(written["ladder.svg"]!.startsWith("<svg")).toBe(true);
    expect(
      await runCli(["compare", "--chart", "acceptability", "--samples", "3000", "--out", "a.vl.json"], io),
    ).toBe(0);
    expect(JSON.parse(written["a.vl.json"]!).$schema).toContain("vega-lite");
    expect(
      await runCli(["compare", "--chart", "tornado", "--option", "training-fid", "--out", "t.vl.json"], io),
    ).toBe(0);
    expect(JSON.parse(written["t.vl.json"]!).title.text).toContain("training-fid");
  });

  it.each([
    [
      ["compare", "--chart", "pie", "--out", "x.svg"],
      "policy-matrix: --chart: expected one of heatmap, contributions, acceptability, stability, tornado, ladder, got 'pie'",
    ],
    [
      ["compare", "--chart", "ladder"],
      "policy-matrix: --chart: needs --out FILE, ending in .svg, .vl.json or .json",
    ],
    [
      ["compare", "--chart", "ladder", "--out", "x.png"],
      "policy-matrix: --out: expected a file ending in .svg, .vl.json or .json",
    ],
    [["compare", "--tornado", "nope"], "policy-matrix: --tornado: unknown option 'nope'"],
  ])("rejects %j", async (args, message) => {
    const out = await cli(...args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
  });
});

describe("help and version", () => {
  it("prints usage", async () => {
    expect((await cli("help")).stdout).toContain("policy-matrix compare [options]");
    expect((await cli("--help")).code).toBe(0);
    expect((await cli("--version")).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("nothing silent: every misuse refused in one line, exit 2, nothing on stdout", () => {
  it("hands a scenario file's maps to the library's validation, so a malformed one is refused, not dropped", async () => {
    for (const [name, text, path] of [
      ["heavy.yaml", "weights: heavy\n", "assumptions.weights"],
      ["five.yaml", "weights: 5\n", "assumptions.weights"],
      ["typo.yaml", "weights:\n  legal-exposure:2\n", "assumptions.weights"],
      ["null.json", '{"weights": null}', "assumptions.weights"],
      ["list.json", '{"preconditions": []}', "assumptions.preconditions"],
    ] as const) {
      const scenario = file(name, text);
      // The error names the file, then the place in it.
      await refused(["compare", "--scenario", scenario], `policy-matrix: --scenario ${scenario}: ${path}: `);
      // ... with flags that add to the same map, too
      await refused(
        ["compare", "--scenario", scenario, "--weight", "speed=2", "--set", "aumf=enacted"],
        path,
      );
    }
  });

  it("names the file of a scenario's bad content, the line of malformed JSON, and takes negative values", async () => {
    const a = file("a.json", '{"preset": "2025-09"}');
    const bad = file("bad.json", '{"preconditions": {"mexican-consent": "oposed"}}');
    await refused(
      ["diff", a, bad],
      `policy-matrix: ${bad}: assumptions.preconditions.mexican-consent: 'oposed'`,
    );
    await refused(
      ["compare", "--scenario", file("comma.json", '{\n  "preset": "2025-09",\n}')],
      "malformed JSON: Expected double-quoted property name at line 3, column 1",
    );
    expect((await cli("compare", "--samples", "100", "--seed", "-1")).stdout).toMatch(
      /^SMAA: 100 samples, seed -1,/,
    );
    await refused(
      ["compare", "-perspective", "kaine"],
      "-perspective: long flags take two dashes (--perspective)",
    );
    await refused(
      ["compare", "--method", "topsys"],
      'assumptions.method: expected one of "wsm"|"wpm"|"topsis"|"vikor"|"promethee2", got "topsys"',
    );
  });

  it("refuses what diff would ignore: a third scenario, or every perspective", async () => {
    const a = file("a.json", '{"preset": "2025-09"}');
    await refused(["diff", a, a, "--scenario", a], "--scenario: 'diff' does not take it");
    await refused(["diff", a, a, "--perspective", "all"], "--perspective all: not with diff");
  });

  it("says why an excluded option cannot be explained", async () => {
    await refused(
      ["compare", "--infeasible", "exclude", "--explain", "sof-raids"],
      "--explain: 'sof-raids' is blocked, and --infeasible exclude leaves it out; use --infeasible rank-last to explain it",
    );
  });

  it("refuses a flag the command or the mode does not use, naming it", async () => {
    await refused(
      ["compare", "--seed", "3"],
      "--seed: not used in a plain comparison (it goes with --samples)",
    );
    await refused(["compare", "--workers", "2"], "--workers: not used in a plain comparison");
    await refused(
      ["compare", "--out", "x.svg"],
      "--out: not used in a plain comparison (it goes with --chart, or with --format xlsx)",
    );
    await refused(["compare", "--explain", "sof-raids", "--samples", "10"], "--samples: not with --explain");
    await refused(
      ["compare", "--perspective", "all", "--explain", "sof-raids"],
      "--explain: not with --perspective all",
    );
    await refused(["compare", "--methods", "--stability"], "--stability: not with --methods");
    await refused(
      ["compare", "--explain", "sof-raids", "--format", "json"],
      "--format: not used with --explain",
    );
    await refused(
      ["compare", "--chart", "heatmap", "--out", "x.svg", "--seed", "1"],
      "--seed: not used with --chart",
    );
    await refused(
      ["compare", "--chart", "heatmap", "--out", "x.svg", "--option", "x"],
      "--option: not used with --chart",
    );
    await refused(["catalog", "--seed", "1"], "--seed: 'catalog' does not take it");
    await refused(["schema", "--format", "json"], "--format: 'schema' does not take it");
    await refused(["verify", "--format", "json"], "--format: 'verify' does not take it");
    await refused(["--format", "json", "compare"], "expected a command first");
  });

  it("refuses a single-valued flag given twice, and a name given twice to a repeatable one", async () => {
    await refused(["compare", "--format", "json", "--format", "csv"], "--format: given twice");
    await refused(
      ["compare", "--set", "aumf=enacted", "--set", "aumf=not-enacted"],
      "--set aumf: given twice",
    );
    await refused(
      ["compare", "--scenario", "a.yaml", "--assumptions", "b.yaml"],
      "--assumptions: the same as --scenario",
    );
  });

  it("takes numbers in decimal only", async () => {
    await refused(["compare", "--samples", "100", "--seed", "0x10"], "--seed: expected a whole number");
    await refused(["compare", "--samples", "1e3"], "--samples: expected a whole number");
    await refused(["compare", "--samples", ""], "--samples: expected a whole number");
    await refused(["compare", "--weight", "speed=1e3"], "--weight speed: expected a decimal number");
    await refused(["compare", "--weight", "speed="], "--weight speed: expected a decimal number");
    expect((await cli("compare", "--weight", "speed=0.5", "--format", "csv")).code).toBe(0);
  });

  it("refuses JSON with a key given twice, as YAML does", async () => {
    const twice = file("twice.json", '{"weights": {"speed": 1, "speed": 2}}');
    await refused(["compare", "--scenario", twice], "assumptions.weights.speed: this key is given twice");
    const catalog = file("twice-catalog.json", '{"id": "a", "id": "b"}');
    await refused(["compare", "--catalog", catalog], "catalog.id: this key is given twice");
  });

  it("says in one line why a chart cannot be written", async () => {
    await refused(
      ["compare", "--chart", "heatmap", "--out", join(dir, "missing", "x.vl.json")],
      "cannot write the file (ENOENT)",
    );
    const folder = join(dir, "folder.vl.json");
    mkdirSync(folder, { recursive: true });
    await refused(["compare", "--chart", "heatmap", "--out", folder], "cannot write the file (EISDIR)");
  });

  it("keeps stderr to one line whatever the input", async () => {
    await refused(["compare", "--explain", "a\nb\nc"], "unknown option 'a\\nb\\nc'");
    await refused(["compare", "--explain", "x".repeat(2000)], "…");
  });
});
