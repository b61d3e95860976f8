// Parse Mermaid diagrams with the vendored Mermaid build inside jsdom.
// stdin: JSON [{"where": "docs/x.md:12", "code": "flowchart LR ..."}]
// stdout: JSON [{"where": ..., "error": "..."}] for every diagram that fails.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { JSDOM } = require("jsdom");

const script = process.argv[2];
const diagrams = JSON.parse(fs.readFileSync(0, "utf8"));
const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", pretendToBeVisual: true });
vm.runInContext(fs.readFileSync(path.resolve(script), "utf8"), dom.getInternalVMContext(), { filename: script });
const mermaid = dom.window.mermaid;
if (!mermaid || typeof mermaid.parse !== "function") {
  console.error(`no mermaid.parse in ${script}`);
  process.exit(2);
}
mermaid.initialize({ startOnLoad: false });

(async () => {
  const failures = [];
  for (const { where, code } of diagrams) {
    try {
      await mermaid.parse(code);
    } catch (error) {
      failures.push({ where, error: String(error && error.message || error).trim() });
    }
  }
  process.stdout.write(JSON.stringify(failures));
})();
