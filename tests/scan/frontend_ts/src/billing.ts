// A TypeScript frontend's data layer: xero-node and stripe-node calls.
import { XeroClient } from 'xero-node';
import Stripe from 'stripe';

export async function sync(xero: XeroClient, stripe: Stripe, tenantId: string) {
  const invoices = await xero.accountingApi.getInvoices(tenantId);
  const payments = await xero.accountingApi
    .getPayments(tenantId);
  const employees = await xero.payrollUKApi.getEmployees(tenantId);
  const customers = await stripe.customers.list({ limit: 10 });
  const session = await stripe.checkout.sessions.create({ mode: 'payment' });
  const refund = await stripe?.refunds.create({ charge: 'ch_1' });
  return { invoices, payments, employees, customers, session, refund };
}
