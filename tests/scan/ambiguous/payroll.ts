// Calls that could be several operations.
export async function employees(token: string) {
  // Payroll UK, NZ and AU v2 share /payroll.xro/2.0: the same path in three APIs.
  const uk = await fetch('https://api.xero.com/payroll.xro/2.0/Timesheets', { method: 'GET' });
  // No method on the call: GET /Contacts/{ContactID} or POST (update)?
  const contact = await fetch('/api.xro/2.0/Contacts/' + token);
  return [uk, contact];
}
