import { describe, expect, it } from "vitest";
import {
  acceptabilitySpec,
  builtinCatalog,
  chartCaption,
  compare,
  contributionsSpec,
  heatmapSpec,
  ladderSpec,
  renderSvg,
  smaaCompareSync,
  stabilityCompare,
  stabilitySpec,
  tornadoCompare,
  tornadoSpec,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "../../src/index";

const catalog = builtinCatalog();
const comparison = compare(catalog, { preconditions: { "mexican-consent": "opposed" } });
const defaults = compare(catalog);
const raid = defaults.rows.find((r) => r.option === "sof-raids")!;
const specs: Record<string, VegaLiteSpec> = {
  heatmap: heatmapSpec(comparison),
  contributions: contributionsSpec(comparison),
  acceptability: acceptabilitySpec(smaaCompareSync(catalog, {}, { samples: 5000, seed: 1 })),
  stability: stabilitySpec(stabilityCompare(catalog), defaults),
  tornado: tornadoSpec(tornadoCompare(catalog, {}, "sof-raids"), defaults, "sof-raids"),
  ladder: ladderSpec(comparison),
};

/** Tags open and close in order, attributes quoted: enough to catch a broken document. */
const wellFormed = (svg: string): boolean => {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
};

describe("charts", () => {
  it.each(Object.keys(specs))("%s is a Vega-Lite spec that renders to a valid SVG", async (name) => {
    const spec = specs[name]!;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    const svg = await renderSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toMatch(/<text[^>]*>[^<]+<\/text>/);
  });

  it("marks blocked options in the heatmap and the ladder", () => {
    const values = (specs.heatmap!.data as { values: { option: string; feasible: boolean }[] }).values;
    expect(values.filter((v) => !v.feasible).every((v) => v.option.endsWith("(blocked)"))).toBe(true);
    const ladder = (specs.ladder!.data as { values: { label: string; feasible: string }[] }).values;
    expect(ladder.find((v) => v.label === "training-fid (blocked)")!.feasible).toBe("blocked");
  });

  it("gives every chart a caption saying under which assumptions it was drawn, wrapped to fit", () => {
    const lines = (spec: VegaLiteSpec): string[] => {
      const subtitle = (spec.title as { subtitle: string | string[] }).subtitle;
      return Array.isArray(subtitle) ? subtitle : [subtitle];
    };
    const caption = (spec: VegaLiteSpec) => lines(spec).join(" ");
    for (const [name, spec] of Object.entries(specs)) {
      expect([name, lines(spec).every((l) => !l.includes("\n") && l.length <= 100)]).toEqual([name, true]);
      expect(caption(spec)).toMatch(/Under: method wsm; states as documented/);
    }
    expect(caption(specs.heatmap!)).toBe(
      "Under: method wsm; states as documented except mexican-consent=opposed; default weights; risks beside the score",
    );
    const weighted = heatmapSpec(compare(catalog, { weights: { "civilian-harm": 5, speed: 0 } }));
    expect(caption(weighted)).toContain("weights as default except speed=0, civilian-harm=5");
    expect(caption(specs.acceptability!)).toMatch(
      /^5000 samples, seed 1, weights sampled uniformly, ratings sampled in their intervals\. Under: /,
    );
    // A long caption (every state changed) wraps between words into lines of at most 100 characters.
    const states = Object.fromEntries(catalog.preconditions.map((p) => [p.id, p.states.at(-1)!.id]));
    const long = compare(catalog, { preconditions: states, weights: { speed: 2, "civilian-harm": 3 } });
    const spec = heatmapSpec(long);
    expect(lines(spec).length).toBeGreaterThan(1);
    expect(lines(spec).every((l) => l.length <= 100)).toBe(true);
    expect(caption(spec)).toBe(chartCaption(long.assumptions, long.method));
  });

  it("draws the tornado from the option's score, on an axis fitted to the swings", () => {
    const layer = (
      specs.tornado!.layer as { encoding: Record<string, { field?: string; scale?: { domain: number[] } }> }[]
    )[0]!;
    const values = (specs.tornado!.data as { values: { base: number; score: number }[] }).values;
    expect(values.every((v) => v.base === raid.score)).toBe(true);
    const [lo, hi] = layer.encoding.x!.scale!.domain as [number, number];
    const scores = values.map((v) => v.score);
    expect(lo).toBeLessThanOrEqual(Math.min(...scores, raid.score));
    expect(hi).toBeGreaterThanOrEqual(Math.max(...scores, raid.score));
    // Fitted: the swings fill most of the axis (not an axis from 0 with bars at its end).
    expect((Math.max(...scores, raid.score) - Math.min(...scores, raid.score)) / (hi - lo)).toBeGreaterThan(
      0.8,
    );
  });

  it("gives each option of the ladder its own row, lowest rung first", () => {
    const values = (specs.ladder!.data as { values: { label: string; rung: number; order: number }[] })
      .values;
    expect(new Set(values.map((v) => v.label)).size).toBe(values.length);
    const rungs = [...values].sort((a, b) => a.order - b.order).map((v) => v.rung);
    expect([...rungs].sort((a, b) => a - b)).toEqual(rungs);
  });

  it("puts the contributions of the weighted sum on bars that add up to each score", () => {
    const values = (
      specs.contributions!.data as { values: { option: string; contribution: number; score: number }[] }
    ).values;
    const first = values.filter((v) => v.option === comparison.rows[0]!.option);
    expect(first.reduce((s, v) => s + v.contribution, 0)).toBeCloseTo(first[0]!.score, 12);
  });

  it("rejects a spec Vega-Lite cannot render, naming the spec", async () => {
    await expect(renderSvg({ $schema: VEGA_LITE_SCHEMA, mark: "nonsense" } as VegaLiteSpec)).rejects.toThrow(
      /^spec: Vega-Lite could not render the spec/,
    );
  });
});
