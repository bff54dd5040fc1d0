"""Exercises the generated Python package:
python3 check_generated.py DATA_OUT HOSTILE_OUT [GOOGLE_OUT SLACK_OUT].

DATA_OUT is `scopegen generate` of data/, HOSTILE_OUT the hostile_descriptions golden case's
expected output; each holds python/scopegen/. No pytest: plain asserts, exit status 1 on failure.
"""

import importlib
import sys
from types import ModuleType


def load(out: str) -> ModuleType:
    for name in [n for n in sys.modules if n == "scopegen" or n.startswith("scopegen.")]:
        del sys.modules[name]
    sys.path.insert(0, out + "/python")
    try:
        return importlib.import_module("scopegen")
    finally:
        sys.path.pop(0)


def check_data(pkg: ModuleType) -> None:
    xero, stripe, app = pkg.xero, pkg.stripe, pkg.app
    assert sorted(pkg.__all__) == ["app", "quickbooks", "stripe", "xero"], pkg.__all__
    # Round trip: every member parses back to itself from its wire name.
    for module, enum_type in ((xero, xero.Scope), (stripe, stripe.Permission)):
        assert len(module.ALL) > 0
        for member in module.ALL:
            assert module.parse(str(member)) is member
            assert module.parse(member.value) == member
        assert module.parse("no.such.name") is None
        assert module.parse("") is None
        assert list(module.ALL) == list(enum_type)
    # scope_string: catalogue order, each name once, whatever order and repeats it is given.
    s = xero.Scope
    assert xero.scope_string([s.ACCOUNTING_CONTACTS, s.OPENID], {s.OPENID}) == "openid accounting.contacts"
    assert xero.scope_string() == ""
    # parse_scope_string: known in catalogue order, unknown in the given order, each once.
    parsed = xero.parse_scope_string("accounting.contacts  bogus openid bogus other")
    assert parsed.known == (s.OPENID, s.ACCOUNTING_CONTACTS), parsed
    assert parsed.unknown == ("bogus", "other"), parsed
    assert stripe.parse_scope_string(["customer_read", "nope"]).unknown == ("nope",)
    # check_consent against the app's sets.
    ok = xero.check_consent(app.xero.REQUIRED_STRING, app.xero.REQUIRED)
    assert ok.missing == () and ok.unknown == () and not ok.reconsent_required, ok
    broad = xero.check_consent(app.xero.BROAD_STRING + " legacy.scope", app.xero.GRANULAR)
    assert set(broad.missing) == set(app.xero.RECONSENT), broad
    assert list(broad.missing) == [m for m in xero.ALL if m in app.xero.RECONSENT]
    assert broad.unknown == ("legacy.scope",) and broad.reconsent_required
    try:
        broad.missing = ()  # type: ignore[misc]
        raise AssertionError("ConsentCheck must be frozen")
    except AttributeError:
        pass
    # The app's sets: the string is the set, in catalogue order; use cases and requests resolve.
    assert app.xero.REQUIRED_STRING == xero.scope_string(app.xero.REQUIRED)
    assert app.xero.BROAD_STRING == xero.scope_string(app.xero.BROAD)
    assert app.xero.GRANULAR == app.xero.REQUIRED  # the profile uses the granular scheme
    assert app.xero.RECONSENT <= app.xero.GRANULAR and not (app.xero.RECONSENT & app.xero.BROAD)
    assert isinstance(app.xero.REQUIRED, frozenset)
    assert xero.ALWAYS_REQUIRED <= app.xero.REQUIRED
    for use_case in app.xero.USE_CASES:
        assert use_case.granular is not None and use_case.granular <= app.xero.REQUIRED
    for request in app.xero.REQUESTS + app.stripe.REQUESTS:
        assert request.purpose, request
    assert {r.name for r in app.xero.REQUESTS} <= app.xero.REQUIRED
    assert app.stripe.SCHEME is None and stripe.Permission.EVENT_READ in app.stripe.REQUIRED
    assert not hasattr(app.stripe, "RECONSENT") and not hasattr(app.stripe, "reconsent_check")
    # data/app.yaml's sets, pinned: the broad set is what an existing connection may hold.
    assert app.xero.BROAD == {s.OPENID, s.PROFILE, s.EMAIL, s.OFFLINE_ACCESS, s.ACCOUNTING_TRANSACTIONS,
                              s.ACCOUNTING_SETTINGS, s.ACCOUNTING_CONTACTS, s.ACCOUNTING_ATTACHMENTS}
    assert app.xero.RECONSENT == {s.ACCOUNTING_INVOICES, s.ACCOUNTING_PAYMENTS, s.ACCOUNTING_BANKTRANSACTIONS}
    assert [r.name for r in app.xero.REQUESTS] == [s.ACCOUNTING_BANKTRANSACTIONS, s.OPENID, s.PROFILE, s.EMAIL]
    assert app.xero.REQUESTS[0].purpose == "Record Stripe payouts and fees as bank transactions in Xero"
    # The app's check: a broad grant lacks exactly RECONSENT, a granular one nothing.
    via_app = app.xero.reconsent_check(app.xero.BROAD_STRING)
    assert via_app.reconsent_required and set(via_app.missing) == app.xero.RECONSENT, via_app
    assert not app.xero.reconsent_check(app.xero.GRANULAR_STRING).reconsent_required
    case = xero.UseCases.AUTOMATING_RECEIVABLES
    assert case.id == "automating_receivables" and isinstance(case.broad, frozenset)


