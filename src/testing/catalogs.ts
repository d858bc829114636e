import fc from "fast-check";
import type { CatalogInput } from "../model/catalog";
import type { Condition } from "../model/requirement";
import { evaluateCondition } from "../feasibility/condition";

const QUOTE = "a quote long enough to count as evidence";
const judged = (value: number) => ({
  value,
  interval: [Math.max(0, value - 1), Math.min(10, value + 1)] as [number, number],
  rationale: "generated",
  basis: "background" as const,
});

/**
 * Small valid catalogs: 1..4 criteria on 0..10 scales, 1..6 options with whole-number ratings,
 * 0..2 preconditions with 2..3 states, and random hard or soft requirements over them (a hard one
 * can always be met by some states). Every one loads with `loadCatalog`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(catalogs(), (c) => loadCatalog(c).options.length >= 1));
 * ```
 */
export const catalogs = (): fc.Arbitrary<CatalogInput> =>
  fc
    .record({
      criteria: fc.integer({ min: 1, max: 4 }),
      options: fc.integer({ min: 1, max: 6 }),
      preconditions: fc.integer({ min: 0, max: 2 }),
      states: fc.integer({ min: 2, max: 3 }),
    })
    .chain((size) => {
      const criteria = Array.from({ length: size.criteria }, (_, j) => `c${j}`);
      const preconditions = Array.from({ length: size.preconditions }, (_, k) => `p${k}`);
      const states = Array.from({ length: size.states }, (_, s) => `s${s}`);
      const condition: fc.Arbitrary<Condition> =
        preconditions.length === 0
          ? fc.constant({ op: "all", of: [] })
          : fc.letrec<{ c: Condition }>((tie) => ({
              c: fc.oneof(
                { depthSize: "small" },
                fc.record({
                  op: fc.constant("in" as const),
                  precondition: fc.constantFrom(...preconditions),
                  states: fc.subarray(states, { minLength: 1 }),
                }),
                fc.array(tie("c"), { maxLength: 2 }).map((of) => ({ op: "all" as const, of })),
                fc.array(tie("c"), { maxLength: 2 }).map((of) => ({ op: "any" as const, of })),
                tie("c").map((of) => ({ op: "not" as const, of })),
              ),
            })).c;
      // Every combination of the preconditions' states: a hard requirement must hold in one of them.
      const combinations = preconditions.reduce<Record<string, string>[]>(
        (all, p) => all.flatMap((chosen) => states.map((s) => ({ ...chosen, [p]: s }))),
        [{}],
      );
      const requirement = fc
        .record({
          condition,
          hard: fc.boolean(),
          criterion: fc.constantFrom(...criteria),
          worsen: fc.integer({ min: 1, max: 3 }),
        })
        .filter((r) => !r.hard || combinations.some((s) => evaluateCondition(r.condition, s).holds));
      return fc
        .record({
          directions: fc.array(fc.constantFrom("benefit" as const, "cost" as const), {
            minLength: size.criteria,
            maxLength: size.criteria,
          }),
          ratings: fc.array(
            fc.array(fc.integer({ min: 0, max: 10 }), { minLength: size.criteria, maxLength: size.criteria }),
            {
              minLength: size.options,
              maxLength: size.options,
            },
          ),
          requirements: fc.array(fc.array(requirement, { maxLength: 2 }), {
            minLength: size.options,
            maxLength: size.options,
          }),
          documented: fc.array(fc.constantFrom(...states), {
            minLength: size.preconditions,
            maxLength: size.preconditions,
          }),
        })
        .map((g): CatalogInput => ({
          id: "generated",
          name: "Generated catalog",
          version: "1",
          description: "A catalog generated for property tests.",
          sources: [{ id: "source", title: "Generated source", outlet: "fast-check", date: "2026" }],
          criteria: criteria.map((id, j) => ({
            id,
            name: `Criterion ${j}`,
            direction: g.directions[j]!,
            description: "generated",
            scale: { min: 0, max: 10 },
          })),
          preconditions: preconditions.map((id, k) => ({
            id,
            name: `Precondition ${k}`,
            description: "generated",
            states: states.map((s) => ({ id: s, label: s })),
            documented: [
              {
                source: "source",
                date: "2026",
                state: g.documented[k]!,
                rationale: "generated",
                evidence: [{ source: "source", quote: QUOTE }],
              },
            ],
          })),
          options: g.ratings.map((row, i) => ({
            id: `o${i}`,
            name: `Option ${i}`,
            description: "generated",
            ratings: Object.fromEntries(criteria.map((c, j) => [c, judged(row[j]!)])),
            requirements: g.requirements[i]!.map((r, k) => ({
              id: `r${k}`,
              description: "generated requirement",
              condition: r.condition,
              severity: r.hard ? ("hard" as const) : ("soft" as const),
              ...(r.hard
                ? {}
                : { consequences: { penalties: [{ criterion: r.criterion, worsen: r.worsen }], risks: [] } }),
              rationale: "generated",
            })),
          })),
        }));
    });

/** A catalog broken in one known way, and the path the loader's error must name. */
export interface BrokenCatalog {
  readonly catalog: CatalogInput;
  readonly breakage: string;
  readonly path: string;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * Valid generated catalogs broken in one way each (duplicate id, unknown or missing criterion,
 * rating off its scale, unknown precondition, empty name), with the path the error must name
 * (items by id, as the loader names them; a duplicate by its index): for testing loaders.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(brokenCatalogs(), (b) => either.loadCatalog(b.catalog).left.issues.some((i) => i.path === b.path)));
 * ```
 */
export const brokenCatalogs = (): fc.Arbitrary<BrokenCatalog> =>
  fc
    .tuple(
      catalogs(),
      fc.constantFrom(
        "duplicate-option",
        "unknown-criterion",
        "missing-rating",
        "off-scale",
        "unknown-precondition",
        "empty-name",
      ),
    )
    .map(([valid, breakage]) => {
      const c = clone(valid);
      const option = c.options[0]!;
      switch (breakage) {
        case "duplicate-option":
          c.options.push({ ...clone(option) });
          return { catalog: c, breakage, path: `catalog.options[${c.options.length - 1}].id` };
        case "unknown-criterion":
          option.ratings["nope"] = option.ratings["c0"]!;
          return { catalog: c, breakage, path: "catalog.options[o0].ratings.nope" };
        case "missing-rating":
          delete option.ratings["c0"];
          return { catalog: c, breakage, path: "catalog.options[o0].ratings" };
        case "off-scale":
          option.ratings["c0"] = { value: 11, rationale: "too high", basis: "background" };
          return { catalog: c, breakage, path: "catalog.options[o0].ratings.c0" };
        case "unknown-precondition":
          option.requirements = [
            {
              id: "r",
              description: "d",
              condition: { op: "in", precondition: "nowhere", states: ["s0"] },
              severity: "hard",
              rationale: "r",
            },
          ];
          return { catalog: c, breakage, path: "catalog.options[o0].requirements[r].condition.precondition" };
        default:
          option.name = " ";
          return { catalog: c, breakage, path: "catalog.options[o0].name" };
      }
    });
