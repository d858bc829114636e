// Each preset: the documented state of the world at a source's date, and what ranks first then.
import { builtinCatalog, compare, leastEscalatory } from "policy-matrix";

const catalog = builtinCatalog();
for (const preset of catalog.presets) {
  const result = compare(catalog, { preset: preset.id });
  const feasible = result.rows.filter((r) => r.feasible);
  const blocked = result.rows.filter((r) => !r.feasible).map((r) => r.option);
  const lowest = leastEscalatory(result, { topK: 5 });
  console.log(`${preset.name}`);
  console.log(
    `  states: ${Object.entries(result.assumptions.preconditions)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}`,
  );
  console.log(
    `  top three: ${feasible
      .slice(0, 3)
      .map((r) => r.option)
      .join(", ")}`,
  );
  console.log(`  blocked: ${blocked.join(", ") || "none"}`);
  console.log(
    `  least escalatory of the top five: ${lowest?.option ?? "none"} (rung ${lowest?.escalation ?? "-"})`,
  );
  const evidence = Object.values(preset.states)[0]!.evidence[0]!;
  console.log(`  e.g. "${evidence.quote.slice(0, 80)}..." [${evidence.source}]\n`);
}
