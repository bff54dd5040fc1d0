// Runs the generated TypeScript, compiled by tsc, and checks what it does:
//   node runtime.test.mjs GENERATED_DIR JS_DIR
// GENERATED_DIR is a `scopegen generate --out` tree (its json/ is the reference: strings there
// are escaped by a JSON library, so every string the TypeScript holds must read back equal);
// JS_DIR holds the JavaScript tsc emitted from GENERATED_DIR/ts.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

const [generatedDir, jsDir] = process.argv.slice(2);
if (!generatedDir || !jsDir) {
  console.error("usage: node runtime.test.mjs GENERATED_DIR JS_DIR");
  process.exit(2);
}

const load = (file) => import(pathToFileURL(join(jsDir, file)).href);
const index = await load("index.js");
const core = await load("core.js");

/** Every provider: its JSON document, its module, its enum and type guard. */
const providers = [];
// The provider documents are <provider>.scopes.json and <provider>.permissions.json; json/ also
// holds the review rows (<app>-review.json).
const providerDocument = /\.(scopes|permissions)\.json$/;
for (const file of readdirSync(join(generatedDir, "json")).filter((f) => providerDocument.test(f)).sort()) {
  const doc = JSON.parse(readFileSync(join(generatedDir, "json", file), "utf8"));
  const mod = await load(`${doc.provider}.js`);
  const guardName = Object.keys(mod).find((k) => /^is[A-Z]\w*(Scope|Permission)$/.test(k));
  assert.ok(guardName, `${doc.provider}.js exports a type guard`);
  const scopes = "scopes" in doc;
  providers.push({ doc, mod, guard: mod[guardName], enumeration: mod[guardName.slice(2)], scopes,
                   entries: scopes ? doc.scopes : doc.permissions,
                   all: scopes ? mod.allScopes : mod.allPermissions,
                   info: scopes ? mod.scopeInfo : mod.permissionInfo });
}
assert.ok(providers.length > 0, "the tree has providers");

const orNull = (v) => (v === undefined || v === "" ? null : v);

