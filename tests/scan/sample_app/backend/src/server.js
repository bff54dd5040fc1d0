// The Express backend: receives the extension's sync request and writes to Xero with xero-node.
const express = require('express');
const { XeroClient } = require('xero-node');

const xero = new XeroClient({
  clientId: process.env.XERO_CLIENT_ID,
  clientSecret: process.env.XERO_CLIENT_SECRET,
  scopes: process.env.XERO_SCOPES.split(' '),
});
const app = express();

app.post('/sync/:customer', async (req, res) => {
  const tenantId = xero.tenants[0].tenantId;
  // Find or create the contact, then post the invoice and its payment.
  const found = await xero.accountingApi.getContacts(tenantId, undefined, `Name=="${req.body.name}"`);
  if (found.body.contacts.length === 0) {
    await xero.accountingApi.createContacts(tenantId, { contacts: [{ name: req.body.name }] });
  }
  await xero.accountingApi.createInvoices(tenantId, { invoices: req.body.invoices });
  await xero.accountingApi.createPayment(tenantId, req.body.payment);
  const accounts = await xero.accountingApi.getAccounts(tenantId);
  res.json({ ok: true, accounts: accounts.body.accounts.length });
});

app.listen(process.env.PORT || 3000);
