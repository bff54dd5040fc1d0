# accounting_api.get_invoices(tenant) in a comment
'''stripe.Customer.list( in a docstring
"/v1/customers" inside it'''
x = "client.customers.list("
get_invoices()  # a bare call on no object
