// Who would choose what, and why: each actor's top option by its values alone (its weights on the
// analyst's ratings), by its values and beliefs, and under the conditions it argues for.
import { builtinCatalog, comparePerspectives, renderPerspectives } from "policy-matrix";

const all = comparePerspectives(builtinCatalog());
console.log(renderPerspectives(all, "markdown"));
for (const p of all) {
  const first = (c: (typeof all)[number]["comparison"] | undefined) =>
    c?.rows.find((r) => r.feasible)?.option;
  const byValues = first(p.valuesOnlyWithConditions ?? p.valuesOnly);
  const byBeliefs = first(p.withConditions ?? p.comparison);
  const why = byValues === byBeliefs ? "its values and beliefs agree" : "its beliefs make the difference";
  console.log(`${p.perspective}: ${byBeliefs} (${why}; by values alone: ${byValues})`);
}
