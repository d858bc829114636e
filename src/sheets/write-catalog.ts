// A catalog written in the workbook layout, so that reading it back gives the same catalog: every
// thing on its sheet, its first quote on its own row and each further quote on a row below it.
import * as E from "fp-ts/lib/Either.js";
import { PolicyMatrixError, type ErrorIssue } from "../errors";
import { catalogArgument } from "../model/arguments";
import type { Catalog } from "../model/catalog";
import { conditionSyntax } from "../model/condition-syntax";
import type { Evidence } from "../model/evidence";
import type { Condition } from "../model/requirement";
import type { WorkbookCell, WorkbookSheet } from "../report/workbook";
import { README_SHEET, SHEETS } from "./layout";
import { CATALOG_FIELDS } from "./read-catalog";
import { columnLetters } from "./table";

type Fields = Record<string, WorkbookCell | undefined>;
type Thing = { readonly fields: Fields; readonly evidence?: readonly Evidence[] };

/** The most characters a spreadsheet cell holds. */
const CELL_LIMIT = 32767;

const num = (n: number | undefined): WorkbookCell | undefined =>
  n === undefined ? undefined : { number: n, format: "General" };
const when = (c: Condition | undefined): string | undefined =>
  c === undefined ? undefined : conditionSyntax(c);
const quoteFields = (e: Evidence): Fields => ({
  source: e.source,
  quote: e.quote,
  speaker: e.speaker,
  "attributed to": e.attributedTo,
});

const sheetOf = (name: string, things: readonly Thing[]): WorkbookSheet => {
  const spec = SHEETS.find((s) => s.name === name)!;
  const row = (fields: Fields) => spec.columns.map((c) => fields[c.header] ?? null);
  return {
    name,
    columns: spec.columns.map((c) => ({ header: c.header, width: c.width })),
    rows: things.flatMap((t) => {
      const [first, ...more] = t.evidence ?? [];
      return [
        row({ ...t.fields, ...(first && quoteFields(first)) }),
        ...more.map((e) => row(quoteFields(e))),
      ];
    }),
  };
};

const rated = (r: {
  value: number;
  interval?: readonly [number, number] | undefined;
  basis: string;
  rationale: string;
}): Fields => ({
  value: num(r.value),
  low: num(r.interval?.[0]),
  high: num(r.interval?.[1]),
  basis: r.basis,
  rationale: r.rationale,
});

/** Each sheet's things, in the layout's order. */
const things = (c: Catalog): Record<string, Thing[]> => ({
  catalog: CATALOG_FIELDS.map((f) => ({
    fields: { field: f, value: c[f] },
  })),
  sources: c.sources.map((s) => ({
    fields: {
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      authors: s.authors.length > 0 ? s.authors.join("\n") : undefined,
      date: s.date,
      "date note": s.dateNote,
      file: s.file,
    },
  })),
  criteria: c.criteria.map((k) => ({
    fields: {
      id: k.id,
      name: k.name,
      direction: k.direction,
      description: k.description,
      "scale min": num(k.scale.min),
      "scale max": num(k.scale.max),
      "low end": k.scale.low,
      "high end": k.scale.high,
      weight: num(k.weight),
    },
  })),
  options: c.options.map((o) => ({
    fields: {
      id: o.id,
      name: o.name,
      category: o.category,
      escalation: num(o.escalation),
      description: o.description,
    },
    evidence: o.evidence,
  })),
  ratings: c.options.flatMap((o) =>
    Object.entries(o.ratings).flatMap(([criterion, r]) => [
      { fields: { option: o.id, criterion, ...rated(r) }, evidence: r.evidence },
      ...r.cases.map((k) => ({
        fields: { option: o.id, criterion, ...rated(k), when: when(k.when) },
        evidence: k.evidence,
      })),
    ]),
  ),
  stances: c.options.flatMap((o) =>
    o.stances.map((s) => ({
      fields: { option: o.id, actor: s.actor, stance: s.stance, qualifier: s.qualifier },
      evidence: s.evidence,
    })),
  ),
  requirements: c.options.flatMap((o) =>
    o.requirements.map((q) => ({
      fields: {
        option: o.id,
        id: q.id,
        description: q.description,
        condition: conditionSyntax(q.condition),
        severity: q.severity,
        worsens: q.consequences.penalties.map((p) => `${p.criterion} by ${p.worsen}`).join("; ") || undefined,
        risks:
          q.consequences.risks
            .map((k) => `${k.risk} ${k.likelihood >= 0 ? "+" : ""}${k.likelihood}`)
            .join("; ") || undefined,
        rationale: q.rationale,
      },
      evidence: q.evidence,
    })),
  ),
  preconditions: c.preconditions.map((p) => ({
    fields: { id: p.id, name: p.name, description: p.description },
  })),
  states: c.preconditions.flatMap((p) =>
    p.states.map((s) => ({
      fields: { precondition: p.id, id: s.id, label: s.label, description: s.description },
    })),
  ),
  documented: c.preconditions.flatMap((p) =>
    p.documented.map((d) => ({
      fields: {
        precondition: p.id,
        "documented in": d.source,
        date: d.date,
        state: d.state,
        rationale: d.rationale,
      },
      evidence: d.evidence,
    })),
  ),
  risks: c.risks.map((k) => ({
    fields: { id: k.id, name: k.name, description: k.description },
    evidence: k.evidence,
  })),
  exposures: c.risks.flatMap((k) =>
    k.exposures.map((x) => ({
      fields: {
        risk: k.id,
        option: x.option,
        likelihood: num(x.likelihood),
        severity: num(x.severity),
        rationale: x.rationale,
      },
    })),
  ),
  modifiers: c.risks.flatMap((k) =>
    k.modifiers.map((m) => ({
      fields: {
        risk: k.id,
        when: conditionSyntax(m.when),
        options:
          m.options === undefined ? undefined : m.options.length === 0 ? "(none)" : m.options.join(", "),
        likelihood: num(m.likelihood),
        rationale: m.rationale,
      },
      evidence: m.evidence,
    })),
  ),
  perspectives: c.perspectives.map((p) => ({
    fields: { id: p.id, name: p.name, actor: p.actor, rationale: p.rationale },
    evidence: p.evidence,
  })),
  weights: c.perspectives.flatMap((p) =>
    Object.entries(p.weights).map(([criterion, weight]) => ({
      fields: { perspective: p.id, criterion, weight: num(weight) },
    })),
  ),
  beliefs: c.perspectives.flatMap((p) =>
    p.beliefs.ratings.map((b) => ({
      fields: {
        perspective: p.id,
        option: b.option,
        criterion: b.criterion,
        ...rated(b),
        when: when(b.when),
      },
      evidence: b.evidence,
    })),
  ),
  "risk beliefs": c.perspectives.flatMap((p) =>
    p.beliefs.risks.map((b) => ({
      fields: {
        perspective: p.id,
        risk: b.risk,
        option: b.option,
        likelihood: num(b.likelihood),
        severity: num(b.severity),
        basis: b.basis,
        rationale: b.rationale,
        when: when(b.when),
      },
      evidence: b.evidence,
    })),
  ),
  conditions: c.perspectives.flatMap((p) =>
    Object.entries(p.conditions).map(([precondition, s]) => ({
      fields: { perspective: p.id, precondition, state: s.state, rationale: s.rationale },
      evidence: s.evidence,
    })),
  ),
  presets: c.presets.map((p) => ({
    fields: { id: p.id, name: p.name, date: p.date, description: p.description },
  })),
  "preset states": c.presets.flatMap((p) =>
    Object.entries(p.states).map(([precondition, s]) => ({
      fields: { preset: p.id, precondition, state: s.state, rationale: s.rationale },
      evidence: s.evidence,
    })),
  ),
  omissions: c.omissions.map((o) => ({ fields: { name: o.name, reason: o.reason }, evidence: o.evidence })),
});

