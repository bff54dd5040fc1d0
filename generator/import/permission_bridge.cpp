#include "import/permission_bridge.hpp"

#include <algorithm>

#include "import/words.hpp"

namespace scopegen::importer {

namespace {

// A row of the permissions table: the permissions that share a product and a resource label.
struct Row {
  const CataloguePermission* head = nullptr;  // label, product, description and links
  std::vector<const CataloguePermission*> permissions;
};

// The row an operation's object belongs to, by which rule, and what the source calls the
// object there (a link's text or a label's part: the creation rule quotes it).
struct RowMatch {
  const Row* row = nullptr;
  std::string rule;
  std::string named;
  std::size_t depth = 0;  // a link's segments: a deeper link names a nested object
};

// The object as the rules see it: `test_helpers.` dropped (a test helper acts on the object
// its path names after it), and its segments.
struct Subject {
  std::string object;  // issuing.card
  std::string flat;    // issuing_card
  std::vector<std::string> segments;
  bool test_helper = false;
};

std::vector<Row> rows_of(const std::vector<CataloguePermission>& permissions) {
  std::vector<Row> rows;
  for (const CataloguePermission& p : permissions) {
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) {
      return r.head->product == p.product && r.head->resource == p.resource;
    });
    if (it == rows.end()) {
      rows.push_back({&p, {&p}});
    } else {
      it->permissions.push_back(&p);
    }
  }
  return rows;
}

const CataloguePermission* with_access(const Row& row, const std::string& access) {
  for (const CataloguePermission* p : row.permissions)
    if (p->name.ends_with("_" + access)) return p;
  return nullptr;
}

std::string names_of(const Row& row) {
  std::string out;
  for (const CataloguePermission* p : row.permissions) out += (out.empty() ? "" : ", ") + p->name;
  return out;
}

Subject subject_of(const std::string& object) {
  Subject s;
  s.test_helper = object.starts_with("test_helpers.");
  s.object = s.test_helper ? object.substr(13) : object;
  s.flat = s.object;
  std::replace(s.flat.begin(), s.flat.end(), '.', '_');
  s.segments = words::split(s.object, ".");
  return s;
}

// By name: the object's permission (checkout_session_write, payment_links_read), or, when the
// access has none, the object's other permission, whose row then answers for the access.
RowMatch by_name(const std::vector<Row>& rows, const std::string& flat, const std::string& access,
                 const std::string& rule) {
  const std::string other = access == "read" ? "write" : "read";
  const std::pair<std::string, std::string> tries[] = {
      {flat + "_" + access, rule},
      {words::plural(flat) + "_" + access, rule + ", plural"},
      {flat + "_" + other, rule + ": " + flat + "_" + other + "'s row"},
      {words::plural(flat) + "_" + other,
       rule + ": " + words::plural(flat) + "_" + other + "'s row"},
  };
  for (const auto& [name, how] : tries)
    for (const Row& row : rows)
      for (const CataloguePermission* p : row.permissions)
        if (p->name == name) return {&row, how, "", 0};
  return {};
}

// By resource label: "Prices" -> price, "Charges and Refunds" -> refund.
RowMatch by_label(const std::vector<Row>& rows, const std::string& flat) {
  for (const Row& row : rows) {
    for (const std::string& part : words::split(row.head->resource, " and ")) {
      const std::string l = words::letters(part);
      if (l == words::letters(flat) || l == words::letters(words::plural(flat)))
        return {&row, "by resource label '" + row.head->resource + "'", part, 0};
    }
  }
  return {};
}

// A path or docs link as comparable segments: `{param}` dropped, `v1` dropped (docs links
// name no version for v1; v2 ones say v2), "-" read as "_", singular.
std::vector<std::string> path_segments(const std::string& path) {
  std::vector<std::string> out;
  for (std::string seg : words::split(path, "/")) {
    if (seg.empty() || seg.front() == '{' || (out.empty() && seg == "v1")) continue;
    std::replace(seg.begin(), seg.end(), '-', '_');
    out.push_back(words::letters(words::singular(seg)));
  }
  return out;
}

// The API reference part of a docs link ("https://<docs host>/api/accounts/login_link" ->
// "accounts/login_link"); "" for a guide or another site's page.
std::string api_reference_path(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t host_end = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme == std::string::npos || host_end == std::string::npos ||
      url.compare(host_end, 5, "/api/") != 0)
    return "";
  const std::string rest = url.substr(host_end + 5);
  return rest.substr(0, rest.find_first_of("#?"));
}

