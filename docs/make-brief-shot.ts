// Writes docs/brief.png: the first page of a brief (Heritage's perspective on the documented state
// of 2025-09, with an AUMF assumed enacted), as printed on A4 by Debian's Chromium. Run with
// `npm run gallery:brief` (needs /usr/bin/chromium) after a change to the brief or the catalog.
import { chromium } from "playwright-core";
import { brief, builtinCatalog } from "../src/index";

const html = await brief(
  builtinCatalog(),
  { preset: "2025-09", perspective: "heritage", preconditions: { aumf: "enacted" } },
  { samples: 20_000, seed: 1 },
);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
await page.emulateMedia({ media: "print" });
await page.setContent(html, { waitUntil: "load" });
await page.screenshot({ path: new URL("./brief.png", import.meta.url).pathname });
await browser.close();
console.log("docs/brief.png");
