import type { ErrorIssue } from "../errors";
import type { Catalog } from "./catalog";
import type { Criterion } from "./criterion";
import { evidenceIn } from "./evidence-walk";
import { evaluateCondition } from "../feasibility/condition";
import type { Perspective } from "./perspective";
import type { Condition } from "./requirement";

type Issues = ErrorIssue[];

const duplicates = (ids: readonly string[], path: string, issues: Issues): void => {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `${path}[${i}].id`, message: `duplicate id '${id}'` });
    seen.add(id);
  });
};

const conditionIssues = (catalog: Catalog, condition: Condition, path: string, issues: Issues): void => {
  if (condition.op === "not") return conditionIssues(catalog, condition.of, `${path}.of`, issues);
  if (condition.op !== "in") {
    condition.of.forEach((c, i) => conditionIssues(catalog, c, `${path}.of[${i}]`, issues));
    return;
  }
  const pre = catalog.preconditions.find((p) => p.id === condition.precondition);
  if (!pre) {
    issues.push({
      path: `${path}.precondition`,
      message: `unknown precondition '${condition.precondition}'`,
    });
    return;
  }
  condition.states.forEach((state, i) => {
    if (!pre.states.some((s) => s.id === state)) {
      const known = pre.states.map((s) => s.id).join(", ");
      issues.push({
        path: `${path}.states[${i}]`,
        message: `'${state}' is not a state of '${pre.id}' (one of: ${known})`,
      });
    }
  });
};

const evidenceIssues = (catalog: Catalog, issues: Issues): void => {
  const sources = new Set(catalog.sources.map((s) => s.id));
  for (const e of evidenceIn(catalog)) {
    if (!sources.has(e.source))
      issues.push({ path: `${e.path}.source`, message: `unknown source '${e.source}'` });
  }
};

const scaleIssues = (
  criterion: Criterion,
  rating: { value: number; interval?: readonly [number, number] | undefined },
  path: string,
  issues: Issues,
): void => {
  const { min, max } = criterion.scale;
  const values = [rating.value, ...(rating.interval ?? [])];
  if (values.some((v) => v < min || v > max)) {
    issues.push({ path, message: `expected values on the scale [${min}, ${max}], got ${values.join(", ")}` });
  }
};

const referenced = (c: Condition, into: Set<string>): Set<string> => {
  if (c.op === "in") into.add(c.precondition);
  else if (c.op === "not") referenced(c.of, into);
  else c.of.forEach((x) => referenced(x, into));
  return into;
};

/**
 * Whether no combination of the states of the preconditions a condition names meets it (only
 * where the preconditions exist and the combinations are few enough to try: 100,000).
 */
const neverHolds = (catalog: Catalog, condition: Condition): boolean => {
  const names = [...referenced(condition, new Set())];
  const states = names.map((id) => catalog.preconditions.find((p) => p.id === id)?.states.map((s) => s.id));
  if (states.some((s) => !s)) return false;
  if (states.reduce((n, s) => n * s!.length, 1) > 100_000) return false;
  const tryFrom = (k: number, chosen: Record<string, string>): boolean =>
    k === names.length
      ? evaluateCondition(condition, chosen).holds
      : states[k]!.some((s) => tryFrom(k + 1, { ...chosen, [names[k]!]: s }));
  return !tryFrom(0, {});
};

