// What if Mexico approves joint action, the President authorizes force and Congress passes an
// AUMF, weighing legality twice as much?
import { builtinCatalog, compare } from "policy-matrix";

const catalog = builtinCatalog();
const today = compare(catalog);
const whatIf = compare(catalog, {
  preconditions: {
    "mexican-consent": "joint-approval",
    "presidential-directive": "force-authorized",
    aumf: "enacted",
  },
  weights: { "legal-exposure": 2 },
});

console.log("option                          today        what-if");
for (const row of whatIf.rows) {
  const before = today.rows.find((r) => r.option === row.option)!;
  const mark = (r: typeof row) => `#${r.rank} ${r.score.toFixed(3)}${r.feasible ? " " : "x"}`;
  console.log(`${row.option.padEnd(30)}  ${mark(before).padEnd(12)} ${mark(row)}`);
}
const joint = whatIf.rows.find((r) => r.option === "joint-operations")!;
console.log(
  `\njoint-operations is ${joint.feasible ? "feasible" : "blocked"} once Mexico approves and force is authorized.`,
);
