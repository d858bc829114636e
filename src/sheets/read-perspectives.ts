// The perspectives' sheets: each actor, its weights, its beliefs on ratings and on risks, and the
// precondition states it argues for.
import { byId, type CatalogReader, type Json } from "./read-catalog";
import { stateOf } from "./read-world";
import { blank, type Row } from "./table";

export const perspectives = (r: CatalogReader, scales: Map<string, Json>): Json[] => {
  const list: Json[] = r.sheet("perspectives").map((row, i) => {
    const p = `catalog.perspectives[${i}]`;
    r.place(p, row.at);
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      actor: r.text(row, "actor", `${p}.actor`),
      weights: {},
      rationale: r.text(row, "rationale", `${p}.rationale`),
      evidence: r.evidence(row, p),
      beliefs: { ratings: [], risks: [] },
      conditions: {},
    };
  });
  const ids = byId(list);
  const keyed = (
    sheet: string,
    key: string,
    field: "weights" | "conditions",
    read: (row: Row, p: string) => unknown,
  ) => {
    const rows = r.sheet(sheet);
    for (const row of rows) {
      const i = r.parent(row, "perspective", ids, "perspectives");
      const id = r.key(row, key);
      if (i === undefined || id === undefined) continue;
      const record = list[i]![field] as Record<string, unknown>;
      const p = `catalog.perspectives[${i}].${field}.${id}`;
      if (id in record) {
        r.issue(r.cell(row, key).at, `'${String(list[i]!.id)}' gives '${id}' twice`);
        continue;
      }
      r.place(p, r.cell(row, key).at);
      record[id] = read(row, p);
    }
  };
  keyed("weights", "criterion", "weights", (row, p) => r.number(row, "weight", p, true, "a weight >= 0"));
  keyed("conditions", "precondition", "conditions", (row, p) => stateOf(r, row, p));
  for (const sheet of ["beliefs", "risk beliefs"] as const) {
    for (const row of r.sheet(sheet)) {
      const i = r.parent(row, "perspective", ids, "perspectives");
      if (i === undefined) continue;
      const beliefs = (list[i]!.beliefs as Record<"ratings" | "risks", Json[]>)[
        sheet === "beliefs" ? "ratings" : "risks"
      ];
      const p = `catalog.perspectives[${i}].beliefs.${sheet === "beliefs" ? "ratings" : "risks"}[${beliefs.length}]`;
      r.place(p, row.at);
      const when = r.condition(row, "when", `${p}.when`, false);
      if (when === undefined && !blank(r.cell(row, "when").value)) continue;
      const option = r.text(row, "option", `${p}.option`);
      if (sheet === "beliefs") {
        const criterion = r.text(row, "criterion", `${p}.criterion`);
        beliefs.push({
          option,
          criterion,
          ...(when !== undefined && { when }),
          ...r.valued(row, p, criterion === undefined ? undefined : scales.get(criterion)),
          ...r.argued(row, p),
        });
      } else {
        const risk = r.text(row, "risk", `${p}.risk`);
        const likelihood = r.number(row, "likelihood", `${p}.likelihood`, false, "a likelihood from 0 to 1");
        const severity = r.number(row, "severity", `${p}.severity`, false, "a severity from 1 to 5");
        beliefs.push({
          risk,
          option,
          ...(when !== undefined && { when }),
          ...(likelihood !== undefined && { likelihood }),
          ...(severity !== undefined && { severity }),
          ...r.argued(row, p),
        });
      }
    }
  }
  return list;
};
