// Each call stands after non-ASCII text on its own line: SARIF columns count UTF-16 code
// units, so é (2 bytes) counts 1 and 🧾 (4 bytes, a surrogate pair) counts 2.
const title = "Café"; const customers = await stripe.customers.list();
const icon = "🧾"; const invoices = await stripe.invoices.list({ customer: "cus_1" });
const plain = await stripe.charges.list();
