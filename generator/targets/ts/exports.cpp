#include "targets/ts/exports.hpp"

#include "naming/rules.hpp"

namespace scopegen::naming {

TsExports ts_exports(const model::Provider& p) {
  TsExports n;
  n.ns = identifier(p.id, kTypeScript.provider);
  n.type = n.ns + (p.kind == model::Kind::scopes ? "Scope" : "Permission");
  n.guard = "is" + n.type;
  return n;
}

}  // namespace scopegen::naming