for (const p of providers) {
  const id = p.doc.provider;
  const names = p.entries.map((e) => e.name);

  test(`${id}: the enum holds every name, in catalogue order`, () => {
    assert.equal(p.mod.providerId, id);
    assert.equal(p.mod.providerName, p.doc.name);
    assert.deepEqual(Object.values(p.enumeration), names);
    assert.deepEqual([...p.all], names);
    assert.equal(new Set(Object.keys(p.enumeration)).size, names.length, "identifiers are distinct");
  });

  test(`${id}: the type guard accepts exactly the names`, () => {
    for (const n of names) assert.equal(p.guard(n), true, n);
    const others = ["", " ", "toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"];
    for (const n of names) others.push(n.toUpperCase(), ` ${n}`, `${n} `, n.slice(0, -1));
    for (const n of others.filter((o) => !names.includes(o))) assert.equal(p.guard(n), false, JSON.stringify(n));
    for (const v of [undefined, null, 0, 42, true, {}, [names[0]], new String(names[0])]) {
      assert.equal(p.guard(v), false, String(v));
    }
  });

  test(`${id}: the metadata matches the JSON output`, () => {
    assert.deepEqual(Object.keys(p.info), names);
    for (const e of p.entries) {
      const i = p.info[e.name];
      assert.equal(i.name, e.name);
      assert.equal(i.description, e.description, e.name);
      assert.equal(i.unconfirmed, orNull(e.unconfirmed), e.name);
      if (p.scopes) {
        assert.equal(i.readOnly, e.read_only, e.name);
        // A module has a field exactly when the provider declares the feature, as the JSON has
        // the key: QuickBooks declares no statuses, restrictions or replacements.
        for (const [field, key] of [["status", "status"], ["restrictions", "restrictions"], ["replacedBy", "replaced_by"]]) {
          if (key in e) assert.deepEqual(i[field], e[key], `${e.name}: ${field}`);
          else assert.equal(field in i, false, `${e.name}: ${field}`);
        }
      } else {
        assert.equal(i.readOnly, e.access === "read", e.name);
        assert.equal(i.product, e.product, e.name);
        assert.equal(i.resource, e.resource, e.name);
        assert.equal(i.sensitive, e.sensitive, e.name);
        assert.deepEqual(i.implies, e.implies, e.name);
        assert.deepEqual(i.impliedClosure, e.implied_closure, e.name);
        assert.deepEqual(i.impliesUnlisted, e.implies_unlisted, e.name);
        assert.deepEqual(i.links, e.links, e.name);
      }
    }
  });

  test(`${id}: integrations and migration match the JSON output`, () => {
    const expected = (p.doc.integrations ?? []).map((i) => ({
      id: i.id, name: i.name, platformKey: orNull(i.platform_key), redirectUri: orNull(i.redirect_uri),
      companyLimit: i.company_limit ?? null,
    }));
    assert.deepEqual(p.mod.integrations, expected);
    const m = p.doc.migration;
    assert.deepEqual(p.mod.migration, m ? {
      newAppsFrom: m.new_apps_from, existingAppsFrom: orNull(m.existing_apps_from),
      existingAppsDeadline: orNull(m.existing_apps_deadline), reconsentRequired: m.reconsent_required,
    } : null);
  });

  test(`${id}: use cases match the JSON output; unknown lists are null`, () => {
    const cases = Object.values(p.mod.useCases);
    assert.deepEqual(cases.map((u) => u.id), p.doc.use_cases.map((u) => u.id));
    for (const [n, u] of p.doc.use_cases.entries()) {
      const t = cases[n];
      assert.deepEqual(t.label, { en: u.label.en, fr: u.label.fr ?? null }, u.id);
      assert.deepEqual(t.partnerships, u.partnerships.map((l) => ({ en: l.en, fr: l.fr ?? null })), u.id);
      assert.equal(t.integration, u.integration ?? null, u.id);
      assert.equal(t.readOnlyConfiguration, u.read_only_configuration, u.id);
      const key = p.scopes ? "scopes" : "permissions";
      if (u[key] === null || Array.isArray(u[key])) {
        // A provider without schemes (QuickBooks): one list, one reason.
        assert.deepEqual(t[key], u[key], u.id);
        assert.equal(t.unknownReason, u.unknown ?? null, u.id);
      } else {
        assert.deepEqual(t.broad, u[key].broad, u.id);
        assert.deepEqual(t.granular, u[key].granular, u.id);
        assert.deepEqual(t.unknownReason, { broad: u.unknown?.broad ?? null, granular: u.unknown?.granular ?? null }, u.id);
      }
      assert.equal(p.mod.useCaseById(u.id), t);
    }
    for (const missing of ["", "nope", "toString", "constructor", "__proto__"]) {
      if (!p.doc.use_cases.some((u) => u.id === missing)) assert.equal(p.mod.useCaseById(missing), null, missing);
    }
  });

  if (p.scopes) {
    const [first, second] = names;
    const last = names[names.length - 1];

    test(`${id}: scopeString joins each scope once, in catalogue order`, () => {
      assert.deepEqual(p.mod.alwaysRequired, p.doc.always_required ?? []);  // the JSON leaves out an empty list
      assert.equal(p.mod.scopeString(), "");
      assert.equal(p.mod.scopeString([]), "");
      assert.equal(p.mod.scopeString(p.all), names.join(" "));
      assert.equal(p.mod.scopeString([last, first, last, first]), `${first} ${last}`);
      assert.equal(p.mod.scopeString([last], new Set([second, first])), `${first} ${second} ${last}`);
      for (const u of Object.values(p.mod.useCases)) {
        const list = u.granular ?? u.scopes;  // the current scheme's list, or the only one
        if (!list) continue;
        const expected = names.filter((n) => p.mod.alwaysRequired.includes(n) || list.includes(n));
        assert.equal(p.mod.scopeString(p.mod.alwaysRequired, list), expected.join(" "), u.id);
      }
    });

    test(`${id}: parseScopeString splits known from unknown`, () => {
      assert.deepEqual(p.mod.parseScopeString(""), { known: [], unknown: [] });
      assert.deepEqual(p.mod.parseScopeString("   "), { known: [], unknown: [] });
      const upper = first.toUpperCase() === first ? "X" + first : first.toUpperCase();
      const parsed = p.mod.parseScopeString(`  ${last}   bogus ${first} ${first} ${upper}\tx `);
      assert.deepEqual(parsed.known, first === last ? [first] : [first, last]);
      assert.deepEqual(parsed.unknown, ["bogus", `${upper}\tx`], "only spaces separate names");
      const inherited = ["__proto__", "toString", "constructor"].filter((n) => !names.includes(n));
      assert.deepEqual(p.mod.parseScopeString(inherited.join(" ")), { known: [], unknown: inherited });
      // Round trip: what scopeString writes, parseScopeString reads back.
      assert.deepEqual(p.mod.parseScopeString(p.mod.scopeString(p.all)), { known: names, unknown: [] });
      // Fresh arrays each time: callers may hand them to APIs that mutate.
      assert.notEqual(p.mod.parseScopeString(first).known, p.mod.parseScopeString(first).known);
    });

    test(`${id}: checkConsent says what a stored token lacks and whether to re-consent`, () => {
      const check = p.mod.checkConsent(`${first} bogus`, [last, first]);
      assert.deepEqual(check.missing, [last]);
      assert.deepEqual(check.unknown, ['bogus']);
      assert.equal(check.reconsentRequired, true);
      const current = p.mod.checkConsent(names.join(' '), p.all);
      assert.deepEqual(current.missing, []);
      assert.equal(current.reconsentRequired, false);
    });
    test(`${id}: missingScopes is what a token lacks of a requirement`, () => {
      assert.deepEqual(p.mod.missingScopes(`${first} bogus`, [last, first]), [last]);
      assert.deepEqual(p.mod.missingScopes(names.join(" "), p.all), []);
      assert.deepEqual(p.mod.missingScopes("", [last], [first]), [first, last]);
    });
  } else {
    test(`${id}: parsePermissions and withImplied`, () => {
      const [first] = names;
      assert.deepEqual(p.mod.parsePermissions([]), { known: [], unknown: [] });
      assert.deepEqual(p.mod.parsePermissions(["bogus", ...[...names].reverse(), first, ""]),
                       { known: names, unknown: ["bogus"] });
      assert.deepEqual(p.mod.withImplied(), []);
      for (const e of p.entries) {
        const expected = names.filter((n) => n === e.name || e.implied_closure.includes(n));
        assert.deepEqual(p.mod.withImplied([e.name]), expected, e.name);
      }
    });
  }
}

