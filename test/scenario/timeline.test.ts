import { test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  diff,
  either,
  renderSvg,
  renderTimeline,
  timeline,
  timelineSpec,
  timelineTable,
} from "../../src/index";
import { assumptionsFor } from "../../src/testing/index";

const catalog = builtinCatalog();
const byDate = [...catalog.presets].sort((a, b) => a.date.localeCompare(b.date));

describe("timeline", () => {
  it("compares under each preset in date order, and ties each move to the preset's quote", () => {
    const steps = timeline(catalog);
    expect(steps.map((s) => s.preset)).toEqual(byDate.map((p) => p.id));
    steps.forEach((s, k) => {
      expect(s.comparison).toEqual(compare(catalog, { preset: s.preset }));
      expect(s.top).toEqual(s.comparison.rows.filter((r) => r.rank === 1).map((r) => r.option));
      if (k === 0) {
        expect([s.moved, s.change]).toEqual([[], undefined]);
        return;
      }
      const before = steps[k - 1]!.comparison.assumptions.preconditions;
      const now = s.comparison.assumptions.preconditions;
      expect(s.moved.map((m) => m.precondition).sort()).toEqual(
        Object.keys(now)
          .filter((id) => now[id] !== before[id])
          .sort(),
      );
      for (const m of s.moved) {
        const documented = byDate[k]!.states[m.precondition]!;
        expect(m).toEqual({
          precondition: m.precondition,
          from: before[m.precondition],
          to: documented.state,
          rationale: documented.rationale,
          evidence: documented.evidence,
        });
      }
      expect(s.change).toEqual(diff(steps[k - 1]!.comparison, s.comparison));
    });
    // The documents' own story: the designation moves in January 2025, the directive (options, not
    // force) in August.
    const moved = (preset: string) =>
      steps.find((s) => s.preset === preset)!.moved.map((m) => m.precondition);
    expect(moved("2025-01")).toContain("fto-designation");
    expect(steps.find((s) => s.preset === "2025-08")!.moved).toContainEqual(
      expect.objectContaining({ precondition: "presidential-directive", to: "options-ordered" }),
    );
  });

  test.prop([assumptionsFor(catalog, { startingPoints: false, methods: true })], { numRuns: 25 })(
    "holds every other assumption: a state you set never moves, and each step is compare under its preset",
    (a) => {
      const pinned = Object.fromEntries(Object.entries(a.preconditions ?? {}).slice(0, 2));
      const held = { ...a, preconditions: pinned };
      const steps = timeline(catalog, held);
      for (const s of steps) {
        expect(s.comparison).toEqual(compare(catalog, { ...held, preset: s.preset }));
        for (const id of Object.keys(pinned)) expect(s.moved.map((m) => m.precondition)).not.toContain(id);
        expect(s.held).toEqual(steps[0]!.held);
        // What is held against a preset is held at every date.
        for (const [id, state] of Object.entries(s.held)) {
          expect(s.comparison.assumptions.preconditions[id]).toBe(state);
        }
      }
      for (const id of Object.keys(pinned)) {
        if (byDate.some((p) => p.states[id]?.state !== pinned[id]))
          expect(steps[0]!.held[id]).toBe(pinned[id]);
      }
    },
  );

  it("refuses a preset (it takes each in turn), a catalog without presets, and bad arguments, as Lefts", () => {
    const preset = either.timeline(catalog, { preset: "2025-09" });
    expect(E.isLeft(preset) && preset.left.message).toBe(
      "assumptions.preset: the timeline takes every preset in turn, so this would be ignored; leave it out",
    );
    const none = either.timeline({ ...catalog, presets: [] });
    expect(E.isLeft(none) && none.left.message).toBe(
      "catalog.presets: the catalog has no presets, so there is no timeline to draw",
    );
    expect(E.isLeft(either.timeline(null as never))).toBe(true);
    expect(E.isLeft(either.timeline(catalog, 5 as never))).toBe(true);
    expect(E.isLeft(either.timeline(catalog, { weights: { speed: -1 } }))).toBe(true);
  });

  it("renders as a table, text with the quotes, CSV, JSON and a chart", async () => {
    const steps = timeline(catalog);
    const table = timelineTable(steps);
    expect(table.rows.map((r) => r[1])).toEqual(byDate.map((p) => p.id));
    const text = renderTimeline(steps, "text");
    expect(text.split("\n")[0]).toBe(
      "Timeline: each preset's documented states in date order. Under: method wsm; each date's documented states; default weights; risks beside the score",
    );
    const quote = steps[2]!.moved[0]!.evidence[0]!.quote;
    expect(text).toContain(`“${quote}”`);
    expect(renderTimeline(steps, "csv").trimEnd().split("\n")).toHaveLength(byDate.length + 1);
    expect(JSON.parse(renderTimeline(steps, "json"))).toHaveLength(byDate.length);
    expect(() => renderTimeline(steps, "html" as never)).toThrow("format: expected one of");
    const spec = timelineSpec(steps);
    const values = (spec.data as { values: { option: string; date: string; label: string }[] }).values;
    expect(values).toHaveLength(byDate.length * catalog.options.length);
    const svg = await renderSvg(spec);
    expect(svg).toContain("2025-09 (2025-09)");
  });
});
