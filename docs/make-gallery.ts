// Writes the README's chart gallery (docs/charts/*.svg) from the built-in catalog.
// Run with `npm run gallery` after a change to the charts or the catalog.
import { writeFileSync } from "node:fs";
import {
  acceptabilitySpec,
  boxSpec,
  builtinCatalog,
  decisiveSpec,
  disagreement,
  disagreementSpec,
  discover,
  compare,
  contributionsSpec,
  heatmapSpec,
  ladderSpec,
  renderSvg,
  smaaCompareSync,
  stabilityCompare,
  stabilitySpec,
  tornadoCompare,
  timeline,
  timelineSpec,
  tornadoSpec,
  trajectorySpec,
} from "../src/index";

const catalog = builtinCatalog();
const today = compare(catalog);
// Any states, any weights: when does intelligence sharing come first?
const strikes = discover(
  catalog,
  { kind: "first", option: "intelligence-sharing" },
  {},
  { samples: 4000, seed: 1 },
);
const charts = {
  heatmap: heatmapSpec(today),
  contributions: contributionsSpec(today),
  acceptability: acceptabilitySpec(smaaCompareSync(catalog, {}, { samples: 100_000, seed: 7 })),
  stability: stabilitySpec(stabilityCompare(catalog), today),
  tornado: tornadoSpec(tornadoCompare(catalog, {}, "sof-raids"), today, "sof-raids"),
  ladder: ladderSpec(today),
  timeline: timelineSpec(timeline(catalog)),
  trajectory: trajectorySpec(strikes),
  box: boxSpec(strikes),
  decisive: decisiveSpec(strikes),
  disagreement: disagreementSpec(disagreement(catalog, "hard-line", "sheinbaum")),
};
for (const [name, spec] of Object.entries(charts)) {
  writeFileSync(new URL(`./charts/${name}.svg`, import.meta.url), await renderSvg(spec));
  console.log(`docs/charts/${name}.svg`);
}
