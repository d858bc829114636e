import { describe, expect, it } from "vitest";
import { builtinCatalog, loadCatalog, loadCatalogJson, PolicyMatrixError } from "../../src/index";
import { editedCatalog, loadError, pathsOf } from "../helpers";

describe("loadCatalog: shape", () => {
  it("accepts the built-in catalog and returns it frozen", () => {
    const catalog = loadCatalog(structuredClone(builtinCatalog()));
    expect(catalog.options).toHaveLength(builtinCatalog().options.length);
    expect(Object.isFrozen(catalog.options[0]!.ratings)).toBe(true);
  });

  it("rejects an empty name, naming the place", () => {
    const error = loadError(editedCatalog((c) => void (c.options[2]!.name = "  ")));
    expect(error).toBeInstanceOf(PolicyMatrixError);
    expect(error.code).toBe("invalid-catalog");
    expect(error.message).toBe("catalog.options[border-enforcement].name: must not be empty");
  });

  it("rejects a malformed id", () => {
    expect(pathsOf(loadError(editedCatalog((c) => void (c.criteria[0]!.id = "Drug Flow"))))).toContain(
      "catalog.criteria[0].id",
    );
  });

  it("rejects a quote too short to be evidence", () => {
    const error = loadError(editedCatalog((c) => void (c.risks![0]!.evidence[0]!.quote = "short")));
    expect(error.issues[0]!.path).toBe("catalog.risks[spillover-instability].evidence[0].quote");
  });

  it("rejects a rating whose interval does not contain its value", () => {
    const error = loadError(editedCatalog((c) => void (c.options[0]!.ratings["speed"]!.interval = [5, 6])));
    expect(error.issues[0]!.path).toBe("catalog.options[illicit-finance].ratings.speed.interval");
  });

  it("rejects NaN and infinite values", () => {
    const error = loadError(editedCatalog((c) => void (c.options[0]!.ratings["speed"]!.value = Number.NaN)));
    expect(error.issues[0]!.message).toContain("expected number");
  });

  it("rejects a documented or inferred rating without the quotes it rests on", () => {
    for (const basis of ["documented", "inference"] as const) {
      const error = loadError(
        editedCatalog((c) => {
          const rating = c.options[0]!.ratings["speed"]!;
          rating.basis = basis;
          rating.evidence = [];
        }),
      );
      expect(error.issues[0]!.path).toBe("catalog.options[illicit-finance].ratings.speed.evidence");
      expect(error.issues[0]!.message).toBe(
        `a rating whose basis is '${basis}' needs the quotes it rests on`,
      );
    }
  });

  it("rejects a rating without a basis, and the old analystJudgment flag", () => {
    const error = loadError(
      editedCatalog((c) => {
        const rating = c.options[0]!.ratings["speed"]! as Record<string, unknown>;
        delete rating["basis"];
        rating["analystJudgment"] = true;
      }),
    );
    expect(pathsOf(error)).toEqual(
      expect.arrayContaining([
        "catalog.options[illicit-finance].ratings.speed.basis",
        "catalog.options[illicit-finance].ratings.speed",
      ]),
    );
  });

  it("rejects reported speech that also names a speaker", () => {
    const error = loadError(
      editedCatalog((c) => {
        c.options[0]!.evidence![0] = { ...c.options[0]!.evidence![0]!, speaker: "A", attributedTo: "B" };
      }),
    );
    expect(error.issues[0]!.message).toBe(
      "a quote is either direct speech (speaker) or reported speech (attributedTo), not both",
    );
  });

  it("rejects a rating case or a belief off the scale or on an unknown option, criterion or state", () => {
    const drones = builtinCatalog().options.findIndex((o) => o.id === "drone-strikes");
    const error = loadError(
      editedCatalog((c) => {
        const cases = c.options[drones]!.ratings["mexican-role"]!.cases!;
        cases[0] = { ...cases[0]!, value: 7, interval: undefined };
        cases[1] = { ...cases[1]!, when: { op: "in", precondition: "mexican-consent", states: ["furious"] } };
        const beliefs = c.perspectives![0]!.beliefs!;
        beliefs.ratings![0] = { ...beliefs.ratings![0]!, option: "nukes" };
        beliefs.ratings![1] = { ...beliefs.ratings![1]!, criterion: "vibes" };
        beliefs.risks![0] = { ...beliefs.risks![0]!, option: "illicit-finance" };
        c.perspectives![0]!.conditions!["aumf"] = {
          ...c.perspectives![0]!.conditions!["appropriations"]!,
          state: "maybe",
        };
      }),
    );
    expect(pathsOf(error)).toEqual(
      expect.arrayContaining([
        "catalog.options[drone-strikes].ratings.mexican-role.cases[0]",
        "catalog.options[drone-strikes].ratings.mexican-role.cases[1].when.states[0]",
        "catalog.perspectives[heritage].beliefs.ratings[nukes/mexican-role].option",
        "catalog.perspectives[heritage].beliefs.ratings[naval-strikes/vibes].criterion",
        "catalog.perspectives[heritage].beliefs.risks[illicit-finance/government-response].option",
        "catalog.perspectives[heritage].conditions.aumf.state",
      ]),
    );
  });

  it("rejects a hard requirement with consequences", () => {
    const error = loadError(
      editedCatalog((c) => {
        const training = c.options.find((o) => o.id === "training-fid")!;
        training.requirements![0]!.consequences = {
          penalties: [{ criterion: "speed", worsen: 1 }],
          risks: [],
        };
      }),
    );
    expect(error.message).toContain("consequences belong to soft requirements");
  });

  it("reports malformed JSON as such", () => {
    expect(() => loadCatalogJson("{ nope")).toThrow(/^catalog: malformed JSON/);
  });
});

