// End to end: build the explorer (on the built package), serve it on localhost, and drive it in
// Debian's Chromium with playwright-core. CI installs Chromium (.ci/run); elsewhere, without it,
// these tests are skipped and say so.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  brief,
  builtinCatalog,
  describeCrux,
  disagreement,
  discover,
  smaaSync,
  type SmaaResult,
} from "../../dist/index.js";
import { tempDir } from "../helpers";
import { problem, runs } from "./smaa-cases";

const root = resolve(__dirname, "../..");
// Built outside the repository: writing examples/explorer/dist while another test packs the
// package would race npm's walk of the tree.
const site = tempDir("pm-explorer-site-");
const scratch = tempDir("pm-explorer-");
const browserPath = "/usr/bin/chromium";
const available = existsSync(browserPath);
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

let server: Server;
let browser: Browser;
let url = "";

describe.runIf(available || process.env.CI)("the scenario explorer in Chromium", () => {
  beforeAll(async () => {
    execFileSync(
      join(root, "node_modules/.bin/vite"),
      ["build", "examples/explorer", "--outDir", site, "--emptyOutDir", "--logLevel", "error"],
      { cwd: root, stdio: "pipe" },
    );
    // A bare page that runs the shared SMAA cases with the built package.
    await build({
      configFile: false,
      logLevel: "error",
      build: {
        outDir: site,
        emptyOutDir: false,
        lib: { entry: join(__dirname, "smaa-page.ts"), formats: ["es"], fileName: () => "smaa-page.js" },
      },
    });
    writeFileSync(
      join(site, "smaa.html"),
      '<!doctype html><meta charset="utf-8"><script type="module" src="/smaa-page.js"></script>',
    );
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0]!)).replace(
        /^(\.\.[/\\])+/,
        "",
      );
      const file = join(site, path === "/" ? "index.html" : path);
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
        .end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
    browser = await chromium.launch({
      executablePath: browserPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const open = async (at = url): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(at);
    await page.waitForSelector("#ranking tbody tr");
    return { page, errors };
  };
  const options = (page: Page) =>
    page.$$eval("#ranking tbody tr", (rows) => rows.map((r) => (r as HTMLElement).dataset.option));
  const row = (page: Page, id: string) => page.locator(`#ranking tbody tr[data-option="${id}"]`);

  it("lists the built-in options, ranked, with no error in the page", async () => {
    const { page, errors } = await open();
    expect(await options(page)).toHaveLength(16);
    expect((await options(page))[0]).toBe("intelligence-sharing");
    await page.locator("#chart-view svg").waitFor();
    const shot = join(scratch, "explorer.png");
    await page.screenshot({ path: shot, fullPage: false });
    expect(readFileSync(shot).length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("blocks the options that need Mexico's consent when it is refused, and keeps the state in the URL", async () => {
    const { page, errors } = await open();
    await page.selectOption("#pre-mexican-consent", "opposed");
    await expect.poll(() => row(page, "training-fid").locator("td").nth(3).textContent()).toBe("no");
    expect(await row(page, "training-fid").locator("td").nth(4).textContent()).toContain("willing-partner");
    expect(await page.locator("#diff-changes").textContent()).toContain("preconditions.mexican-consent");
    // Intelligence sharing needs a willing partner: the top option changes, and the view says so first.
    expect(await page.locator("#diff-top").textContent()).toMatch(/^Top option: intelligence-sharing → \S/);
    const link = page.url();
    expect(link).toMatch(/#s=/);
    const again = await open(link);
    expect(await again.page.inputValue("#pre-mexican-consent")).toBe("opposed");
    expect(errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it("opens a row to show why: contributions, whose rating, its basis, and quotes with source, speaker and date", async () => {
    const { page } = await open();
    await row(page, "training-fid").locator("summary").click();
    const why = await row(page, "training-fid").locator("details").textContent();
    expect(why).toContain("mexican-role: rating 3.0");
    expect(why).toContain("Analyst (inference): Its purpose is Mexico's own capacity");
    expect(why).toContain("(Mark Milley) [milley-2023: Defense One, 2023-03-31]");
    expect(why).toContain("(reported, The SOF operator and other experts (BI)) [bi-2025");
    await page.keyboard.press("Tab");
    await page.close();
  });

  it("downloads the brief of the scenario on screen: the library's brief, charts drawn in the page", async () => {
    const { page, errors } = await open();
    await page.selectOption("#pre-mexican-consent", "opposed");
    await expect.poll(() => row(page, "training-fid").locator("td").nth(3).textContent()).toBe("no");
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return readFileSync((await download.path())!, "utf8");
    };
    const scenario = JSON.parse(await saved("#export")) as Record<string, unknown>;
    const html = await saved("#download-brief");
    // Charts are drawn by the page's Vega; everything else is the library's brief for this scenario.
    const figures = /<figure>[\s\S]*?<\/figure>/g;
    expect(html.match(figures)).toHaveLength(2);
    expect(html.match(figures)!.every((f) => f.includes("<svg"))).toBe(true);
    const node = await brief(builtinCatalog(), scenario, {
      samples: 10_000,
      seed: 1,
      renderSvg: async () => "",
    });
    expect(html.replace(figures, "")).toBe(node.replace(figures, ""));
    expect(html).toContain("assumed (documented:");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("re-ranks when a weight changes", async () => {
    const { page } = await open();
    await page.locator("#w-border-security").fill("10");
    await page.locator("#w-border-security").dispatchEvent("change");
    await expect.poll(async () => (await options(page))[0]).toBe("border-enforcement");
    await page.close();
  });

  it("takes an actor's perspective: its beliefs shown, values and beliefs apart, its conditions on request", async () => {
    const { page, errors } = await open();
    await page.selectOption("#perspective", "dea-maltz");
    await expect
      .poll(() => page.locator("#belief-list").textContent())
      .toContain("in favor of hitting the production labs");
    expect(await page.locator("#perspective-use").isEnabled()).toBe(true);
    // Under its own conditions (force authorized), its beliefs put a strike first ...
    await page.locator("#perspective-conditions").check();
    await expect.poll(async () => (await options(page))[0]).toBe("drone-strikes");
    await row(page, "drone-strikes").locator("summary").click();
    expect(await row(page, "drone-strikes").locator("details").textContent()).toContain(
      "The actor's belief (inference)",
    );
    // ... its values alone do not.
    await page.selectOption("#perspective-use", "values");
    await expect.poll(async () => (await options(page))[0]).toBe("intelligence-sharing");
    expect(await page.locator("#beliefs").textContent()).toContain("(not used: values only)");
    const again = await open(page.url());
    expect(await again.page.inputValue("#perspective-use")).toBe("values");
    expect(await again.page.isChecked("#perspective-conditions")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it("shows a bad scenario's error with its path and keeps the last good state", async () => {
    const { page } = await open();
    await page.fill("#paste", JSON.stringify({ weights: { "legal-exposure": -1 } }));
    await page.click("#apply");
    expect(await page.locator("#error").textContent()).toBe(
      "pasted assumptions.weights.legal-exposure: expected a number >= 0, got -1",
    );
    expect(await options(page)).toHaveLength(16);
    const file = join(scratch, "bad.json");
    writeFileSync(file, "{ not json");
    await page.setInputFiles("#import", file);
    await expect
      .poll(() => page.locator("#error").textContent())
      .toMatch(/^bad\.json: assumptions: malformed JSON/);
    await page.close();
  });

  it("gives Node's SMAA results bit for bit, in WebAssembly and in JavaScript, for the same seed", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}smaa.html`);
    await page.waitForFunction(() => "smaaResults" in globalThis, undefined, { timeout: 120_000 });
    const inBrowser = (await page.evaluate(() => (globalThis as { smaaResults?: unknown }).smaaResults)) as {
      sync: SmaaResult;
      js: SmaaResult;
      async: SmaaResult;
    }[];
    const numbers = ({ engine: _, ...rest }: SmaaResult) => rest;
    runs.forEach((options, k) => {
      const inNode = smaaSync(problem, options);
      const got = inBrowser[k]!;
      expect(numbers(got.sync)).toEqual(numbers(inNode));
      expect(numbers(got.js)).toEqual(numbers(inNode));
      expect(numbers(got.async)).toEqual(numbers(inNode));
      expect(got.js.engine).toBe("javascript");
      expect(got.async.engine).toBe(inNode.engine);
    });
    expect(inBrowser[0]!.async.engine).toBe("webassembly");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs SMAA in a Web Worker with progress, and cancels it", async () => {
    const { page, errors } = await open();
    await page.fill("#samples", "40000");
    await page.click("#run-smaa");
    await expect
      .poll(() => page.locator("#smaa-status").textContent(), { timeout: 60_000 })
      .toMatch(/^Done: 40000 samples/);
    expect(await page.locator("#smaa tbody tr").count()).toBe(16);
    await page.locator("#smaa-chart svg").waitFor();
    // With a perspective's weights, hold them and vary the ratings only: the run says so.
    await page.selectOption("#perspective", "heritage");
    await page.selectOption("#vary", "ratings");
    await page.click("#run-smaa");
    await expect
      .poll(() => page.locator("#smaa-status").textContent(), { timeout: 60_000 })
      .toMatch(/^Done: 40000 samples, seed 1, ratings varied, your weights held/);
    expect(await page.locator("#smaa tbody tr").first().locator("td").count()).toBe(6);
    await page.fill("#samples", "5000000");
    await page.click("#run-smaa");
    await expect
      .poll(() => page.locator("#smaa-progress").evaluate((p) => (p as HTMLProgressElement).value), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.click("#cancel-smaa");
    await expect
      .poll(() => page.locator("#smaa-status").textContent(), { timeout: 30_000 })
      .toBe("Cancelled.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sets two actors side by side: the verdict, the two-by-two and the cruxes, as the library gives them", async () => {
    const { page, errors } = await open();
    await page.selectOption("#pair-a", "hard-line");
    await page.selectOption("#pair-b", "sheinbaum");
    await page.click("#run-pair");
    const d = disagreement(builtinCatalog(), "hard-line", "sheinbaum", { preset: "2025-09" });
    expect(await page.locator("#pair-verdict").textContent()).toBe(
      "They differ in both what they value and what they believe.",
    );
    expect(await page.locator("#pair-cruxes li").count()).toBe(d.cruxes.length);
    expect(await page.locator("#pair-cruxes li").first().textContent()).toContain(
      describeCrux(d.cruxes[0]!, d),
    );
    expect(await page.locator("#pair-table tbody tr").count()).toBe(2);
    await page.locator("#pair-chart svg").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asks what would make a row's option first, in a worker, with the library's answer", async () => {
    const { page, errors } = await open();
    await row(page, "law-enforcement-cooperation").locator("button[data-discover]").click();
    await expect
      .poll(() => page.locator("#discover-status").textContent(), { timeout: 90_000 })
      .toMatch(/^Done: /);
    // The same call in Node gives the same summary: scenarios are drawn per seed and index.
    const d = discover(
      builtinCatalog(),
      { kind: "first", option: "law-enforcement-cooperation" },
      {},
      { samples: 600, seed: 1 },
    );
    expect(await page.locator("#discover-status").textContent()).toBe(`Done: ${d.summary}`);
    expect(await page.locator("#discover-rules li").count()).toBe(d.rules.length);
    // Cancel ends the run.
    await page.click("#run-discover");
    await page.click("#cancel-discover");
    expect(await page.locator("#discover-status").textContent()).toBe("Cancelled.");
    expect(errors).toEqual([]);
    await page.close();
  });
});
