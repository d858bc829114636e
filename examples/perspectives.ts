// Who would choose what, and why: each actor's top option by its values alone (its weights on the
// analyst's ratings), by its beliefs alone (its ratings with the default weights) and by both,
// under the conditions it argues for where it argues for any.
import { builtinCatalog, comparePerspectives, renderPerspectives, type Comparison } from "policy-matrix";

const first = (c: Comparison | undefined) => c?.rows.find((r) => r.feasible)?.option;

const all = comparePerspectives(builtinCatalog());
console.log(renderPerspectives(all, "markdown"));
for (const p of all) {
  const parts = p.withConditions ?? p.parts;
  const [values, beliefs, both] = [first(parts.values), first(parts.beliefs), first(parts.both)];
  const why =
    values === both && beliefs === both
      ? "its values and its beliefs each lead there"
      : values === both
        ? "its values lead there"
        : beliefs === both
          ? "its beliefs lead there"
          : "only its values and beliefs together lead there";
  console.log(`${p.perspective}: ${both} (${why}; values alone: ${values}; beliefs alone: ${beliefs})`);
}
