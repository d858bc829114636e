// Writes docs/explorer.png: the scenario explorer, built on the package, in Debian's Chromium,
// showing the DEA's perspective under the conditions it argues for. Run with
// `npm run gallery:explorer` (needs /usr/bin/chromium) after a change to the explorer or the catalog.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("..", import.meta.url).pathname;
const site = mkdtempSync(join(tmpdir(), "pm-explorer-shot-"));
execFileSync(
  join(root, "node_modules/.bin/vite"),
  ["build", "examples/explorer", "--outDir", site, "--logLevel", "error"],
  {
    cwd: root,
  },
);
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer((req, res) => {
  const path = (req.url ?? "/").split(/[?#]/)[0]!.replace(/\.\./g, "");
  try {
    const file = join(site, path === "/" ? "index.html" : path);
    res
      .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("#ranking tbody tr");
  await page.selectOption("#perspective", "dea-maltz");
  await page.locator("#perspective-conditions").check();
  await page.waitForFunction(
    () => document.querySelector("#ranking tbody tr")?.getAttribute("data-option") === "drone-strikes",
  );
  await page.locator("#chart-view svg").waitFor();
  await page.screenshot({ path: join(root, "docs/explorer.png") });
  console.log("docs/explorer.png");
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
