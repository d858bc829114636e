// The sheets of the world options depend on (preconditions, their states, what is documented),
// risks (exposures, modifiers), presets and omissions.
import { byId, type CatalogReader, type Json } from "./read-catalog";
import type { Row } from "./table";

export const preconditions = (r: CatalogReader): Json[] => {
  const list: Json[] = r.sheet("preconditions").map((row, i) => {
    const p = `catalog.preconditions[${i}]`;
    r.place(p, row.at);
    r.place(`${p}.states`, row.at);
    r.place(`${p}.documented`, row.at);
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      description: r.text(row, "description", `${p}.description`),
      states: [],
      documented: [],
    };
  });
  r.attach("states", "precondition", list, "catalog.preconditions", "states", (row, p) => {
    const description = r.text(row, "description", `${p}.description`, false);
    return {
      id: r.text(row, "id", `${p}.id`),
      label: r.text(row, "label", `${p}.label`),
      ...(description !== undefined && { description }),
    };
  });
  r.attach("documented", "precondition", list, "catalog.preconditions", "documented", (row, p) => ({
    source: r.text(row, "documented in", `${p}.source`),
    date: r.text(row, "date", `${p}.date`),
    state: r.text(row, "state", `${p}.state`),
    rationale: r.text(row, "rationale", `${p}.rationale`),
    evidence: r.evidence(row, p),
  }));
  return list;
};

export const risks = (r: CatalogReader): Json[] => {
  const list: Json[] = r.sheet("risks").map((row, i) => {
    const p = `catalog.risks[${i}]`;
    r.place(p, row.at);
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      description: r.text(row, "description", `${p}.description`),
      evidence: r.evidence(row, p),
      exposures: [],
      modifiers: [],
    };
  });
  r.attach("exposures", "risk", list, "catalog.risks", "exposures", (row, p) => ({
    option: r.text(row, "option", `${p}.option`),
    likelihood: r.number(row, "likelihood", `${p}.likelihood`, true, "a likelihood from 0 to 1"),
    severity: r.number(row, "severity", `${p}.severity`, true, "a severity from 1 to 5"),
    rationale: r.text(row, "rationale", `${p}.rationale`),
  }));
  r.attach("modifiers", "risk", list, "catalog.risks", "modifiers", (row, p) => {
    const options = r.ids(row, "options", `${p}.options`);
    return {
      when: r.condition(row, "when", `${p}.when`),
      ...(options !== undefined && { options }),
      likelihood: r.number(row, "likelihood", `${p}.likelihood`, true, "a change of likelihood from -1 to 1"),
      rationale: r.text(row, "rationale", `${p}.rationale`),
      evidence: r.evidence(row, p),
    };
  });
  return list;
};

export const presets = (r: CatalogReader): Json[] => {
  const list: Json[] = r.sheet("presets").map((row, i) => {
    const p = `catalog.presets[${i}]`;
    r.place(p, row.at);
    r.place(`${p}.states`, row.at);
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      date: r.text(row, "date", `${p}.date`),
      description: r.text(row, "description", `${p}.description`),
      states: {},
    };
  });
  const ids = byId(list);
  for (const row of r.sheet("preset states")) {
    const i = r.parent(row, "preset", ids, "presets");
    const precondition = r.key(row, "precondition");
    if (i === undefined || precondition === undefined) continue;
    const states = list[i]!.states as Record<string, Json>;
    const p = `catalog.presets[${i}].states.${precondition}`;
    if (precondition in states) {
      r.issue(
        r.cell(row, "precondition").at,
        `'${String(list[i]!.id)}' gives '${precondition}' a state twice`,
      );
      continue;
    }
    r.place(p, r.cell(row, "precondition").at);
    states[precondition] = stateOf(r, row, p);
  }
  return list;
};

/** A state argued for or documented: the state, why, and the quotes. */
export const stateOf = (r: CatalogReader, row: Row, p: string): Json => ({
  state: r.text(row, "state", `${p}.state`),
  rationale: r.text(row, "rationale", `${p}.rationale`),
  evidence: r.evidence(row, p),
});

export const omissions = (r: CatalogReader): Json[] =>
  r.sheet("omissions").map((row, i) => {
    const p = `catalog.omissions[${i}]`;
    r.place(p, row.at);
    return {
      name: r.text(row, "name", `${p}.name`),
      reason: r.text(row, "reason", `${p}.reason`),
      evidence: r.evidence(row, p),
    };
  });
