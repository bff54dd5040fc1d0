"""A Python worker: xero-python, stripe-python's StripeClient and its resource classes.

accounting_api.get_contacts(tenant) in a docstring is a string, not a call.
"""
import stripe
from xero_python.accounting import AccountingApi


def run(api_client, client: stripe.StripeClient, tenant_id):
    accounting_api = AccountingApi(api_client)
    invoices = accounting_api.get_invoices(tenant_id)  # get_invoices: GET /Invoices
    accounting_api.create_bank_transactions(tenant_id, transactions)
    # accounting_api.delete_payment(tenant_id, payment_id) is commented out
    client.customers.list()
    client.billing_portal.sessions.create(params={})
    stripe.Customer.list(limit=3)
    stripe.Customer.modify("cus_123", name="x")
    stripe.checkout.Session.create(mode="payment")
    return invoices
