// Xero-NetStandard: PascalCase methods with an Async suffix.
using Xero.NetStandard.OAuth2.Api;

public class InvoiceSync
{
    private readonly AccountingApi _accountingApi = new AccountingApi();

    public async Task Run(string accessToken, string tenantId)
    {
        var invoices = await _accountingApi.GetInvoicesAsync(accessToken, tenantId);
        var contacts = await _accountingApi.CreateContactsAsync(accessToken, tenantId, batch);
        /* await _accountingApi.DeleteItemAsync(accessToken, tenantId, itemId); */
        var note = @"_accountingApi.GetItemsAsync( inside a verbatim string";
    }
}