bool starts_with_segments(const std::vector<std::string>& path, std::size_t from,
                          const std::vector<std::string>& link) {
  return !link.empty() && path.size() >= from + link.size() &&
         std::equal(link.begin(), link.end(), path.begin() + static_cast<std::ptrdiff_t>(from));
}

// By the row's API link: the longest docs.stripe.com/api/ link that is a prefix of the path
// (/v1/accounts/{id}/login_links -> api/accounts/login_link), when the link's text names what
// it links ("Login Links"); links whose text names something else, and v1 links for a v2 path,
// are kept as near misses for the reason.
RowMatch by_link(const std::vector<Row>& rows, const ApiOperation& op, const Subject& s,
                 std::vector<std::string>& near) {
  std::vector<std::string> path = path_segments(op.path);
  if (s.test_helper && !path.empty() && path.front() == "testhelper") path.erase(path.begin());
  RowMatch best;
  for (const Row& row : rows) {
    for (const DocLink& link : row.head->links) {
      const auto segs = path_segments(api_reference_path(link.url));
      if (segs.empty()) continue;
      const bool v2 = !path.empty() && path.front() == "v2";
      if (!starts_with_segments(path, 0, segs)) {
        if (v2 && (starts_with_segments(path, 1, segs) || starts_with_segments(path, 2, segs)))
          near.push_back("the '" + row.head->resource + "' row links the v1 API only (" + link.url +
                         ")");
        continue;
      }
      if (!words::letters(words::singular(words::letters(link.text))).ends_with(segs.back())) {
        near.push_back("the '" + row.head->resource + "' row links " + link.url +
                       ", but under the text '" + link.text + "', which names something else");
        continue;
      }
      if (segs.size() > best.depth)
        best = {
            &row,
            "by the API link of row '" + row.head->resource + "': '" + link.text + "' " + link.url,
            link.text, segs.size()};
    }
  }
  return best;
}

// By product and label: the namespace names the row's product and the object its label
// (apps.secret -> Stripe Apps, Secrets), or the namespace is the label (entitlements.* ->
// Entitlements).
RowMatch by_namespace(const std::vector<Row>& rows, const Subject& s) {
  if (s.segments.size() < 2) return {};
  const std::string ns = words::letters(s.segments.front());
  const std::string last = words::letters(s.segments.back());
  for (const Row& row : rows) {
    const auto product = words::split(row.head->product, " ");
    const bool in_product = std::any_of(product.begin(), product.end(),
                                        [&](const auto& w) { return words::letters(w) == ns; });
    for (const std::string& part : words::split(row.head->resource, " and ")) {
      const std::string l = words::letters(part);
      if (in_product && (l == last || l == words::plural(last)))
        return {&row,
                "by product '" + row.head->product + "' and resource label '" + row.head->resource +
                    "'",
                part, 0};
    }
    if (words::letters(row.head->resource) == ns)
      return {&row,
              "by namespace " + s.segments.front() + ": resource '" + row.head->resource + "'",
              row.head->resource, 0};
  }
  return {};
}

RowMatch find_row(const std::vector<Row>& rows, const ApiOperation& op, const Subject& s,
                  const std::string& access, std::vector<std::string>& near) {
  const RowMatch link = by_link(rows, op, s, near);
  if (link.row && link.depth > s.segments.size()) return link;  // a nested object's own row
  RowMatch m = by_name(rows, s.flat, access, "by name");
  if (!m.row) m = by_label(rows, s.flat);
  if (!m.row && s.object.starts_with("v2."))
    m = by_name(rows, s.flat.substr(3), access, "by name, without the v2 namespace");
  if (!m.row) m = link;
  if (!m.row) m = by_namespace(rows, s);
  return m;
}

// The events of the object (type = object + "." + what happened), their permissions if they
// all agree.
std::vector<const CatalogueEvent*> events_of(const std::vector<CatalogueEvent>& events,
                                             const Subject& s) {
  std::vector<const CatalogueEvent*> out;
  for (const CatalogueEvent& e : events) {
    const std::size_t dot = e.type.rfind('.');
    if (dot != std::string::npos && words::letters(e.type.substr(0, dot)) == words::letters(s.flat))
      out.push_back(&e);
  }
  return out;
}

