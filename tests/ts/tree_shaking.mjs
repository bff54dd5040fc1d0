// Tree-shaking: a frontend that imports only Xero's names must not carry Stripe's catalogue.
//   node tree_shaking.mjs ESBUILD_BIN WORK_DIR
// WORK_DIR is tests/ts's build directory: generated/ is `scopegen generate` over data/ (ts/,
// npm/ and json/). Each entry is bundled and minified by esbuild as an app's build would; the
// bundle must hold Xero's names and none of Stripe's permission names (json/stripe.permissions.json).
// An entry that does import Stripe shows the check sees them when they are there.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const [esbuild, work] = process.argv.slice(2);
if (!esbuild || !work) {
  console.error("usage: node tree_shaking.mjs ESBUILD_BIN WORK_DIR");
  process.exit(2);
}
const generated = join(work, "generated");
const stripeNames = JSON.parse(readFileSync(join(generated, "json", "stripe.permissions.json"), "utf8"))
  .permissions.map((p) => p.name);
assert.ok(stripeNames.length > 100, "the Stripe catalogue is there to leave out");

const dir = join(work, "shake");
mkdirSync(dir, { recursive: true });

/** The minified bundle of an entry module with `source` as its text. */
function bundle(name, source) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const out = join(dir, `${name}.bundle.js`);
  execFileSync(esbuild, [entry, "--bundle", "--minify", "--format=esm", "--platform=neutral", `--outfile=${out}`,
                         "--log-level=warning"], { stdio: "inherit" });
  return readFileSync(out, "utf8");
}

/** The Stripe permission names the bundle holds as string literals. */
function stripeIn(text) {
  return stripeNames.filter((n) => ["\"", "'", "`"].some((q) => text.includes(`${q}${n}${q}`)));
}

const xeroUse = `console.log(scopeString([XeroScope.AccountingInvoices], alwaysRequired), isXeroScope("openid"));\n`;
const entries = {
  // The ts target's per-provider module (esbuild reads the .ts behind the ".js" specifier).
  ts_module: `import { XeroScope, alwaysRequired, isXeroScope, scopeString } from "../generated/ts/xero.js";\n${xeroUse}`,
  // The npm package's subpath module, and its barrel: "sideEffects": false lets esbuild drop the rest.
  npm_module: `import { XeroScope, alwaysRequired, isXeroScope, scopeString } from "../generated/npm/xero.js";\n${xeroUse}`,
  npm_barrel: `import { Xero, XeroScope, isXeroScope } from "../generated/npm/index.js";\n` +
    xeroUse.replace("scopeString(", "Xero.scopeString(").replace("alwaysRequired", "Xero.alwaysRequired"),
};

for (const [name, source] of Object.entries(entries)) {
  test(`${name}: a Xero-only import carries Xero's names and no Stripe name`, () => {
    const text = bundle(name, source);
    assert.ok(text.includes("accounting.invoices"), "the bundle holds the Xero scope it uses");
    assert.deepEqual(stripeIn(text), [], "Stripe permission names in the bundle");
    console.log(`${name}: ${text.length} bytes`);
  });
}

test("the check sees Stripe names in a bundle that imports Stripe", () => {
  const text = bundle("with_stripe", `import { StripePermission } from "../generated/npm/index.js";\n` +
    `console.log(Object.values(StripePermission).length);\n`);
  assert.ok(stripeIn(text).length === stripeNames.length, "every Stripe name in a bundle that uses them all");
});
