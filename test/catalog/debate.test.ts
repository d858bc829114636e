// The debate as the documents have it: each actor's own perspective (its weights, its beliefs and
// the conditions it argues for) chooses what it argues for, for its reasons; hawks and doves
// disagree; and the defects found by reading the catalog against the documents stay fixed.
import { describe, expect, it } from "vitest";
import { builtinCatalog, compare, comparePerspectives, type Comparison } from "../../src/index";

const catalog = builtinCatalog();
const asItArgues = (id: string): Comparison => compare(catalog, { perspective: { id, conditions: true } });
const top = (c: Comparison, k: number) =>
  c.rows.filter((r) => r.feasible && r.rank <= k).map((r) => r.option);
const row = (c: Comparison, option: string) => c.rows.find((r) => r.option === option)!;
const option = (id: string) => catalog.options.find((o) => o.id === id)!;
const kinetic = ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"];

describe("face validity: under its own perspective and conditions, each actor chooses what it argues for", () => {
  it("Milley: training first ('the best thing that can be done is by, with, and through')", () => {
    // 000: "training foreign military and local police is still the best option"
    expect(top(asItArgues("milley"), 1)).toEqual(["training-fid"]);
  });

  it("Maltz and the DEA: strikes on labs and leaders", () => {
    // 004: "in favor of hitting the production labs and command control leaders in Mexico"
    expect(top(asItArgues("dea-maltz"), 2)).toEqual(expect.arrayContaining(["drone-strikes"]));
  });

  it("the hard line: direct action, and (as the 2025 administration says) strikes rather than troops", () => {
    // 004: a faction "that openly favors the direct use of the U.S. military in Mexico";
    // 003: officials "favoring drone or naval strikes if action is approved"
    const first = top(asItArgues("hard-line"), 2);
    expect(first.every((o) => kinetic.includes(o))).toBe(true);
    expect(first).toContain("drone-strikes");
  });

  it("Heritage: its border programme and economic leverage first; direct action only as a last resort", () => {
    // 002: "The first steps on this front should consist of measures, such as substantial bolstering
    // of ... (CBP)"; "using U.S. economic leverage"; direct action "should be a last resort"
    const programme = [
      "border-enforcement",
      "border-military-support",
      "counter-drone-border",
      "economic-leverage",
      "illicit-finance",
    ];
    // Its first choice is from its programme, and direct action ranks below that programme. Under
    // its own ideal condition (joint action 'coordinated with the approval of the Mexican
    // government') the partnered options come close behind: Heritage does not say what partnership
    // does for a Mexico that takes part, so they keep the analyst's rating there (reader 15).
    const c = asItArgues("heritage");
    expect(top(c, 1).every((o) => programme.includes(o))).toBe(true);
    const lastOfProgramme = Math.max(
      ...["border-enforcement", "economic-leverage"].map((o) => row(c, o).rank),
    );
    expect(kinetic.every((o) => row(c, o).rank > lastOfProgramme)).toBe(true);
  });

  it("BI's experts: non-kinetic first", () => {
    // 001: "other, less kinetic missions, like training foreign troops ... could prove worthwhile"
    const c = compare(catalog, { perspective: "bi-experts" });
    for (const o of top(c, 1)) expect(["kinetic", "intervention"]).not.toContain(option(o).category);
  });

  it("Sheinbaum: cooperation without U.S. troops", () => {
    // 003: "We cooperate, we collaborate, but there will be no invasion."
    const first = top(asItArgues("sheinbaum"), 2);
    expect(first).toContain("law-enforcement-cooperation");
    expect(first.some((o) => ["joint-operations", ...kinetic].includes(o))).toBe(false);
  });

  it("hawks and doves disagree, and the perspectives say whether values or beliefs make the difference", () => {
    const all = comparePerspectives(catalog);
    const argued = (id: string) => all.find((p) => p.perspective === id)!.withConditions!;
    const hawks = ["dea-maltz", "hard-line"].map((id) => top(argued(id).both, 1)[0]!);
    const doves = ["milley", "sheinbaum"].map((id) => top(argued(id).both, 1)[0]!);
    expect(hawks.every((o) => kinetic.includes(o))).toBe(true);
    expect(doves.some((o) => kinetic.includes(o))).toBe(false);
    for (const id of ["dea-maltz", "hard-line"]) {
      // Neither their weights alone (on the analyst's ratings) nor their beliefs alone (with the
      // default weights) put a strike first: it takes what they value and what they believe together.
      expect(top(argued(id).values, 1).some((o) => kinetic.includes(o))).toBe(false);
      expect(top(argued(id).beliefs!, 1).some((o) => kinetic.includes(o))).toBe(false);
    }
  });
});

