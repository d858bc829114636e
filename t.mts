import { writeFileSync } from "node:fs";
import { builtinCatalog } from "./src/index";
import { brief } from "./src/report/brief";
const t = performance.now();
const html = await brief(builtinCatalog(), { preset: "2025-08" }, { samples: 20000 });
console.log(performance.now() - t, html.length);
writeFileSync("/tmp/brief.html", html);
