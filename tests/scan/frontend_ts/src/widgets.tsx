// A component calling through a client it was given, on a client name without `xero.`.
export function Contacts({ accountingApi, tenant }: { accountingApi: any; tenant: string }) {
  void accountingApi.createPayments(tenant, { payments: [] });
  return null;
}