const optionIssues = (catalog: Catalog, issues: Issues): void => {
  const riskAttaches = (risk: string, option: string) =>
    catalog.risks.some((r) => r.id === risk && r.exposures.some((e) => e.option === option));
  catalog.options.forEach((option, i) => {
    const at = `options[${i}]`;
    for (const criterion of catalog.criteria) {
      const rating = option.ratings[criterion.id];
      if (!rating) {
        issues.push({ path: `${at}.ratings`, message: `missing a rating for criterion '${criterion.id}'` });
        continue;
      }
      scaleIssues(criterion, rating, `${at}.ratings.${criterion.id}`, issues);
      rating.cases.forEach((c, k) => {
        const path = `${at}.ratings.${criterion.id}.cases[${k}]`;
        conditionIssues(catalog, c.when, `${path}.when`, issues);
        scaleIssues(criterion, c, path, issues);
      });
    }
    for (const key of Object.keys(option.ratings)) {
      if (!catalog.criteria.some((c) => c.id === key)) {
        issues.push({ path: `${at}.ratings.${key}`, message: `unknown criterion '${key}'` });
      }
    }
    duplicates(
      option.requirements.map((r) => r.id),
      `${at}.requirements`,
      issues,
    );
    option.requirements.forEach((req, j) => {
      const rat = `${at}.requirements[${j}]`;
      conditionIssues(catalog, req.condition, `${rat}.condition`, issues);
      if (req.severity === "hard" && neverHolds(catalog, req.condition)) {
        issues.push({
          path: `${rat}.condition`,
          message: `no state of the preconditions meets hard requirement '${req.id}', so '${option.id}' could never be feasible`,
        });
      }
      req.consequences.penalties.forEach((p, k) => {
        if (!catalog.criteria.some((c) => c.id === p.criterion)) {
          issues.push({
            path: `${rat}.consequences.penalties[${k}].criterion`,
            message: `unknown criterion '${p.criterion}'`,
          });
        }
      });
      req.consequences.risks.forEach((r, k) => {
        if (!catalog.risks.some((x) => x.id === r.risk)) {
          issues.push({ path: `${rat}.consequences.risks[${k}].risk`, message: `unknown risk '${r.risk}'` });
        } else if (!riskAttaches(r.risk, option.id)) {
          issues.push({
            path: `${rat}.consequences.risks[${k}].risk`,
            message: `risk '${r.risk}' does not attach to option '${option.id}'`,
          });
        }
      });
    });
  });
};

const riskIssues = (catalog: Catalog, issues: Issues): void => {
  const optionIds = new Set(catalog.options.map((o) => o.id));
  catalog.risks.forEach((risk, i) => {
    const seen = new Set<string>();
    risk.exposures.forEach((exposure, j) => {
      const path = `risks[${i}].exposures[${j}].option`;
      if (!optionIds.has(exposure.option))
        issues.push({ path, message: `unknown option '${exposure.option}'` });
      if (seen.has(exposure.option))
        issues.push({ path, message: `duplicate exposure for '${exposure.option}'` });
      seen.add(exposure.option);
    });
    risk.modifiers.forEach((modifier, j) => {
      conditionIssues(catalog, modifier.when, `risks[${i}].modifiers[${j}].when`, issues);
      (modifier.options ?? []).forEach((id, k) => {
        if (!seen.has(id)) {
          issues.push({
            path: `risks[${i}].modifiers[${j}].options[${k}]`,
            message: `option '${id}' has no exposure to risk '${risk.id}'`,
          });
        }
      });
    });
  });
};

const preconditionIssues = (catalog: Catalog, issues: Issues): void => {
  catalog.preconditions.forEach((pre, i) => {
    duplicates(
      pre.states.map((s) => s.id),
      `preconditions[${i}].states`,
      issues,
    );
    pre.documented.forEach((doc, j) => {
      if (!catalog.sources.some((s) => s.id === doc.source)) {
        issues.push({
          path: `preconditions[${i}].documented[${j}].source`,
          message: `unknown source '${doc.source}'`,
        });
      }
      if (!pre.states.some((s) => s.id === doc.state)) {
        issues.push({
          path: `preconditions[${i}].documented[${j}].state`,
          message: `'${doc.state}' is not a state of '${pre.id}'`,
        });
      }
    });
  });
};

