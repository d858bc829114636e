import * as E from "fp-ts/lib/Either.js";
import {
  brief,
  builtinCatalog,
  compare,
  contributionsSpec,
  diff,
  either,
  heatmapSpec,
  ladderSpec,
  methodNames,
  acceptabilitySpec,
  disagreementSpec,
  type ComparisonSmaa,
  type VegaLiteSpec,
} from "policy-matrix";
import { checkScenario, fromHash, parseScenario, toHash, type Scenario } from "./scenario";
import { beliefsView, diffView, esc, pairView, rankingRows, smaaRows } from "./view";

const catalog = builtinCatalog();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const initial: Scenario = { preset: "2025-09" };
let scenario: Scenario = initial;

const showError = (message: string | undefined) => {
  const box = $<HTMLParagraphElement>("error");
  box.hidden = message === undefined;
  box.textContent = message ?? "";
};

const options = (values: readonly [string, string][], selected: string | undefined) =>
  values
    .map(
      ([v, label]) => `<option value="${esc(v)}"${v === selected ? " selected" : ""}>${esc(label)}</option>`,
    )
    .join("");

const renderControls = () => {
  const resolved = either.resolveAssumptions(catalog, scenario);
  if (E.isLeft(resolved)) return;
  const a = resolved.right;
  const choice = a.perspective;
  const perspective = catalog.perspectives.find((p) => p.id === choice?.id);
  $<HTMLSelectElement>("perspective-use").value = choice?.use ?? "values-and-beliefs";
  $<HTMLSelectElement>("perspective-use").disabled = !perspective;
  $<HTMLInputElement>("perspective-conditions").checked = choice?.conditions ?? false;
  $<HTMLInputElement>("perspective-conditions").disabled =
    !perspective || Object.keys(perspective.conditions).length === 0;
  $("beliefs").innerHTML = perspective && choice ? beliefsView(catalog, perspective, choice.use) : "";
  $("preset").innerHTML = options(
    [
      ["", "latest documented (September 2025)"],
      ...catalog.presets.map((p) => [p.id, p.name] as [string, string]),
    ],
    scenario.preset ?? "",
  );
  $("perspective").innerHTML = options(
    [
      ["", "none (the analyst's ratings, equal weights)"],
      ...catalog.perspectives.map((p) => [p.id, `${p.actor}: ${p.name}`] as [string, string]),
    ],
    choice?.id ?? "",
  );
  $("method").innerHTML = options(
    methodNames.map((m) => [m, m] as [string, string]),
    a.method.method,
  );
  $("preconditions").innerHTML =
    "<legend>Preconditions</legend>" +
    catalog.preconditions
      .map(
        (p) =>
          `<div class="row"><label for="pre-${p.id}">${esc(p.name)}</label><select id="pre-${p.id}" data-precondition="${p.id}">${options(
            p.states.map((s) => [s.id, s.label] as [string, string]),
            a.preconditions[p.id],
          )}</select></div>`,
      )
      .join("");
  $("weights").innerHTML =
    "<legend>Criterion weights</legend>" +
    catalog.criteria
      .map(
        (c) =>
          `<div class="row"><label for="w-${c.id}">${esc(c.name)} <output id="wv-${c.id}">${a.weights[c.id]}</output></label><input id="w-${c.id}" data-criterion="${c.id}" type="range" min="0" max="10" step="0.5" value="${a.weights[c.id]}" /></div>`,
      )
      .join("");
};

/**
 * A chart spec from the library, drawn to SVG in the page with Vega. Vega and Vega-Lite are most of
 * the page's code: they load on the first chart, after the ranking is on screen.
 */
const svgOf = async (spec: VegaLiteSpec): Promise<string> => {
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
};

let chartRequest = 0;
const renderChart = async (comparison: ReturnType<typeof compare>) => {
  // Drawing is asynchronous: a chart that finishes after a newer one was asked for is dropped.
  const request = ++chartRequest;
  const kind = $<HTMLSelectElement>("chart").value;
  const spec =
    kind === "heatmap"
      ? heatmapSpec(comparison)
      : kind === "ladder"
        ? ladderSpec(comparison)
        : contributionsSpec(comparison);
  const svg = await svgOf(spec);
  if (request === chartRequest) $("chart-view").innerHTML = svg;
};

const renderResults = () => {
  const comparison = compare(catalog, scenario);
  $("ranking").querySelector("tbody")!.innerHTML = rankingRows(comparison);
  const base = compare(catalog, {
    preset: scenario.preset,
    method: scenario.method,
    perspective: scenario.perspective,
  });
  $("diff").innerHTML = diffView(diff(base, comparison));
  void renderChart(comparison);
};

