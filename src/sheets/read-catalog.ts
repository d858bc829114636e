// The catalog's own sheets read into its parts: the catalog row, sources, criteria, and options with
// their ratings, stances and requirements. Rows that belong to a thing find it by its id.
import { CellReader, numberIn } from "./cells";
import { README_SHEET, SHEETS, sheetSpec } from "./layout";
import { blank, readRows, type RawTable, type Row } from "./table";

type Json = Record<string, unknown>;

/** The catalog sheet's rows, by their field. */
export const CATALOG_FIELDS = ["id", "name", "version", "description"] as const;

/** Things by id, to attach the rows of other sheets to. */
const byId = (items: readonly Json[]): Map<string, number> => {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.id === "string" && !map.has(item.id)) map.set(item.id, i);
  });
  return map;
};

class CatalogReader extends CellReader {
  private readonly rows = new Map<string, Row[]>();
  readonly labels = new Map<string, string>();

  constructor(tables: readonly RawTable[]) {
    super();
    const seen = new Set<string>();
    for (const t of tables) {
      const label = t.label ?? t.name;
      const name = t.name.trim().toLowerCase();
      if (name === README_SHEET) continue;
      if (!SHEETS.some((s) => s.name === name)) {
        this.issue(label, `unknown sheet '${t.name}' (the sheets: ${SHEETS.map((s) => s.name).join(", ")})`);
        continue;
      }
      if (seen.has(name)) {
        this.issue(label, `a second '${name}' sheet`);
        continue;
      }
      seen.add(name);
      this.labels.set(name, label);
      this.rows.set(name, readRows(sheetSpec(name), t, this.issues));
    }
    for (const s of SHEETS) {
      if (s.required && !seen.has(s.name))
        this.issue(
          s.name,
          `missing sheet '${s.name}' (a catalog needs ${SHEETS.filter((x) => x.required)
            .map((x) => x.name)
            .join(", ")})`,
        );
    }
  }

  sheet(name: string): Row[] {
    return this.rows.get(name) ?? [];
  }

  /** The index of the thing a row refers to by id in `header`, or an issue at that cell. */
  parent(row: Row, header: string, ids: Map<string, number>, sheet: string): number | undefined {
    const id = this.text(row, header, "", true);
    if (id === undefined) return undefined;
    const i = ids.get(id);
    if (i === undefined) {
      const known = [...ids.keys()];
      const list =
        known.length === 0 ? "none there" : known.length <= 12 ? known.join(", ") : `${known.length} there`;
      this.issue(this.cell(row, header).at, `unknown ${header} '${id}' (not on the ${sheet} sheet: ${list})`);
    }
    return i;
  }

  /**
   * Each row of `sheet` added to the `field` list of the thing (of `things`, at `base[i]`) that its
   * `header` column names by id; `read` reads the row at its path in the catalog.
   */
  attach(
    sheet: string,
    header: string,
    things: Json[],
    base: string,
    field: string,
    read: (row: Row, path: string) => Json,
  ): void {
    const ids = byId(things);
    for (const row of this.sheet(sheet)) {
      const i = this.parent(row, header, ids, base.replace(/^catalog\./, ""));
      if (i === undefined) continue;
      const items = things[i]![field] as Json[];
      const p = `${base}[${i}].${field}[${items.length}]`;
      this.place(p, row.at);
      items.push(read(row, p));
    }
  }

  /** A rating's or a belief's value and interval, read with its criterion's scale. */
  valued(row: Row, path: string, scale: { min?: number; max?: number } | undefined): Json {
    const what =
      scale?.min !== undefined && scale.max !== undefined
        ? `a number on the scale ${scale.min}–${scale.max}`
        : "a number";
    // Off the scale is said here, in the same words as a word where a number belongs.
    const onScale = (header: string, path: string, required: boolean) => {
      const x = this.number(row, header, path, required, what);
      const { min, max } = scale ?? {};
      if (x !== undefined && typeof min === "number" && typeof max === "number" && (x < min || x > max)) {
        this.issue(this.cell(row, header).at, `expected ${what}, got ${x}`);
      }
      return x;
    };
    const value = onScale("value", `${path}.value`, true);
    const low = onScale("low", `${path}.interval[0]`, false);
    const high = onScale("high", `${path}.interval[1]`, false);
    this.place(`${path}.interval`, this.cell(row, "low").at);
    if ((low === undefined) !== (high === undefined)) {
      const missing = low === undefined ? "low" : "high";
      if (blank(this.cell(row, missing).value)) {
        this.issue(this.cell(row, missing).at, `an interval needs both low and high; '${missing}' is empty`);
      }
    }
    return {
      value,
      ...(low !== undefined && high !== undefined && { interval: [low, high] }),
    };
  }