const perspectiveIssues = (catalog: Catalog, issues: Issues): void => {
  catalog.perspectives.forEach((perspective, i) => {
    for (const key of Object.keys(perspective.weights)) {
      if (!catalog.criteria.some((c) => c.id === key)) {
        issues.push({ path: `perspectives[${i}].weights.${key}`, message: `unknown criterion '${key}'` });
      }
    }
    if (!Object.values(perspective.weights).some((w) => w > 0)) {
      issues.push({ path: `perspectives[${i}].weights`, message: "at least one weight must be > 0" });
    }
    beliefIssues(catalog, perspective, `perspectives[${i}]`, issues);
    for (const [id, argued] of Object.entries(perspective.conditions)) {
      const pre = catalog.preconditions.find((p) => p.id === id);
      const path = `perspectives[${i}].conditions.${id}`;
      if (!pre) issues.push({ path, message: `unknown precondition '${id}'` });
      else if (!pre.states.some((s) => s.id === argued.state)) {
        issues.push({ path: `${path}.state`, message: `'${argued.state}' is not a state of '${id}'` });
      }
    }
  });
};

const beliefIssues = (catalog: Catalog, perspective: Perspective, at: string, issues: Issues): void => {
  perspective.beliefs.ratings.forEach((b, j) => {
    const path = `${at}.beliefs.ratings[${j}]`;
    if (!catalog.options.some((o) => o.id === b.option))
      issues.push({ path: `${path}.option`, message: `unknown option '${b.option}'` });
    const criterion = catalog.criteria.find((c) => c.id === b.criterion);
    if (!criterion) issues.push({ path: `${path}.criterion`, message: `unknown criterion '${b.criterion}'` });
    else scaleIssues(criterion, b, path, issues);
    if (b.when) conditionIssues(catalog, b.when, `${path}.when`, issues);
  });
  perspective.beliefs.risks.forEach((b, j) => {
    const path = `${at}.beliefs.risks[${j}]`;
    const risk = catalog.risks.find((r) => r.id === b.risk);
    if (!risk) issues.push({ path: `${path}.risk`, message: `unknown risk '${b.risk}'` });
    else if (!risk.exposures.some((e) => e.option === b.option)) {
      issues.push({
        path: `${path}.option`,
        message: `risk '${b.risk}' does not attach to option '${b.option}'`,
      });
    }
    if (b.when) conditionIssues(catalog, b.when, `${path}.when`, issues);
  });
};

const presetIssues = (catalog: Catalog, issues: Issues): void => {
  catalog.presets.forEach((preset, i) => {
    for (const [id, set] of Object.entries(preset.states)) {
      const pre = catalog.preconditions.find((p) => p.id === id);
      const path = `presets[${i}].states.${id}`;
      if (!pre) issues.push({ path, message: `unknown precondition '${id}'` });
      else if (!pre.states.some((s) => s.id === set.state)) {
        issues.push({ path: `${path}.state`, message: `'${set.state}' is not a state of '${id}'` });
      }
    }
    for (const pre of catalog.preconditions) {
      if (!(pre.id in preset.states)) {
        issues.push({
          path: `presets[${i}].states`,
          message: `missing a state for precondition '${pre.id}'`,
        });
      }
    }
  });
};

/** Every broken cross-reference in a catalog whose parts are each well formed. Empty when it is sound. */
export const catalogReferenceIssues = (catalog: Catalog): ErrorIssue[] => {
  const issues: Issues = [];
  duplicates(
    catalog.sources.map((s) => s.id),
    "sources",
    issues,
  );
  duplicates(
    catalog.criteria.map((c) => c.id),
    "criteria",
    issues,
  );
  duplicates(
    catalog.preconditions.map((p) => p.id),
    "preconditions",
    issues,
  );
  duplicates(
    catalog.risks.map((r) => r.id),
    "risks",
    issues,
  );
  duplicates(
    catalog.options.map((o) => o.id),
    "options",
    issues,
  );
  duplicates(
    catalog.perspectives.map((p) => p.id),
    "perspectives",
    issues,
  );
  duplicates(
    catalog.presets.map((p) => p.id),
    "presets",
    issues,
  );
  presetIssues(catalog, issues);
  preconditionIssues(catalog, issues);
  optionIssues(catalog, issues);
  riskIssues(catalog, issues);
  perspectiveIssues(catalog, issues);
  evidenceIssues(catalog, issues);
  return issues;
};
