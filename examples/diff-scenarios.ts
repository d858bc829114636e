// Two scenarios and what moved between them: September 2025 as documented, and the same with
// Mexico's approval, force authorized, an AUMF, and legality weighed twice.
import {
  builtinCatalog,
  compare,
  describeAssumption,
  describeMove,
  diff,
  setPrecondition,
  scaleWeight,
} from "policy-matrix";

const catalog = builtinCatalog();
const today = { preset: "2025-09" };
let whatIf = setPrecondition(today, "mexican-consent", "joint-approval");
whatIf = setPrecondition(whatIf, "presidential-directive", "force-authorized");
whatIf = scaleWeight(catalog, setPrecondition(whatIf, "aumf", "enacted"), "legal-exposure", 2);

const d = diff(compare(catalog, today), compare(catalog, whatIf));
console.log("assumptions changed:");
for (const c of d.assumptions) {
  console.log(`  ${c.path}: ${describeAssumption(c.path, c.from)} -> ${describeAssumption(c.path, c.to)}`);
}
console.log(`became feasible: ${d.becameFeasible.join(", ") || "none"}`);
console.log("what moved (blocked and unblocked first, then by rank):");
for (const m of d.moves.slice(0, 6)) {
  const delta = `${m.score.delta >= 0 ? "+" : ""}${m.score.delta.toFixed(3)}`;
  console.log(`  ${m.option}: #${m.rank.from} -> #${m.rank.to} (${delta}; ${describeMove(m)})`);
}