  /** Rationale, basis and quotes, common to ratings and beliefs; a rating not from background needs a quote. */
  argued(row: Row, path: string, rating = false): Json {
    const basis = this.text(row, "basis", `${path}.basis`);
    const evidence = this.evidence(row, path);
    if (rating && evidence.length === 0 && (basis === "documented" || basis === "inference")) {
      this.issue(
        this.cell(row, "quote").at,
        `a rating whose basis is '${basis}' needs the quotes it rests on (or the basis 'background', said in the rationale)`,
      );
    }
    return { rationale: this.text(row, "rationale", `${path}.rationale`), basis, evidence };
  }
}

const catalogSheet = (r: CatalogReader, out: Json): void => {
  const given = new Set<string>();
  for (const row of r.sheet("catalog")) {
    const field = r.text(row, "field", "", true);
    if (field === undefined) continue;
    if (!(CATALOG_FIELDS as readonly string[]).includes(field)) {
      r.issue(r.cell(row, "field").at, `unknown field '${field}' (the fields: ${CATALOG_FIELDS.join(", ")})`);
    } else if (given.has(field)) {
      r.issue(r.cell(row, "field").at, `'${field}' is given twice`);
    } else {
      given.add(field);
      out[field] = r.text(row, "value", `catalog.${field}`, false);
      if (out[field] === undefined) r.issue(r.cell(row, "value").at, `the catalog's ${field} is empty`);
    }
  }
  const missing = CATALOG_FIELDS.filter((f) => !given.has(f));
  if (missing.length > 0 && r.labels.has("catalog")) {
    r.issue(
      r.labels.get("catalog")!,
      `missing the row${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")}`,
    );
  }
};

const sources = (r: CatalogReader): Json[] =>
  r.sheet("sources").map((row, i) => {
    const p = `catalog.sources[${i}]`;
    r.place(p, row.at);
    const authors = r.text(row, "authors", `${p}.authors`, false);
    const dateNote = r.text(row, "date note", `${p}.dateNote`, false);
    const file = r.text(row, "file", `${p}.file`, false);
    return {
      id: r.text(row, "id", `${p}.id`),
      title: r.text(row, "title", `${p}.title`),
      outlet: r.text(row, "outlet", `${p}.outlet`),
      ...(authors !== undefined && {
        authors: authors
          .split(/\r?\n/)
          .map((a) => a.trim())
          .filter((a) => a !== ""),
      }),
      date: r.text(row, "date", `${p}.date`),
      ...(dateNote !== undefined && { dateNote }),
      ...(file !== undefined && { file }),
    };
  });

const criteria = (r: CatalogReader): Json[] =>
  r.sheet("criteria").map((row, i) => {
    const p = `catalog.criteria[${i}]`;
    r.place(p, row.at);
    r.place(`${p}.scale`, r.cell(row, "scale max").at);
    const low = r.text(row, "low end", `${p}.scale.low`, false);
    const high = r.text(row, "high end", `${p}.scale.high`, false);
    const weight = r.number(row, "weight", `${p}.weight`, false, "a weight >= 0");
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      direction: r.text(row, "direction", `${p}.direction`),
      description: r.text(row, "description", `${p}.description`),
      scale: {
        min: r.number(row, "scale min", `${p}.scale.min`),
        max: r.number(row, "scale max", `${p}.scale.max`),
        ...(low !== undefined && { low }),
        ...(high !== undefined && { high }),
      },
      ...(weight !== undefined && { weight }),
    };
  });

