// xero.accountingApi.getInvoices(tenant) in a line comment
/* stripe.customers.list() in a block comment
   fetch("/api.xro/2.0/Invoices") */
const doc = "stripe.customers.list(";  // a string that spells a call
const tpl = `xero.accountingApi.getContacts(${tenant})`;
function getInvoices() { return this.getInvoices(); }  // not on a client of the SDK
const route = "/connections";  // one segment without a host: too common a route to be a call
const other = "https://api.example.com/v1/customers";  // another host
const notPath = "v1/customers";  // no leading slash