/** What the layout cannot hold exactly: a cell over the limit, an author's name with a line break. */
const unwritable = (c: Catalog, sheets: readonly WorkbookSheet[]): ErrorIssue[] => {
  const issues: ErrorIssue[] = [];
  c.sources.forEach((s) =>
    s.authors.forEach((a, k) => {
      if (/[\r\n]/.test(a)) {
        issues.push({
          path: `catalog.sources[${s.id}].authors[${k}]`,
          message:
            "an author's name with a line break cannot be written (authors are one per line of a cell)",
        });
      }
    }),
  );
  for (const s of sheets) {
    s.rows.forEach((row, k) =>
      row.forEach((cell, j) => {
        if (typeof cell === "string" && cell.length > CELL_LIMIT) {
          issues.push({
            path: `${s.name}!${columnLetters(j)}${k + 2}`,
            message: `${cell.length} characters; a spreadsheet cell holds ${CELL_LIMIT} at most`,
          });
        }
      }),
    );
  }
  return issues;
};

/** The catalog's sheets (see `catalogSheets`); Left when a value cannot be written exactly. */
export const catalogSheetsEither = (catalog: Catalog): E.Either<PolicyMatrixError, WorkbookSheet[]> => {
  const checked = catalogArgument(catalog);
  if (E.isLeft(checked)) return checked;
  const all = things(catalog);
  const sheets = SHEETS.map((s) => sheetOf(s.name, all[s.name] ?? []));
  const issues = unwritable(catalog, sheets);
  return issues.length > 0 ? E.left(new PolicyMatrixError("invalid-input", issues)) : E.right(sheets);
};

/** The template's "read me" sheet: every sheet and column of the layout, and what it holds. */
export const readMeSheet = (): WorkbookSheet => ({
  name: README_SHEET,
  columns: [
    { header: "sheet", width: 14 },
    { header: "column", width: 16 },
    { header: "needed", width: 8 },
    { header: "what it holds", width: 100 },
  ],
  rows: [
    [
      null,
      null,
      null,
      "One sheet per kind of thing, one row per thing; columns are found by their header. A thing with several quotes takes one row per further quote below it, with only the quote columns (source, quote, speaker, attributed to) filled. This sheet is skipped when the workbook is read.",
    ],
    ...SHEETS.flatMap((s) => [
      [s.name, null, s.required ? "sheet needed" : "optional sheet", s.doc] as WorkbookCell[],
      ...s.columns.map(
        (c) => [s.name, c.header, c.required ? "needed" : "optional", c.doc] as WorkbookCell[],
      ),
    ]),
  ],
});