const options = (r: CatalogReader, scales: Map<string, Json>): Json[] => {
  const list: Json[] = r.sheet("options").map((row, i) => {
    const p = `catalog.options[${i}]`;
    r.place(p, row.at);
    r.place(`${p}.ratings`, row.at);
    const category = r.text(row, "category", `${p}.category`, false);
    const escalation = r.number(row, "escalation", `${p}.escalation`, false, "a whole number >= 0");
    return {
      id: r.text(row, "id", `${p}.id`),
      name: r.text(row, "name", `${p}.name`),
      ...(category !== undefined && { category }),
      ...(escalation !== undefined && { escalation }),
      description: r.text(row, "description", `${p}.description`),
      requirements: [],
      ratings: {},
      stances: [],
      evidence: r.evidence(row, p),
    };
  });
  const ids = byId(list);
  const usual = new Set<string>();
  for (const row of r.sheet("ratings")) {
    const i = r.parent(row, "option", ids, "options");
    const criterion = r.key(row, "criterion");
    if (i === undefined || criterion === undefined) continue;
    const ratings = list[i]!.ratings as Record<string, Json>;
    const p = `catalog.options[${i}].ratings.${criterion}`;
    r.place(p, r.cell(row, "criterion").at);
    const rating = (ratings[criterion] ??= { cases: [] });
    const cases = rating.cases as Json[];
    const when = r.condition(row, "when", `${p}.cases[${cases.length}].when`, false);
    const scale = scales.get(criterion);
    if (when === undefined && !blank(r.cell(row, "when").value)) continue;
    if (when === undefined) {
      if (usual.has(`${i}/${criterion}`)) {
        r.issue(
          row.at,
          `a second usual rating of '${String(list[i]!.id)}' on '${criterion}' (give a case a condition in 'when')`,
        );
        continue;
      }
      usual.add(`${i}/${criterion}`);
      Object.assign(rating, r.valued(row, p, scale), r.argued(row, p, true), { cases });
    } else {
      const q = `${p}.cases[${cases.length}]`;
      r.place(q, row.at);
      cases.push({ when, ...r.valued(row, q, scale), ...r.argued(row, q, true) });
    }
  }
  for (const [i, option] of list.entries()) {
    for (const [criterion, rating] of Object.entries(option.ratings as Record<string, Json>)) {
      if (rating.value === undefined && !usual.has(`${i}/${criterion}`)) {
        const at = r.places.get(`catalog.options[${i}].ratings.${criterion}`)!;
        r.issue(
          at,
          `'${String(option.id)}' has cases on '${criterion}' but no usual rating (a row with 'when' blank)`,
        );
      }
    }
  }
  r.attach("stances", "option", list, "catalog.options", "stances", (row, p) => {
    const qualifier = r.text(row, "qualifier", `${p}.qualifier`, false);
    return {
      actor: r.text(row, "actor", `${p}.actor`),
      stance: r.text(row, "stance", `${p}.stance`),
      ...(qualifier !== undefined && { qualifier }),
      evidence: r.evidence(row, p),
    };
  });
  r.attach("requirements", "option", list, "catalog.options", "requirements", (row, p) => {
    r.place(`${p}.consequences`, r.cell(row, "worsens").at);
    const penalties = r.list(
      row,
      "worsens",
      `${p}.consequences.penalties`,
      (t) => {
        const m = /^(\S+)\s+by\s+(\S+)$/.exec(t);
        const worsen = m ? numberIn(m[2]!) : undefined;
        return m && worsen !== undefined ? { criterion: m[1]!, worsen } : undefined;
      },
      "criteria and how far each worsens, like 'legal-exposure by 2; cost by 1'",
    );
    const risks = r.list(
      row,
      "risks",
      `${p}.consequences.risks`,
      (t) => {
        const m = /^(\S+)\s+(\S+)$/.exec(t);
        const likelihood = m ? numberIn(m[2]!) : undefined;
        return m && likelihood !== undefined ? { risk: m[1]!, likelihood } : undefined;
      },
      "risks and what each adds to its likelihood, like 'escalation +0.2; retaliation -0.1'",
    );
    return {
      id: r.text(row, "id", `${p}.id`),
      description: r.text(row, "description", `${p}.description`),
      condition: r.condition(row, "condition", `${p}.condition`),
      severity: r.text(row, "severity", `${p}.severity`),
      ...((penalties !== undefined || risks !== undefined) && {
        consequences: { penalties: penalties ?? [], risks: risks ?? [] },
      }),
      rationale: r.text(row, "rationale", `${p}.rationale`),
      evidence: r.evidence(row, p),
    };
  });
  return list;
};

export { CatalogReader, catalogSheet, sources, criteria, options, byId };
export type { Json };