/** Applies a scenario if it checks out; otherwise shows the error and keeps the last good one. */
const apply = (next: unknown, source = "") => {
  const checked = typeof next === "string" ? parseScenario(catalog, next) : checkScenario(catalog, next);
  if (E.isLeft(checked)) return showError(`${source}${checked.left}`);
  showError(undefined);
  scenario = checked.right;
  history.replaceState(null, "", toHash(scenario));
  renderControls();
  renderResults();
};

const update = (edit: (s: Scenario) => Scenario) => apply(edit(structuredClone(scenario)));

$("preset").addEventListener("change", (e) => {
  const preset = (e.target as HTMLSelectElement).value;
  update((s) => ({ ...s, preset: preset || undefined, preconditions: {} }));
});
$("perspective").addEventListener("change", (e) => {
  const perspective = (e.target as HTMLSelectElement).value;
  update((s) => ({ ...s, perspective: perspective || undefined, weights: {} }));
});
/** The perspective as an object, with the switch's values: which parts, and whether its conditions. */
const refinePerspective = () =>
  update((s) => {
    const id = $<HTMLSelectElement>("perspective").value;
    if (!id) return s;
    const use = $<HTMLSelectElement>("perspective-use").value as "values-and-beliefs" | "values" | "beliefs";
    const conditions = $<HTMLInputElement>("perspective-conditions").checked;
    return { ...s, perspective: { id, use, conditions }, weights: {} };
  });
$("perspective-use").addEventListener("change", refinePerspective);
$("perspective-conditions").addEventListener("change", refinePerspective);
$("method").addEventListener("change", (e) =>
  update((s) => ({ ...s, method: (e.target as HTMLSelectElement).value as Scenario["method"] })),
);
$("preconditions").addEventListener("change", (e) => {
  const el = e.target as HTMLSelectElement;
  update((s) => ({ ...s, preconditions: { ...s.preconditions, [el.dataset.precondition!]: el.value } }));
});
$("weights").addEventListener("input", (e) => {
  const el = e.target as HTMLInputElement;
  $(`wv-${el.dataset.criterion}`).textContent = el.value;
});
$("weights").addEventListener("change", (e) => {
  const el = e.target as HTMLInputElement;
  update((s) => ({ ...s, weights: { ...s.weights, [el.dataset.criterion!]: Number(el.value) } }));
});
$("chart").addEventListener("change", () => renderResults());
$("reset").addEventListener("click", () => apply(initial));
$("apply").addEventListener("click", () => apply($<HTMLTextAreaElement>("paste").value, "pasted "));
$("import").addEventListener("change", async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) apply(await file.text(), `${file.name}: `);
});
$("export").addEventListener("click", () => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(
    new Blob([JSON.stringify(scenario, null, 2)], { type: "application/json" }),
  );
  link.download = "scenario.json";
  link.click();
});

// The brief of the scenario on screen: one HTML page to hand to a decision-maker.
$("download-brief").addEventListener("click", async () => {
  const button = $<HTMLButtonElement>("download-brief");
  const note = $<HTMLSpanElement>("brief-status");
  button.disabled = true;
  note.textContent = "writing the brief…";
  try {
    const html = await brief(catalog, scenario, { samples: 10_000, seed: 1, renderSvg: svgOf });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    link.download = "brief.html";
    link.click();
    note.textContent = "";
  } catch (error) {
    note.textContent = "";
    showError(`brief: ${String((error as Error).message ?? error)}`);
  } finally {
    button.disabled = false;
  }
});

// SMAA in a Web Worker, with a progress bar and a cancel button.
const worker = new Worker(new URL("./smaa-worker.ts", import.meta.url), { type: "module" });
const status = $<HTMLParagraphElement>("smaa-status");
const progress = $<HTMLProgressElement>("smaa-progress");
const setRunning = (running: boolean) => {
  $<HTMLButtonElement>("run-smaa").disabled = running;
  $<HTMLButtonElement>("cancel-smaa").disabled = !running;
};
worker.onmessage = (event: MessageEvent) => {
  const m = event.data as
    | { type: "progress"; done: number; total: number }
    | { type: "done"; result: ComparisonSmaa }
    | { type: "error"; message: string; code?: string };
  if (m.type === "progress") {
    progress.value = m.done / m.total;
    status.textContent = `${m.done} of ${m.total} samples`;
  } else if (m.type === "done") {
    setRunning(false);
    const varied =
      m.result.weights.kind === "fixed"
        ? "ratings varied, your weights held"
        : m.result.ratings === "fixed"
          ? "weights varied, ratings held"
          : "weights and ratings varied";
    status.textContent = `Done: ${m.result.samples} samples, seed ${m.result.seed}, ${varied}; largest standard error ${m.result.standardError.max.toFixed(4)}`;
    $("smaa").querySelector("tbody")!.innerHTML = smaaRows(m.result);
    void svgOf(acceptabilitySpec(m.result)).then((svg) => ($("smaa-chart").innerHTML = svg));
  } else {
    setRunning(false);
    status.textContent = m.code === "cancelled" ? "Cancelled." : `Error: ${m.message}`;
  }
};
$("run-smaa").addEventListener("click", () => {
  setRunning(true);
  progress.value = 0;
  status.textContent = "Running…";
  worker.postMessage({
    type: "run",
    scenario,
    samples: Number($<HTMLInputElement>("samples").value),
    seed: 1,
    vary: $<HTMLSelectElement>("vary").value,
  });
});
$("cancel-smaa").addEventListener("click", () => worker.postMessage({ type: "cancel" }));