test("labels fall back to English where the source gives no French", () => {
  assert.equal(core.labelIn({ en: "a", fr: null }, "fr"), "a");
  assert.equal(core.labelIn({ en: "a", fr: "b" }, "fr"), "b");
  assert.equal(core.labelIn({ en: "a", fr: "b" }, "en"), "a");
  assert.equal(index.labelIn, core.labelIn);
});

test("index.ts re-exports every provider module", () => {
  for (const p of providers) {
    const ns = Object.entries(index).find(([, v]) => v?.providerId === p.doc.provider);
    assert.ok(ns, p.doc.provider);
    assert.equal(ns[1].useCases, p.mod.useCases);
    assert.equal(index[p.guard.name], p.guard);
    assert.equal(index[p.guard.name.slice(2)], p.enumeration);
  }
});

// The app profile, when the tree has one: what it requests is consistent with the catalogues.
const app = index.app;
if (app) {
  test("app: every provider's requirement is resolved and consistent", () => {
    for (const [id, a] of Object.entries(app.providers)) {
      const p = providers.find((q) => q.doc.provider === id);
      assert.ok(p, id);
      assert.equal(a.providerId, id);
      const names = p.entries.map((e) => e.name);
      for (const n of a.required) assert.equal(p.guard(n), true, n);
      assert.deepEqual([...a.required], names.filter((n) => a.required.includes(n)), "catalogue order");
      for (const r of a.requests) assert.ok(a.required.includes(r.name) && r.purpose.length > 0, r.name);
      if (p.scopes) {
        assert.equal(a.requiredString, p.mod.scopeString(a.required));
        for (const n of p.mod.alwaysRequired) assert.ok(a.required.includes(n), n);
        for (const u of a.useCases) {
          assert.equal(p.mod.useCaseById(u.id), u);
          for (const n of u[a.scheme] ?? []) assert.ok(a.required.includes(n), `${u.id}: ${n}`);
        }
        if (p.mod.migration) {
          // Both schemes' sets; the profile's own is what it requires; a broad grant lacks
          // exactly the granular scopes it does not hold.
          assert.deepEqual([...a.byScheme[a.scheme]], [...a.required]);
          for (const scheme of ["broad", "granular"]) {
            assert.equal(a.bySchemeString[scheme], p.mod.scopeString(a.byScheme[scheme]));
            for (const n of a.byScheme[scheme]) assert.equal(p.guard(n), true, n);
          }
          assert.deepEqual([...a.reconsent], p.mod.missingScopes(a.bySchemeString.broad, a.byScheme.granular));
          const check = p.mod.checkConsent(a.bySchemeString.broad, a.byScheme.granular);
          assert.equal(check.reconsentRequired, a.reconsent.length > 0);
          // The app module's own check gives the same answer, and nothing for a granular grant.
          assert.deepEqual(a.reconsentCheck(a.bySchemeString.broad), check);
          assert.equal(a.reconsentCheck(a.bySchemeString.granular).reconsentRequired, false);
        } else {
          assert.equal(a.byScheme, undefined);
        }
      }
    }
  });
}

