import { describe, expect, it } from "vitest";
import {
  acceptabilitySpec,
  builtinCatalog,
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
const raid = comparison.rows.find((r) => r.option === "sof-raids")!;
const specs: Record<string, VegaLiteSpec> = {
  heatmap: heatmapSpec(comparison),
  contributions: contributionsSpec(comparison),
  acceptability: acceptabilitySpec(smaaCompareSync(catalog, {}, { samples: 5000, seed: 1 })),
  stability: stabilitySpec(stabilityCompare(catalog)),
  tornado: tornadoSpec(tornadoCompare(catalog, {}, "sof-raids"), "sof-raids", raid.score),
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
    const ladder = (specs.ladder!.data as { values: { option: string; feasible: string }[] }).values;
    expect(ladder.find((v) => v.option === "training-fid")!.feasible).toBe("blocked");
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
