// The generated Stripe module against @stripe/ui-extension-sdk's own types (tsconfig.stripe.json:
// moduleResolution bundler, as a Stripe App's UI is built; the SDK has no "exports" map and is
// imported by directory, "@stripe/ui-extension-sdk/utils"). No casts anywhere.
// Every `@ts-expect-error` line must fail to compile (tsc reports an unused directive otherwise).
import { getUserAuthorizedPermissions, isPermissionAuthorized } from "@stripe/ui-extension-sdk/utils";

import { Stripe, StripePermission, XeroScope, app, isStripePermission } from "./generated/ts/index.js";

/** true when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// A permission enum value goes to the SDK as it is.
export function canMatchCustomers(): Promise<boolean> {
  return isPermissionAuthorized(StripePermission.CustomerRead);
}

// Every permission the app profile requests, checked one by one.
export function requested(): Promise<boolean[]> {
  return Promise.all(app.providers.stripe.required.map((permission) => isPermissionAuthorized(permission)));
}

// What the user authorised, as permissions, with anything this catalogue does not know apart.
export async function authorised(): Promise<{ known: StripePermission[]; unknown: string[] }> {
  const { known, unknown } = Stripe.parsePermissions(await getUserAuthorizedPermissions());
  return { known, unknown };
}

// The type guard narrows what the SDK hands back.
export async function firstGranted(): Promise<StripePermission | null> {
  for (const name of await getUserAuthorizedPermissions()) {
    if (isStripePermission(name) && (await isPermissionAuthorized(name))) return name;
  }
  return null;
}

export const value: "customer_read" = StripePermission.CustomerRead;
export const sensitive: Equal<(typeof Stripe.permissionInfo)[StripePermission.WebhookRead]["sensitive"], true> = true;
export const implied: readonly StripePermission[] = Stripe.permissionInfo[StripePermission.CreditNoteRead].impliedClosure;
export const closure: StripePermission[] = Stripe.withImplied([StripePermission.InvoiceRead]);
export const purposes: readonly { readonly name: StripePermission; readonly purpose: string }[] =
    app.providers.stripe.requests;

// @ts-expect-error a Xero scope is not a Stripe permission
export const crossed: StripePermission = XeroScope.AccountingInvoices;
// @ts-expect-error a string literal is not a permission until the guard says so
export const literal: StripePermission = "customer_read";
// @ts-expect-error no such member
export const typo = StripePermission.CustomerReed;
// @ts-expect-error Stripe has no OAuth scope string
Stripe.scopeString([StripePermission.CustomerRead]);
// @ts-expect-error the app's requests are read-only
app.providers.stripe.requests.pop();
