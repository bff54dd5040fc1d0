#pragma once

#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::review {

/// The lints of a profile that declares the operations it calls (`operations:`):
///  - E809: a call whose need only scopegen's derivation covers, not the profile's own lists;
///  - W802: a request no declared call, use case, rule or event needs (only for names the
///    operation table uses at all: it cannot judge openid or offline_access);
///  - W803: on a retiring scheme, a broad scope whose declared calls all have granular names.
class OperationLinter {
 public:
  OperationLinter(const model::Provider& p, const model::AppProvider& ap, diag::Diagnostics& diags)
      : p_(p), ap_(ap), diags_(diags) {}

  void run() const;

 private:
  void check_derived() const;
  void check_unneeded() const;
  void check_replaceable() const;

  const model::Provider& p_;
  const model::AppProvider& ap_;
  diag::Diagnostics& diags_;
};

}  // namespace scopegen::review
