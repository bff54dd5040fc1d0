// The generated operations modules, type-checked (tsc --strict over tsconfig.json): the spot
// checks of issue 14 pinned as types, so a table or template change that loses them fails to
// compile. Every `@ts-expect-error` line must fail to compile (tsc reports an unused directive
// otherwise), so the file also proves what the types reject.
import { StripePermission } from "./generated/ts/stripe.js";
import * as StripeOps from "./generated/ts/stripe.operations.js";
import { XeroScope } from "./generated/ts/xero.js";
import * as XeroOps from "./generated/ts/xero.operations.js";

/** true when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const xero = XeroOps.operationInfo;
const stripe = StripeOps.operationInfo;

// getInvoices: broad any of accounting.transactions / .read, granular any of accounting.invoices / .read.
export const invoicesBroad: Equal<
  typeof xero.getInvoices.broad.anyOf,
  readonly [XeroScope.AccountingTransactions, XeroScope.AccountingTransactionsRead]
> = true;
export const invoicesGranular: Equal<
  typeof xero.getInvoices.granular.anyOf,
  readonly [XeroScope.AccountingInvoices, XeroScope.AccountingInvoicesRead]
> = true;
export const invoicesMapped: Equal<typeof xero.getInvoices.granular.status, "mapped"> = true;
export const payment: Equal<typeof xero.createPayment.granular.anyOf, readonly [XeroScope.AccountingPayments]> = true;
// ExpenseClaims: no granular replacement lists them.
export const claims: Equal<typeof xero.getExpenseClaims.granular.status, "unmapped"> = true;
export const customers: Equal<typeof stripe["customers.list"]["permissions"]["anyOf"], readonly [StripePermission.CustomerRead]> =
  true;
export const checkout: Equal<
  typeof stripe["checkout.sessions.create"]["permissions"]["anyOf"],
  readonly [StripePermission.CheckoutSessionWrite]
> = true;

// The keys are a union of the table's keys; parse narrows a string to it.
export const key: XeroOps.XeroOperation = "getInvoices";
export const stripeKey: StripeOps.StripeOperation = "checkout.sessions.create";
export function parsed(input: string): XeroOps.XeroOperation | null {
  return XeroOps.parseOperation(input);
}
// The accessors return the scope module's enum; what Xero lacks is what a client asks for.
export const granular: readonly XeroScope[] = XeroOps.requiredGranular("getInvoices");
export const broad: readonly XeroScope[] = XeroOps.requiredBroad("getInvoices");
export const needed: readonly StripePermission[] = StripeOps.required("customers.list");
export const canCall: boolean = XeroOps.canCall("getInvoices", "openid accounting.invoices.read");
export const missing: readonly XeroScope[] = XeroOps.missingFor("createPayment", "accounting.invoices");
export const stripeCanCall: boolean = StripeOps.canCall("customers.list", ["customer_read"]);

// @ts-expect-error: not a key of the table (a typo)
XeroOps.canCall("getInvoicez", "");
// @ts-expect-error: a Stripe key is not a Xero operation
XeroOps.requiredBroad("customers.list");
// @ts-expect-error: Xero's operations have no single list; each scheme has its own
XeroOps.required("getInvoices");
// @ts-expect-error: Stripe has one list: no per-scheme accessor
StripeOps.requiredGranular("customers.list");
// @ts-expect-error: Xero grants come as the token's `scope` string
XeroOps.canCall("getInvoices", ["accounting.invoices"]);