// Facts of data/ (pinned by its tables) that the run-time API must show.
const xero = providers.find((p) => p.doc.provider === "xero");
if (xero) {
  test("xero: facts of data/", () => {
    const X = xero.mod;
    assert.equal(X.XeroScope.AccountingInvoices, "accounting.invoices");
    assert.equal(X.isXeroScope("accounting.reports.balancesheets.read"), false, "Codat's misspelling");
    assert.equal(X.useCases.fxInsights.broad, null);
    assert.match(X.useCases.fxInsights.unknownReason.broad, /no broad list/);
    assert.equal(X.useCases.dashboarding.granular, null);
    assert.equal(X.useCases.spendInsights.label.fr, null);
    assert.equal(index.labelIn(X.useCases.spendInsights.label, "fr"), "Spend Insights");
    assert.equal(index.labelIn(X.useCases.managingExpenses.label, "fr"), "Gestion des dépenses");
    assert.equal(X.scopeString(X.alwaysRequired, X.useCases.automatingReceivables.granular),
                 "offline_access accounting.invoices accounting.payments accounting.settings accounting.contacts accounting.attachments");
    assert.equal(X.scopeInfo["accounting.transactions"].status, "broad");
    assert.deepEqual(X.scopeInfo["accounting.journals.read"].restrictions, ["advanced_tier"]);
    assert.equal(X.migration.reconsentRequired, true);
    if (app) {
      assert.ok(app.providers.xero.byScheme.broad.includes("accounting.transactions"));
      assert.ok(!app.providers.xero.byScheme.broad.includes("accounting.invoices"));
      assert.deepEqual([...app.providers.xero.reconsent],
                       ["accounting.invoices", "accounting.payments", "accounting.banktransactions"]);
      assert.deepEqual([...app.providers.xero.byScheme.broad],
                       ["openid", "profile", "email", "offline_access", "accounting.transactions",
                        "accounting.settings", "accounting.contacts", "accounting.attachments"]);
      assert.deepEqual(app.providers.xero.requests.map((r) => r.name),
                       ["accounting.banktransactions", "openid", "profile", "email"]);
      assert.equal(app.providers.xero.requests[0].purpose,
                   "Record Stripe payouts and fees as bank transactions in Xero");
      assert.deepEqual(app.providers.xero.reconsentCheck("offline_access accounting.transactions").missing,
                       ["openid", "profile", "email", "accounting.invoices", "accounting.payments",
                        "accounting.banktransactions", "accounting.settings", "accounting.contacts",
                        "accounting.attachments"]);
    }
  });
}
const stripe = providers.find((p) => p.doc.provider === "stripe");
if (stripe) {
  test("stripe: facts of data/", () => {
    const S = stripe.mod;
    assert.equal(S.StripePermission.CustomerRead, "customer_read");
    assert.equal(S.permissionInfo.webhook_read.sensitive, true);
    assert.ok(S.withImplied([S.StripePermission.CreditNoteRead]).includes("invoice_read"));
    if (app) assert.ok(app.providers.stripe.required.includes("event_read"), "events add event_read");
  });
}
// data/quickbooks.yaml, written for the provider-neutral format (no statuses, `grant_format: space`).
const quickbooks = providers.find((p) => p.doc.provider === "quickbooks");
if (quickbooks) {
  test("quickbooks: facts of data/", () => {
    const Q = quickbooks.mod;
    assert.equal(Q.allScopes.length, 27);
    assert.equal(Q.allScopes[0], "com.intuit.quickbooks.accounting");
    assert.equal(quickbooks.guard("project-management.project"), true, "a name with hyphens");
    assert.equal(quickbooks.guard("com.intuit.quickbooks.payments"), false, "the playground page's misspelling");
    assert.equal(quickbooks.guard("offline_access"), false, "Intuit has no offline_access");
    assert.equal(Q.scopeInfo["com.intuit.quickbooks.payment"].description,
                 "Grants access to the QuickBooks Payments API, which focuses on payments processing.");
    assert.equal(Q.scopeInfo["com.intuit.quickbooks.accounting"].readOnly, false);
    assert.equal(Q.scopeInfo["qb.company.read"].readOnly, true);
    assert.match(Q.scopeInfo["com.intuit.quickbooks.payroll.payslip.read"].unconfirmed, /oauth-pythonclient/);
    // None: a module may also leave out what a provider does not use.
    assert.deepEqual([...(Q.alwaysRequired ?? [])], []);
    // Intuit's scope string for migrated apps, written space-separated in catalogue order.
    assert.equal(Q.scopeString(["intuit_name", "email", "openid"]), "openid email intuit_name");
    assert.deepEqual(Q.parseScopeString("openid com.intuit.quickbooks.accounting offline_access"),
                     { known: ["com.intuit.quickbooks.accounting", "openid"], unknown: ["offline_access"] });
    assert.equal(Q.useCaseById("codat_accounting").integration, "codat");
    assert.equal(Q.integrations[0].platformKey, "qhyg");
    // One list per use case: QuickBooks has no migration schemes, hence no broad/granular.
    assert.deepEqual([...Q.useCaseById("codat_accounting").scopes], ["com.intuit.quickbooks.accounting"]);
    assert.equal("granular" in Q.useCaseById("codat_accounting"), false);
    assert.equal("status" in Q.scopeInfo["openid"], false, "no Status for a provider without statuses");
  });
}

