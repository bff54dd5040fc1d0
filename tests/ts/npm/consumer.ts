// A frontend of the LedgerBridge example (data/app.yaml) using the installed package by name:
// the barrel, a provider's subpath, and the app profile's subpath. Type errors fail tsc; wrong
// values fail the asserts when node runs what tsc emitted.
import { Stripe, XeroScope, isXeroScope, labelIn, type Label } from "@scopegen/tables";
import * as Xero from "@scopegen/tables/xero";
import { StripePermission, permissionInfo, withImplied } from "@scopegen/tables/stripe";
import { providers } from "@scopegen/tables/app";
import { canCall, missingFor, type XeroOperation } from "@scopegen/tables/xero.operations";

declare const console: { log(...values: unknown[]): void };

function assert(condition: boolean, what: string): void {
  if (!condition) throw new Error(`assertion failed: ${what}`);
}

// Names are values and types: the const object, and the union of its values.
const invoices: "accounting.invoices" = XeroScope.AccountingInvoices;
const scope: XeroScope = Xero.XeroScope.AccountingContacts;
const permission: StripePermission = StripePermission.CustomerRead;

assert(invoices === "accounting.invoices", "XeroScope.AccountingInvoices");
assert(isXeroScope(scope) && !isXeroScope("accounting.invoice"), "isXeroScope");
assert(Xero.scopeString([scope, invoices]) === "accounting.invoices accounting.contacts", "scopeString: catalogue order");
const status: Xero.Status | null = Xero.scopeInfo[XeroScope.AccountingTransactions].status;
assert(status === "broad", "scopeInfo status");
assert(Xero.checkConsent("openid", [XeroScope.Openid, invoices]).missing[0] === invoices, "checkConsent");
assert(Xero.migration.newAppsFrom === "2026-03-02", "migration");
assert(permissionInfo[permission].name === "customer_read", "permissionInfo");
assert(withImplied([StripePermission.CreditNoteRead]).length > 1, "withImplied");
assert(Stripe.isStripePermission("customer_read"), "Stripe namespace from the barrel");
const label: Label = { en: "Receivables", fr: null };
assert(labelIn(label, "fr") === "Receivables", "labelIn");

// The app profile: what LedgerBridge requests, typed by each provider's names.
const required: readonly XeroScope[] = providers.xero.required;
assert(required.includes(XeroScope.OfflineAccess), "app: offline_access required");
assert(providers.xero.requiredString.split(" ").length === required.length, "app: requiredString");
assert(providers.stripe.required.includes(StripePermission.CustomerRead), "app: customer_read");
// The migration window: a connection granted the broad set must consent again for the granular one.
const broadGrant = providers.xero.reconsentCheck(providers.xero.bySchemeString.broad);
assert(broadGrant.reconsentRequired && broadGrant.missing.length === providers.xero.reconsent.length, "app: reconsentCheck(broad)");
assert(!providers.xero.reconsentCheck(providers.xero.bySchemeString.granular).reconsentRequired, "app: reconsentCheck(granular)");

// The operations subpath: what a call needs, against a granted scope string.
const call: XeroOperation = "getInvoices";
assert(canCall(call, "openid accounting.invoices.read"), "canCall");
assert(missingFor("createPayment", "accounting.payments.read")[0] === XeroScope.AccountingPayments, "missingFor");

// @ts-expect-error: a misspelt name is a type error.
XeroScope.AccountingInvoice;
// @ts-expect-error: a Stripe permission is not a Xero scope.
const crossed: XeroScope = StripePermission.CustomerRead;
void crossed;

console.log(`npm package: ${required.length} Xero scopes, ${Object.keys(permissionInfo).length} Stripe permissions`);