describe("loadCatalog: cross-references", () => {
  const optionIndex = (id: string) => builtinCatalog().options.findIndex((o) => o.id === id);

  it("rejects duplicate ids", () => {
    const error = loadError(editedCatalog((c) => void (c.options[1]!.id = c.options[0]!.id)));
    expect(pathsOf(error)).toContain("catalog.options[1].id");
    expect(error.issues.find((i) => i.path === "catalog.options[1].id")!.message).toBe(
      "duplicate id 'illicit-finance'",
    );
  });

  it("rejects an unknown criterion in ratings and a missing rating", () => {
    const error = loadError(
      editedCatalog((c) => {
        const ratings = c.options[0]!.ratings;
        ratings["cost"] = ratings["speed"]!;
        delete ratings["speed"];
      }),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        {
          path: "catalog.options[illicit-finance].ratings",
          message: "missing a rating for criterion 'speed'",
        },
        { path: "catalog.options[illicit-finance].ratings.cost", message: "unknown criterion 'cost'" },
      ]),
    );
  });

  it("rejects a rating off its criterion's scale", () => {
    const error = loadError(
      editedCatalog(
        (c) =>
          void (c.options[0]!.ratings["speed"] = {
            ...c.options[0]!.ratings["speed"]!,
            value: 11,
            interval: [10, 12],
          }),
      ),
    );
    expect(error.issues[0]).toEqual({
      path: "catalog.options[illicit-finance].ratings.speed",
      message: "expected values on the scale [0, 10], got 11, 10, 12",
    });
  });

  it("rejects an unknown precondition or state in a requirement", () => {
    const i = optionIndex("training-fid");
    const error = loadError(
      editedCatalog((c) => {
        c.options[i]!.requirements![0]!.condition = {
          op: "all",
          of: [
            { op: "in", precondition: "mexican-consnet", states: ["opposed"] },
            { op: "in", precondition: "aumf", states: ["maybe"] },
          ],
        };
      }),
    );
    expect(error.issues).toEqual([
      {
        path: "catalog.options[training-fid].requirements[willing-partner].condition.of[0].precondition",
        message: "unknown precondition 'mexican-consnet'",
      },
      {
        path: "catalog.options[training-fid].requirements[willing-partner].condition.of[1].states[0]",
        message: "'maybe' is not a state of 'aumf' (one of: not-enacted, introduced, enacted)",
      },
    ]);
  });

  it("rejects an unknown risk named by a soft requirement, and a risk that does not attach", () => {
    const i = optionIndex("sof-raids");
    const error = loadError(
      editedCatalog((c) => {
        c.options[i]!.requirements![1]!.consequences!.risks = [
          { risk: "alien-invasion", likelihood: 0.1 },
          { risk: "corruption", likelihood: 0.1 },
        ];
      }),
    );
    expect(error.issues.map((x) => x.message)).toEqual([
      "unknown risk 'alien-invasion'",
      "risk 'corruption' does not attach to option 'sof-raids'",
    ]);
  });

  it("rejects a risk exposure on an unknown option, and an unknown evidence source", () => {
    const r = builtinCatalog().risks.findIndex((x) => x.id === "relationship-damage");
    const error = loadError(
      editedCatalog((c) => {
        c.risks![r]!.exposures[0]!.option = "carpet-bombing";
        c.risks![r]!.evidence[0]!.source = "wikipedia";
      }),
    );
    expect(error.issues).toEqual([
      {
        path: "catalog.risks[relationship-damage].exposures[carpet-bombing].option",
        message: "unknown option 'carpet-bombing'",
      },
      // ground-intervention lost its exposure, so the modifier that names it is now wrong too.
      {
        path: "catalog.risks[relationship-damage].modifiers[0].options[3]",
        message: "option 'ground-intervention' has no exposure to risk 'relationship-damage'",
      },
      // Quotes are named by the ids on their way, as verifyEvidence names them.
      {
        path: "catalog.risks[relationship-damage].evidence[0].source",
        message: "unknown source 'wikipedia'",
      },
    ]);
  });

  it("rejects a documented state that the precondition does not have", () => {
    const error = loadError(
      editedCatalog((c) => void (c.preconditions![0]!.documented[0]!.state = "annexed")),
    );
    expect(error.issues[0]!.path).toBe("catalog.preconditions[mexican-consent].documented[0].state");
  });

  it("rejects a perspective weighting an unknown criterion or nothing", () => {
    const error = loadError(
      editedCatalog((c) => {
        c.perspectives![0]!.weights = { vibes: 1 };
        c.perspectives![1]!.weights = { speed: 0 };
      }),
    );
    expect(error.issues).toEqual([
      { path: "catalog.perspectives[heritage].weights.vibes", message: "unknown criterion 'vibes'" },
      { path: "catalog.perspectives[dea-maltz].weights", message: "at least one weight must be > 0" },
    ]);
  });
});
