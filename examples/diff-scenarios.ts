// Two scenarios and what moved between them: September 2025 as documented, and the same with
// Mexico's approval, force authorized, an AUMF, and legality weighed twice.
import { builtinCatalog, compare, diff, setPrecondition, scaleWeight } from "policy-matrix";

const catalog = builtinCatalog();
const today = { preset: "2025-09" };
let whatIf = setPrecondition(today, "mexican-consent", "joint-approval");
whatIf = setPrecondition(whatIf, "presidential-directive", "force-authorized");
whatIf = scaleWeight(catalog, setPrecondition(whatIf, "aumf", "enacted"), "legal-exposure", 2);

const d = diff(compare(catalog, today), compare(catalog, whatIf));
console.log("assumptions changed:");
for (const c of d.assumptions) console.log(`  ${c.path}: ${String(c.from)} -> ${String(c.to)}`);
console.log(`became feasible: ${d.becameFeasible.join(", ") || "none"}`);
console.log("largest moves:");
for (const m of d.moves.slice(0, 5)) {
  const why = m.drivers
    .slice(0, 2)
    .map((x) => `${x.criterion} ${x.delta >= 0 ? "+" : ""}${x.delta.toFixed(3)}`);
  console.log(
    `  ${m.option}: #${m.rank.from} -> #${m.rank.to} (${m.score.delta >= 0 ? "+" : ""}${m.score.delta.toFixed(3)}; ${why.join(", ")})`,
  );
}
