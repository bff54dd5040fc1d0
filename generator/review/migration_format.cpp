#include "review/migration_format.hpp"

namespace scopegen::review {

namespace {

using Json = nlohmann::ordered_json;

std::string list(const Names& names) {
  if (names.empty()) return "(none)";
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : " ") + n;
  return out;
}

std::string optional_list(const std::optional<Names>& names) {
  return names ? list(*names) : "unknown (the source gives no list)";
}

const char* phase_name(Phase p) {
  switch (p) {
    case Phase::new_app:
      return "new_app";
    case Phase::before_window:
      return "before_window";
    case Phase::in_window:
      return "in_window";
    case Phase::past_deadline:
      return "past_deadline";
  }
  return "";
}

std::string phase_text(const ProviderMigration& pm, const AppMigration& a) {
  switch (a.phase) {
    case Phase::new_app:
      return "created on or after " + pm.dates.new_apps_from + ": granular scopes only";
    case Phase::before_window:
      return "created before " + pm.dates.new_apps_from +
             "; granular scopes can be requested from " + pm.dates.existing_apps_from;
    case Phase::in_window:
      return "created before " + pm.dates.new_apps_from + "; migrate by " +
             pm.dates.existing_apps_deadline + " (" + std::to_string(a.days_to_deadline) +
             " days left)";
    case Phase::past_deadline:
      return "created before " + pm.dates.new_apps_from + "; the " +
             pm.dates.existing_apps_deadline + " deadline passed " +
             std::to_string(-a.days_to_deadline) + " days ago";
  }
  return "";
}

// "broad:" -> "broad:     ": labels padded so the lists line up.
std::string padded(const std::string& label) {
  return label + std::string(label.size() < 11 ? 11 - label.size() : 1, ' ');
}

void change_text(std::string& out, const ListChange& c, const std::string& before,
                 const std::string& after) {
  out += "  " + padded(before) + optional_list(c.broad) + "\n";
  out += "  " + padded(after) + optional_list(c.granular) + "\n";
  if (!c.comparable) {
    out += "  re-consent: cannot tell (a list is unknown)\n";
    return;
  }
  for (const Replacement& r : c.replacements)
    out += "  " + r.broad + " -> " + list(r.granular) + "\n";
  out += "  unchanged: " + list(c.unchanged) + "\n";
  out += "  gained:    " + list(c.gained) + "\n";
  out += "  lost:      " + list(c.lost) + "\n";
  out += std::string("  re-consent: ") + (c.reconsent ? "yes, every existing connection" : "no") +
         "\n";
}

// `before` and `after` key the two lists; a replacement is keyed by the scheme names.
Json change_json(const ProviderMigration& pm, const ListChange& c, const std::string& before,
                 const std::string& after) {
  Json replacements = Json::array();
  for (const Replacement& r : c.replacements)
    replacements.push_back({{pm.retiring, r.broad}, {pm.current, r.granular}});
  Json out{{before, c.broad ? Json(*c.broad) : Json(nullptr)},
           {after, c.granular ? Json(*c.granular) : Json(nullptr)}};
  if (c.comparable) {
    out["replacements"] = std::move(replacements);
    out["unchanged"] = c.unchanged;
    out["gained"] = c.gained;
    out["lost"] = c.lost;
    out["reconsent_required"] = c.reconsent;
  } else {
    out["reconsent_required"] = nullptr;
  }
  return out;
}

}  // namespace

std::string migration_text(const std::vector<ProviderMigration>& report) {
  std::string out;
  for (const ProviderMigration& pm : report) {
    out += pm.name + " (" + pm.provider + "): " + pm.retiring + " -> " + pm.current + " scopes\n";
    out += "  new apps: " + pm.current + " only from " + pm.dates.new_apps_from + "\n";
    out += "  existing apps: " + pm.current + " from " + pm.dates.existing_apps_from +
           ", migrated by " + pm.dates.existing_apps_deadline + "\n";
    out += std::string("  existing tokens: ") +
           (pm.dates.reconsent_required ? "not upgraded; users must consent again" : "upgraded") +
           "\n";
    out += "  today: " + pm.today + "\n";
    for (const UseCaseMigration& u : pm.use_cases) {
      out += "\nuse case " + u.id + " (" + u.label + ")\n";
      change_text(out, u.change, pm.retiring + ":", pm.current + ":");
      if (!u.note.empty()) out += "  note: " + u.note + "\n";
    }
    if (pm.app) {
      const AppMigration& a = *pm.app;
      out += "\napp " + a.id + " (" + a.name + "), created " + a.created + ", scheme " + a.scheme +
             "\n";
      out += "  dates: " + phase_text(pm, a) + "\n";
      change_text(out, a.change, "now:", pm.current + ":");
    }
    out += "\n";
  }
  return out;
}

Json migration_json(const std::vector<ProviderMigration>& report) {
  Json out = Json::array();
  for (const ProviderMigration& pm : report) {
    Json use_cases = Json::array();
    for (const UseCaseMigration& u : pm.use_cases) {
      Json item{{"id", u.id}, {"label", u.label}};
      item.update(change_json(pm, u.change, pm.retiring, pm.current));
      if (!u.note.empty()) item["note"] = u.note;
      use_cases.push_back(std::move(item));
    }
    Json p{{"provider", pm.provider},
           {"today", pm.today},
           {"dates",
            {{"new_apps_from", pm.dates.new_apps_from},
             {"existing_apps_from", pm.dates.existing_apps_from},
             {"existing_apps_deadline", pm.dates.existing_apps_deadline},
             {"reconsent_required", pm.dates.reconsent_required}}},
           {"use_cases", std::move(use_cases)}};
    if (pm.app) {
      const AppMigration& a = *pm.app;
      Json app{{"id", a.id},
               {"created", a.created},
               {"scheme", a.scheme},
               {"phase", phase_name(a.phase)},
               {"days_to_deadline", a.days_to_deadline}};
      app.update(change_json(pm, a.change, "now", pm.current));
      p["app"] = std::move(app);
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace scopegen::review