describe("perspectives: values and beliefs apart", () => {
  it("uses the actor's beliefs where it speaks, the analyst's ratings elsewhere, and says whose each is", () => {
    const c = compare(catalog, {
      perspective: "dea-maltz",
      preconditions: { "presidential-directive": "force-authorized" },
    });
    const drones = row(c, "drone-strikes");
    const capability = drones.contributions.find((x) => x.criterion === "cartel-capability")!;
    expect(capability.ratedBy).toBe("perspective");
    expect(capability.evidence.map((e) => e.speaker)).toContain("Derek S. Maltz");
    expect(drones.contributions.find((x) => x.criterion === "civilian-harm")!.ratedBy).toBe("analyst");
    expect(c.perspective).toMatchObject({
      id: "dea-maltz",
      use: "values-and-beliefs",
      beliefs: { ratings: 5, risks: 0 },
    });
  });

  it("takes the values alone or the beliefs alone on request", () => {
    const values = compare(catalog, { perspective: { id: "dea-maltz", use: "values" } });
    expect(values.rows.every((r) => r.contributions.every((x) => x.ratedBy === "analyst"))).toBe(true);
    expect(values.assumptions.weights["cartel-capability"]).toBe(4);
    const beliefs = compare(catalog, { perspective: { id: "dea-maltz", use: "beliefs" } });
    expect(new Set(Object.values(beliefs.assumptions.weights))).toEqual(new Set([1]));
    expect(beliefs.perspective!.beliefs.ratings).toBeGreaterThan(0);
  });

  it("applies a conditional belief only under its states (Heritage: unilateral action prompts a resistant Mexico)", () => {
    const role = (consent: string) =>
      row(
        compare(catalog, { perspective: "heritage", preconditions: { "mexican-consent": consent } }),
        "drone-strikes",
      ).contributions.find((x) => x.criterion === "mexican-role")!;
    expect(role("opposed").ratedBy).toBe("perspective");
    expect(role("opposed").value).toBe(2);
    expect(role("cooperation-no-troops").ratedBy).toBe("analyst");
  });

  it("lets the user's override win over the actor's belief, and the user's states over its conditions", () => {
    const c = compare(catalog, {
      perspective: { id: "milley", conditions: true },
      preconditions: { "mexican-consent": "opposed" },
      ratings: { "training-fid": { "drug-flow": { value: 1, rationale: "mine" } } },
    });
    expect(c.assumptions.preconditions["mexican-consent"]).toBe("opposed");
    expect(row(c, "training-fid").contributions.find((x) => x.criterion === "drug-flow")!.ratedBy).toBe(
      "user",
    );
  });
});