// tests/ts/edge/: strings that would break the module if any reached it unescaped, written
// here as they are in hostile.yaml, so the check does not rest on the JSON output alone.
const hostile = providers.find((p) => p.doc.provider === "class");
if (hostile) {
  test("edge: hostile strings read back exactly", () => {
    const H = hostile.mod;
    assert.equal(H.providerName, 'Hostile */ "Corp" \\ ${x} `tick` </script> \u2028 \u2029');
    assert.equal(H.scopeInfo.delete.description, "ends a comment */ then \"quotes\" and 'single' and `back` ticks");
    assert.equal(H.scopeInfo.default.description, "backslash \\ at the end \\");
    assert.equal(H.scopeInfo.default.unconfirmed, "a ${template} and a \\u0041 that must stay six characters");
    assert.equal(H.scopeInfo["enum.export"].description,
                 "line\u2028separator and paragraph\u2029separator and NUL\0byte");
    assert.equal(H.scopeInfo["x2fa.read"].description,
                 "right-to-left \u202E override, </script><script>alert(1)</script>, emoji \u{1F600}, caf\u00e9");
    assert.deepEqual(H.useCases.export_.label, { en: 'Export */ "everything"', fr: 'Tout exporter \u2028 "\u00e9"' });
    assert.equal(H.useCases.export_.granular, null);
    assert.equal(H.useCases.export_.unknownReason.granular, 'the source says "ask" */ ${nothing}');
    assert.deepEqual(H.useCases.toString.broad, [], "a known empty list stays an empty array");
    assert.equal(H.useCases.new_.readOnlyConfiguration, true);
    assert.equal(H.integrations[0].redirectUri, 'https://example.com/cb?a=1&b="2"');
    assert.equal(H.isClassScope("constructor"), true);
    assert.equal(H.isClassScope("to_string"), true);
    assert.equal(H.isClassScope("toString"), false);
    assert.deepEqual(H.parseScopeString("toString constructor"), { known: ["constructor"], unknown: ["toString"] });
  });
}

// The operations modules (<provider>.operations.js, one per provider with an operation table):
// issue 14's spot checks at run time, and what one imports, followed import by import, so a
// frontend that imports Xero's operations is shown to bundle no other provider's code.
const relativeImports = (file) =>
  [...readFileSync(join(jsDir, file), "utf8").matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"\.\/([^"]+)"/gmu)]
    .map((m) => m[1]);
