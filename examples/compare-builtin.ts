// The main job: rank the built-in options as the documents left things in September 2025.
import { builtinCatalog, compare } from "policy-matrix";

const result = compare(builtinCatalog());
for (const row of result.rows) {
  const blocked = row.feasible ? "" : `  blocked by: ${row.blockers.map((b) => b.description).join("; ")}`;
  console.log(`${String(row.rank).padStart(2)}. ${row.name.padEnd(50)} ${row.score.toFixed(3)}${blocked}`);
}
