// The generated Xero module against xero-node's own types (tsconfig.xero.json: module nodenext,
// as a Node server using xero-node compiles). No casts anywhere: what passes here passes in an app.
// Every `@ts-expect-error` line must fail to compile (tsc reports an unused directive otherwise),
// so the test also proves that the generated types reject what they should.
import { XeroClient, type IXeroClientConfig } from "xero-node";

import { Xero, XeroScope, app, isXeroScope, labelIn } from "./generated/ts/index.js";

/** true when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const receivables = Xero.useCases.automatingReceivables;

// A use case's granular list plus the scopes every connection needs. The tables are `as const`
// (readonly) and xero-node types `scopes` as a mutable string[], so the list is spread into a
// fresh array: a copy, not a cast.
export const config: IXeroClientConfig = {
  clientId: "client-id",
  clientSecret: "client-secret",
  redirectUris: ["https://example.com/callback"],
  scopes: [...Xero.alwaysRequired, ...receivables.granular],
};
export const client = new XeroClient(config);

// What the app profile requests, and what the parsing helpers return (fresh arrays, passed as is).
export const forApp = new XeroClient({ clientId: "a", clientSecret: "b", scopes: [...app.providers.xero.required] });
export function reconnect(storedScope: string): XeroClient {
  return new XeroClient({ clientId: "a", clientSecret: "b", scopes: Xero.parseScopeString(storedScope).known });
}
export function upgrade(storedScope: string): XeroClient {
  const scopes = Xero.missingScopes(storedScope, app.providers.xero.required);
  return new XeroClient({ clientId: "a", clientSecret: "b", scopes });
}

// The runtime re-consent check: a stored token against what the app requires now.
export function reconsent(storedScope: string): XeroClient | undefined {
  const check: Xero.ConsentCheck = Xero.checkConsent(storedScope, app.providers.xero.required);
  const missing: XeroScope[] = check.missing;
  return check.reconsentRequired ? new XeroClient({ clientId: "a", clientSecret: "b", scopes: missing }) : undefined;
}

// During the migration window: a connection that still holds the broad grant.
export function migrate(storedScope: string): XeroClient | undefined {
  const check = Xero.checkConsent(storedScope, app.providers.xero.byScheme.granular);
  const lacking: readonly XeroScope[] = app.providers.xero.reconsent;
  return check.reconsentRequired ? new XeroClient({ clientId: "a", clientSecret: "b", scopes: [...lacking] }) : undefined;
}
export const broadConsent: string = app.providers.xero.bySchemeString.broad;
// The same check, as the app module gives it for the profile's granular set.
export const broadGrant: Xero.ConsentCheck = app.providers.xero.reconsentCheck(broadConsent);

// The consent URL's `scope` parameter, from the same lists.
export const consent: string = Xero.scopeString(Xero.alwaysRequired, receivables.granular);
export const appConsent: string = app.providers.xero.requiredString;

// Values are the provider's names; lists keep their exact members, in table order.
export const value: "accounting.invoices" = XeroScope.AccountingInvoices;
export const granular: Equal<
  typeof receivables.granular,
  readonly [XeroScope.AccountingInvoices, XeroScope.AccountingPayments, XeroScope.AccountingContacts, XeroScope.AccountingAttachments]
> = true;
export const always: Equal<typeof Xero.alwaysRequired, readonly [XeroScope.OfflineAccess, XeroScope.AccountingSettings]> = true;
// An unknown list is null (not an empty array), in the type as in the value.
export const unknownBroad: Equal<typeof Xero.useCases.fxInsights.broad, null> = true;
export const unknownWhy: string = Xero.useCases.fxInsights.unknownReason.broad;
// A label the source gives no French for is null; labelIn falls back to English.
export const noFrench: Equal<typeof Xero.useCases.spendInsights.label.fr, null> = true;
export const french: string = Xero.useCases.automatingReceivables.label.fr;
export const shown: string = labelIn(Xero.useCases.spendInsights.label, "fr");
// Metadata keeps its literal types.
export const status: Equal<(typeof Xero.scopeInfo)[XeroScope.AccountingTransactions]["status"], "broad"> = true;
export const readOnly: Equal<(typeof Xero.scopeInfo)[XeroScope.AccountingJournalsRead]["readOnly"], true> = true;
export const restricted: Xero.Restriction = Xero.scopeInfo[XeroScope.AccountingJournalsRead].restrictions[0];
export const found: Xero.UseCaseInfo | null = Xero.useCaseById("automating_receivables");

// The type guard narrows a string to a scope, and only inside the check.
export function narrow(name: string): XeroScope | null {
  if (isXeroScope(name)) return name;
  // @ts-expect-error outside the guard, a string is not a scope
  const scope: XeroScope = name;
  void scope;
  return null;
}

// @ts-expect-error an unknown list is null: there is nothing to spread
new XeroClient({ clientId: "a", clientSecret: "b", scopes: [...Xero.useCases.fxInsights.broad] });
// @ts-expect-error the tables are readonly; xero-node's mutable string[] takes a copy
new XeroClient({ clientId: "a", clientSecret: "b", scopes: receivables.granular });
// @ts-expect-error a string literal is not a scope: string enums are not plain strings
export const literal: XeroScope = "accounting.invoices";
// @ts-expect-error the source's misspelling is not a scope (the table keeps the correction)
Xero.scopeString(["accounting.reports.balancesheets.read"]);
// @ts-expect-error no such member
export const typo = XeroScope.AccountingInvoice;
// @ts-expect-error use cases are keyed by their camelCase identifier, not their table id
export const byId = Xero.useCases.automating_receivables;
// @ts-expect-error the metadata is read-only
Xero.scopeInfo[XeroScope.AccountingInvoices].readOnly = true;
// @ts-expect-error the always-required list is read-only
Xero.alwaysRequired.push(XeroScope.Email);
// @ts-expect-error a known list is not null
export const knownIsNull: Equal<typeof receivables.granular, null> = true;