describe("what the documents say, kept that way", () => {
  const today = compare(catalog);

  it("a directive to prepare options does not make strikes or raids feasible", () => {
    for (const o of kinetic)
      expect(row(today, o).blockers.map((b) => b.requirement)).toEqual(["force-authorized"]);
  });

  it("government-response rises for unilateral action, whatever Mexico's stance, as Heritage ties it", () => {
    // 002: "unilateral U.S. military action may be employed to ... prompt cooperation from a
    // resistant Mexican government. At the same time, there are high risks of undesirable response"
    const likelihood = (consent: string) =>
      row(compare(catalog, { preconditions: { "mexican-consent": consent } }), "drone-strikes").risks.find(
        (r) => r.risk === "government-response",
      )!.likelihood;
    expect(likelihood("cooperation-no-troops")).toBeGreaterThan(likelihood("joint-approval"));
    expect(likelihood("opposed")).toBe(likelihood("cooperation-no-troops"));
  });

  it("counts each consequence of acting without Mexico's approval once, and tells tacit cooperation from open opposition", () => {
    const authorized = { "presidential-directive": "force-authorized" };
    const ratings = (consent: string) =>
      Object.fromEntries(
        row(
          compare(catalog, { preconditions: { ...authorized, "mexican-consent": consent } }),
          "drone-strikes",
        ).contributions.map((x) => [x.criterion, x.value]),
      );
    const approved = ratings("joint-approval");
    const cooperating = ratings("cooperation-no-troops");
    const opposed = ratings("opposed");
    const changed = (a: Record<string, number>, b: Record<string, number>) =>
      Object.keys(a)
        .filter((k) => a[k] !== b[k])
        .sort();
    // Unilateral: the affront (sovereignty) and Mexico's cooperation; a hostile response is a risk.
    expect(changed(approved, cooperating)).toEqual(["mexican-role", "sovereignty-cost"]);
    expect(cooperating["sovereignty-cost"]! - approved["sovereignty-cost"]!).toBe(3);
    // Open opposition differs from cooperation only in what there is to lose.
    expect(changed(cooperating, opposed)).toEqual(["mexican-role"]);
    expect(opposed["mexican-role"]!).toBeGreaterThan(cooperating["mexican-role"]!);
    // Base ratings assume approval: a strike does not score like an invasion.
    const ground = row(compare(catalog, { preconditions: authorized }), "ground-intervention");
    expect(ground.contributions.find((x) => x.criterion === "sovereignty-cost")!.value).toBeGreaterThan(
      cooperating["sovereignty-cost"]!,
    );
  });

  it("gives Heritage's claimed benefit of unilateral action a place: Mexico's own role", () => {
    // 002: "prompting a desired change in behavior by the cartels or the Mexican government"
    const heritage = catalog.perspectives.find((p) => p.id === "heritage")!;
    // (Its partnered options have Mexico's-role beliefs with a `when` too, for restricted cooperation.)
    const prompt = heritage.beliefs.ratings.filter(
      (b) =>
        b.criterion === "mexican-role" &&
        b.evidence.some((e) => e.quote.includes("prompt cooperation from a resistant Mexican government")),
    );
    expect(prompt.map((b) => b.option).sort()).toEqual(["drone-strikes", "naval-strikes", "sof-raids"]);
    expect(prompt.every((b) => b.when !== undefined && b.value > 0)).toBe(true);
  });

  it("rates from what a quote says, read in its paragraph", () => {
    const rating = (o: string, c: string) => option(o).ratings[c]!;
    const quotes = (o: string, c: string) =>
      rating(o, c)
        .evidence.map((e) => e.quote)
        .join(" | ");
    // The seizure drop "began before Trump took office", with other causes given.
    expect(rating("border-enforcement", "drug-flow").basis).not.toBe("documented");
    expect(quotes("border-enforcement", "drug-flow")).toContain(
      "a decline that began before Trump took office",
    );
    // Grillo credits interdiction with lowering the threat of a strike, not the drug threat.
    expect(quotes("intelligence-sharing", "drug-flow")).not.toContain("Grillo");
    // Advocacy is not evidence of effect.
    expect(rating("drone-strikes", "cartel-capability").basis).toBe("inference");
    // "A generation or two" was said of any effective operation.
    expect(quotes("training-fid", "speed")).not.toContain("generation");
    // Mexico's cooperation rose after the tariffs.
    expect(rating("economic-leverage", "mexican-role").value).toBeGreaterThan(0);
    expect(quotes("economic-leverage", "mexican-role")).toContain("In response, Sheinbaum");
    // No extraditions, treaties or "more seizures" in the documents.
    for (const c of catalog.criteria)
      expect(rating("law-enforcement-cooperation", c.id).rationale).not.toMatch(
        /extradition|treat(y|ies)|more seizures/i,
      );
    // Posse Comitatus is background.
    expect(rating("border-military-support", "legal-exposure").basis).toBe("background");
    // Restraint ("not authorized to conduct lethal strikes") is not a reason for escalation.
    expect(rating("surveillance-flights", "escalation-risk").rationale).toContain("not authorized to strike");
  });

  it("keeps presets to what the documents date", () => {
    const state = (preset: string, id: string) =>
      catalog.presets.find((p) => p.id === preset)!.states[id]!.state;
    for (const preset of ["2025-01", "2025-08", "2025-09"]) expect(state(preset, "aumf")).toBe("not-enacted");
    for (const preset of ["2025-08", "2025-09"])
      expect(state(preset, "presidential-directive")).toBe("options-ordered");
    const creep = catalog.risks.find((r) => r.id === "aumf-scope-creep")!;
    expect(creep.exposures.every((x) => x.likelihood === 0)).toBe(true);
    expect(row(today, "sof-raids").risks.find((r) => r.risk === "aumf-scope-creep")!.likelihood).toBe(0);
  });

  it("names who speaks, and cuts no stance from the sentence that qualifies it", () => {
    const stance = (o: string, actor: string) => option(o).stances.find((s) => s.actor === actor)!;
    expect(stance("drone-strikes", "Sen. Tim Kaine").evidence[0]!.quote).toMatch(
      /^\[S\]igning a secret directive/,
    );
    expect(stance("drone-strikes", "Sen. Tim Kaine").qualifier).toContain("without Congress");
    expect(stance("drone-strikes", "Claudia Sheinbaum").evidence[0]!.quote).toContain(
      "opposed any unilateral U.S. military action",
    );
    expect(stance("drone-strikes", "Claudia Sheinbaum").evidence[0]!.attributedTo).toBe("Claudia Sheinbaum");
    expect(stance("intelligence-sharing", "Gen. Mark Milley").evidence[0]!.quote).toContain(
      "these are very, very difficult policy decisions",
    );
    for (const e of catalog.risks.find((r) => r.id === "humanitarian-crisis")!.evidence)
      expect(e).toMatchObject({ attributedTo: "Guadalupe Correa-Cabrera" });
  });

  it("records the documented advocates of strikes and raids, and Heritage's conditions on direct action", () => {
    const actors = (o: string, stance: string) =>
      option(o)
        .stances.filter((s) => s.stance === stance)
        .map((s) => s.actor);
    expect(actors("sof-raids", "advocates")).toEqual(
      expect.arrayContaining([
        "Tom Homan",
        "Mike Waltz",
        "Ron DeSantis",
        "Donald Trump (candidate, 2024)",
        "Sebastian Gorka's faction",
      ]),
    );
    expect(actors("drone-strikes", "advocates")).toEqual(
      expect.arrayContaining(["Derek S. Maltz", "Sebastian Gorka's faction"]),
    );
    expect(actors("drone-strikes", "has-not-ruled-out")).toEqual(
      expect.arrayContaining(["Ronald Johnson", "Marco Rubio"]),
    );
    const heritage = option("drone-strikes").stances.find((s) => s.actor === "Heritage Foundation authors")!;
    expect(heritage.stance).toBe("conditional");
    expect(heritage.evidence.map((e) => e.quote).join(" ")).toContain(
      "should be a last resort and operate on an escalating scale",
    );
  });
});