std::string joined(const std::vector<std::string>& names, const char* sep) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : sep) + n;
  return out;
}

}  // namespace

Need permission_need(const ApiOperation& op, const PermissionCatalogue& catalogue) {
  Need need;
  need.scheme = "permissions";
  const std::string access = op.method == "GET" ? "read" : "write";
  const std::string verb = op.method == "GET" ? "GET reads" : op.method + " changes";
  const std::string object = words::snake(op.object);
  const Subject s = subject_of(object);
  std::string origin = op.object_from_spec ? op.object_key + " " + op.object
                                           : "object " + object + " (from the SDK path)";
  if (s.test_helper) origin += ", a test helper acting on " + s.object;
  const std::vector<Row> rows = rows_of(catalogue.permissions);
  std::vector<std::string> near;
  const RowMatch m = find_row(rows, op, s, access, near);
  const auto mapped = [&](const CataloguePermission& p, const std::string& how) {
    if (!p.unavailable.empty()) {
      need.status = "not_available";
      need.reason = p.name + " would be needed, but " + p.unavailable;
      return need;
    }
    need.any_of.push_back(p.name);
    need.why = origin + "; " + verb + ": " + p.name + " (" + how + ")";
    return need;
  };
  if (m.row) {
    const Row& row = *m.row;
    if (const CataloguePermission* p = with_access(row, access)) return mapped(*p, m.rule);
    // The row has no permission for this access: Report Runs' read permission "allows creation
    // of Report Runs"; otherwise Stripe Apps cannot do it, unless a sibling row ("Confirmation
    // Token (client)") covers the object in another setting.
    const std::string creation = "creation of " + m.named;
    if (access == "write" && op.id.ends_with(".create") && !m.named.empty() &&
        row.head->description.find(creation) != std::string::npos)
      return mapped(*row.permissions.front(),
                    m.rule + "; the row says it \"allows " + creation + "\"");
    for (const Row& other : rows) {
      const CataloguePermission* p = with_access(other, access);
      if (&other == &row || !p ||
          !words::letters(other.head->resource).starts_with(words::letters(row.head->resource)))
        continue;
      need.status = "unmapped";
      need.reason = "the '" + row.head->resource + "' row (" + m.rule + ") has only " +
                    names_of(row) + "; the '" + other.head->resource + "' row's " + p->name +
                    " covers the object in another setting (\"" + other.head->description +
                    "\"), and no source says which this call needs";
      return need;
    }
    need.status = "not_available";
    need.reason = "the permissions table's '" + row.head->resource + "' row (" + m.rule +
                  ") has only " + names_of(row) + " (\"" + row.head->description + "\"): no " +
                  access + " permission exists for " + s.object;
    return need;
  }
  const auto events = events_of(catalogue.events, s);
  std::vector<std::string> any_of;
  bool agree = !events.empty();
  for (const CatalogueEvent* e : events) agree = agree && e->any_of == events.front()->any_of;
  if (agree) any_of = events.front()->any_of;
  // As the event table writes them: invoiceitem.*, issuing_personalization_design.*.
  const std::string event_types =
      events.empty()
          ? ""
          : events.front()->type.substr(0, events.front()->type.rfind('.')) + ".* events";
  if (access == "read" && !any_of.empty()) {
    need.any_of = any_of;
    need.why = origin + "; " + verb + ": " + (any_of.size() > 1 ? "any of " : "") +
               joined(any_of, ", ") + " (by the event table: " + event_types + " need " +
               (any_of.size() > 1 ? "any of them" : "it") + ", and an event carries the object)";
    return need;
  }
  if (!events.empty() && any_of.empty())
    near.push_back(agree ? "the event table names no permission for " + event_types
                         : "the event table's " + event_types + " disagree on their permissions");
  if (!any_of.empty())
    near.push_back("the event table ties reading it to any of " + joined(any_of, ", ") +
                   ", but no source names the permission a change needs");
  need.status = "unmapped";
  need.reason = "no " + access + " permission of the catalogue names " + origin + " (tried " +
                s.flat + "_" + access + ", " + words::plural(s.flat) + "_" + access +
                (s.object.starts_with("v2.") ? ", " + s.flat.substr(3) + "_" + access : "") +
                ", the resource labels, products and API links, and the event table)" +
                (near.empty() ? "" : "; " + joined(near, "; "));
  return need;
}

}  // namespace scopegen::importer