// Two actors side by side: values and beliefs exchanged, and the cruxes (the scenario's states and
// method kept; each actor brings its own weights and perspective).
const actors = catalog.perspectives.map((p) => [p.id, p.actor] as [string, string]);
$("pair-a").innerHTML = options(actors, "heritage");
$("pair-b").innerHTML = options(actors, "bi-experts");
$("run-pair").addEventListener("click", () => {
  const { perspective: _p, weights: _w, ...kept } = scenario as Record<string, unknown>;
  const result = either.disagreement(
    catalog,
    $<HTMLSelectElement>("pair-a").value,
    $<HTMLSelectElement>("pair-b").value,
    kept,
  );
  if (E.isLeft(result)) {
    $("pair").textContent = `Error: ${result.left.message}`;
    return;
  }
  $("pair").innerHTML = pairView(result.right);
  void svgOf(disagreementSpec(result.right)).then((svg) => {
    $("pair").insertAdjacentHTML("beforeend", `<div id="pair-chart">${svg}</div>`);
  });
});

// Scenario discovery in its own worker: progress while it runs; Cancel ends the worker.
let discovery: Worker | undefined;
const discoverStatus = $<HTMLParagraphElement>("discover-status");
const discoverProgress = $<HTMLProgressElement>("discover-progress");
const setDiscovering = (running: boolean) => {
  $<HTMLButtonElement>("run-discover").disabled = running;
  $<HTMLButtonElement>("cancel-discover").disabled = !running;
};
$("discover-option").innerHTML = options(
  catalog.options.map((o) => [o.id, o.name] as [string, string]),
  catalog.options[0]!.id,
);
const runDiscovery = (option: string) => {
  discovery?.terminate();
  $<HTMLSelectElement>("discover-option").value = option;
  // Discovery draws the states and the weights itself; the perspective and the method are kept.
  const { preconditions: _p, preset: _s, weights: _w, ...kept } = scenario as Record<string, unknown>;
  discovery = new Worker(new URL("./discovery-worker.ts", import.meta.url), { type: "module" });
  setDiscovering(true);
  discoverProgress.value = 0;
  discoverStatus.textContent = `Looking for where ${option} comes first…`;
  $("discover-rules").innerHTML = "";
  discovery.onmessage = (event: MessageEvent) => {
    const m = event.data as
      | { type: "progress"; done: number; total: number }
      | { type: "done"; summary: string; base: number; rules: { text: string; significance: number }[] }
      | { type: "error"; message: string };
    if (m.type === "progress") {
      discoverProgress.value = m.done / m.total;
      discoverStatus.textContent = `${m.done} of ${m.total} scenarios`;
      return;
    }
    setDiscovering(false);
    discovery?.terminate();
    discovery = undefined;
    if (m.type === "error") {
      discoverStatus.textContent = `Error: ${m.message}`;
      return;
    }
    discoverProgress.value = 1;
    discoverStatus.textContent = `Done: ${m.summary}`;
    $("discover-rules").innerHTML = m.rules
      .map(
        (r) =>
          `<li>${esc(r.text)} <small>(p ${r.significance < 0.001 ? "< 0.001" : r.significance.toFixed(3)})</small></li>`,
      )
      .join("");
  };
  discovery.postMessage({ option, samples: 600, assumptions: kept });
};
$("run-discover").addEventListener("click", () =>
  runDiscovery($<HTMLSelectElement>("discover-option").value),
);
$("cancel-discover").addEventListener("click", () => {
  discovery?.terminate();
  discovery = undefined;
  setDiscovering(false);
  discoverStatus.textContent = "Cancelled.";
});
$("ranking").addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-discover]");
  if (button) runDiscovery(button.dataset.discover!);
});

const linked = fromHash(catalog, location.hash);
if (linked && E.isLeft(linked)) showError(linked.left);
apply(linked && E.isRight(linked) ? linked.right : initial);