const moduleClosure = (file) => {
  const seen = new Set();
  const todo = [file];
  while (todo.length) {
    const next = todo.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...relativeImports(next));
  }
  return [...seen].sort();
};
const operationModules = readdirSync(jsDir).filter((f) => f.endsWith(".operations.js")).sort();
for (const file of operationModules) {
  const id = file.slice(0, -".operations.js".length);
  const ops = await load(file);
  const scopes = await load(`${id}.js`);
  test(`${id}: the operations module imports its provider's module and core only`, () => {
    assert.deepEqual(moduleClosure(file), ["core.js", `${id}.js`, file].sort());
  });
  test(`${id}: operations parse, and every list is the scope module's names`, () => {
    assert.ok(ops.allOperations.length > 0);
    assert.deepEqual(Object.keys(ops.operationInfo), [...ops.allOperations]);
    for (const key of ops.allOperations) {
      assert.equal(ops.parseOperation(key), key);
      const info = ops.operationInfo[key];
      assert.equal(info.key, key);
      for (const need of Object.values(info).filter((v) => typeof v === "object")) {
        assert.ok(["mapped", "unmapped", "not_available", "no_permission"].includes(need.status));
        assert.equal(need.anyOf.length > 0, need.status === "mapped", `${key}: a list only when mapped`);
        for (const name of need.anyOf) assert.ok(scopes.allScopes?.includes(name) ?? scopes.allPermissions.includes(name));
      }
    }
    assert.equal(ops.parseOperation("noSuchOperation"), null);
    assert.equal(ops.parseOperation(""), null);
  });
}
if (operationModules.includes("xero.operations.js")) {
  test("xero operations: canCall and missingFor", async () => {
    const X = await load("xero.operations.js");
    assert.equal(X.allOperations.length, 477);
    assert.deepEqual([...X.requiredBroad("getInvoices")], ["accounting.transactions", "accounting.transactions.read"]);
    assert.deepEqual([...X.requiredGranular("getInvoices")], ["accounting.invoices", "accounting.invoices.read"]);
    assert.deepEqual([...X.requiredGranular("createPayment")], ["accounting.payments"]);
    assert.equal(X.canCall("getInvoices", "openid accounting.invoices.read"), true, "granular");
    assert.equal(X.canCall("getInvoices", "accounting.transactions"), true, "broad");
    assert.equal(X.canCall("createPayment", "accounting.payments.read accounting.invoices"), false);
    assert.deepEqual([...X.missingFor("createPayment", "accounting.payments.read")], ["accounting.payments"]);
    assert.deepEqual([...X.missingFor("getInvoices", "accounting.invoices.read")], []);
    // Granular unmapped (no replacement lists ExpenseClaims): the broad list is what to ask for.
    assert.equal(X.operationInfo.getExpenseClaims.granular.status, "unmapped");
    assert.deepEqual([...X.missingFor("getExpenseClaims", "accounting.invoices")],
                     ["accounting.transactions", "accounting.transactions.read"]);
    // Any token will do.
    assert.equal(X.operationInfo.getConnections.granular.status, "no_permission");
    assert.equal(X.canCall("getConnections", ""), true);
    assert.deepEqual([...X.missingFor("getConnections", "")], []);
  });
}
if (operationModules.includes("stripe.operations.js")) {
  test("stripe operations: canCall and missingFor, implications counted", async () => {
    const S = await load("stripe.operations.js");
    const P = await load("stripe.js");
    assert.deepEqual([...S.required("customers.list")], ["customer_read"]);
    assert.deepEqual([...S.required("checkout.sessions.create")], ["checkout_session_write"]);
    assert.equal(S.canCall("customers.list", ["customer_read"]), true);
    assert.equal(S.canCall("customers.list", ["charge_read", "unknown_name"]), false);
    assert.deepEqual([...S.missingFor("checkout.sessions.create", [])], ["checkout_session_write"]);
    // credit_note_read implies invoice_read (the scope module's withImplied): a grant of it allows
    // the invoice reads.
    assert.ok(P.withImplied(["credit_note_read"]).includes("invoice_read"));
    assert.deepEqual([...S.required("invoices.list")], ["invoice_read"]);
    assert.equal(S.canCall("invoices.list", ["credit_note_read"]), true);
    assert.deepEqual([...S.missingFor("invoices.list", ["credit_note_read"])], []);
  });
}