def check_hostile(pkg: ModuleType) -> None:
    # Every hostile string comes back exactly as the tables hold it, inert in the source.
    books = pkg.books
    assert books.PROVIDER_NAME == 'Books */ /* // "Corp" \\ `${x}` </script> \u2028 \u202e'
    for member in books.ALL:
        assert books.parse(member.value) is member
    for case_name in dir(books.UseCases):
        if case_name.startswith("__"):
            continue
        case = getattr(books.UseCases, case_name)
        assert isinstance(case, books.UseCase)
    app = pkg.app
    assert app.NAME == 'Hostile */ /* "App" \\ `${x}` </script> \u2028 \u202e \0', repr(app.NAME)
    purposes = [r.purpose for r in app.books.REQUESTS]
    expected = 'purpose */ /* "quoted" \\ `${x}` </script> \x01 \x1b[31m\n\u2028\u2029\u200f\u202e \0 end \\'
    assert expected in purposes, purposes
    assert app.books.REQUIRED_STRING == books.scope_string(app.books.REQUIRED)
    broad = app.books.reconsent_check(app.books.BROAD_STRING)
    assert set(broad.missing) == app.books.RECONSENT and broad.reconsent_required == bool(app.books.RECONSENT)


def check_shapes(google_out: str, slack_out: str) -> None:
    """URL scopes joined by spaces; colon scopes joined by commas, as each provider writes them."""
    google = load(google_out).google
    drive = google.parse("https://www.googleapis.com/auth/drive")
    assert drive is not None and google.parse("https://www.googleapis.com/auth/drive ") is None
    assert google.scope_string([drive, google.parse("openid")]).split(" ")[0] == "openid"
    slack = load(slack_out).slack
    read, write = slack.parse("channels:read"), slack.parse("chat:write")
    assert read is not None and write is not None
    assert slack.scope_string([write, read]) == "channels:read,chat:write"
    parsed = slack.parse_scope_string("chat:write, channels:read,im:nope")
    assert parsed.known == (read, write) and parsed.unknown == ("im:nope",), parsed
    assert not hasattr(slack, "Status"), "no statuses declared, no Status enum"


def check_operations(pkg: ModuleType) -> None:
    """The operations modules of data/: issue 14's spot checks, can_call and missing_for."""
    xo = importlib.import_module(pkg.__name__ + ".xero_operations")
    so = importlib.import_module(pkg.__name__ + ".stripe_operations")
    s, p = pkg.xero.Scope, pkg.stripe.Permission
    assert len(xo.ALL) == 477 and list(xo.OPERATIONS) == list(xo.ALL)
    assert xo.parse_operation("getInvoices") is xo.OPERATIONS["getInvoices"]
    assert xo.parse_operation("nope") is None and so.parse_operation("") is None
    assert xo.required_broad("getInvoices") == (s.ACCOUNTING_TRANSACTIONS, s.ACCOUNTING_TRANSACTIONS_READ)
    assert xo.required_granular("getInvoices") == (s.ACCOUNTING_INVOICES, s.ACCOUNTING_INVOICES_READ)
    assert xo.required_granular(xo.OPERATIONS["createPayment"]) == (s.ACCOUNTING_PAYMENTS,)
    assert so.required("customers.list") == (p.CUSTOMER_READ,)
    assert so.required("checkout.sessions.create") == (p.CHECKOUT_SESSION_WRITE,)
    assert xo.can_call("getInvoices", "openid accounting.invoices.read")
    assert xo.can_call("getInvoices", ["accounting.transactions"])
    assert not xo.can_call("createPayment", "accounting.payments.read")
    assert xo.missing_for("createPayment", "accounting.payments.read") == (s.ACCOUNTING_PAYMENTS,)
    assert xo.missing_for("getInvoices", "accounting.invoices") == ()
    # Granular unmapped: the broad list is what to ask for.
    assert xo.OPERATIONS["getExpenseClaims"].granular.status == "unmapped"
    assert xo.missing_for("getExpenseClaims", "") == (s.ACCOUNTING_TRANSACTIONS, s.ACCOUNTING_TRANSACTIONS_READ)
    assert xo.can_call("getConnections", "") and xo.missing_for("getConnections", "") == ()
    # Implications count: credit_note_read implies invoice_read.
    assert so.can_call("invoices.list", ["credit_note_read"])
    assert not so.can_call("invoices.list", ["charge_read"])
    assert so.missing_for("invoices.list", ["charge_read"]) == (p.INVOICE_READ,)
    try:
        xo.can_call("noSuchOperation", "")
        raise AssertionError("an unknown key raises KeyError")
    except KeyError:
        pass


def main() -> None:
    data = load(sys.argv[1])
    check_data(data)
    check_operations(data)
    check_hostile(load(sys.argv[2]))
    if len(sys.argv) > 4:
        check_shapes(sys.argv[3], sys.argv[4])
    print("generated Python package: ok")


if __name__ == "__main__":
    main()
