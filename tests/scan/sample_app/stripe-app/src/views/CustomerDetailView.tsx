// The Stripe App's UI extension: the dashboard drawer for a customer. It reads through the
// Stripe client the extension SDK authorises with the app's permissions.
import Stripe from 'stripe';
import { createHttpClient, STRIPE_API_KEY } from '@stripe/ui-extension-sdk/http_client';
import type { ExtensionContextValue } from '@stripe/ui-extension-sdk/context';

const stripe = new Stripe(STRIPE_API_KEY, {
  httpClient: createHttpClient(),
  apiVersion: '2025-08-27.basil',
});

export const CustomerDetailView = ({ environment }: ExtensionContextValue) => {
  const id = environment.objectContext?.id ?? '';
  const load = async () => {
    const customer = await stripe.customers.retrieve(id);
    const invoices = await stripe.invoices.list({ customer: id, limit: 20 });
    // Sync to Xero happens on the backend: the extension only asks it.
    const synced = await fetch(`https://ledgerbridge.example.com/sync/${id}`, { method: 'POST' });
    return { customer, invoices, synced };
  };
  return load;
};
