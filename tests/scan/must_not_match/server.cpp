// cli.Get("/api.xro/2.0/Invoices");
/* "/v1/customers" */
auto s = R"raw(a raw string: // not a comment, "/v1/nope")raw";
char quote = '"';  // a character literal holding a quote does not open a string
int n = 0x1'0000;
