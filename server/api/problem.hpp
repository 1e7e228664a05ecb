#pragma once

#include "api/response.hpp"

#include <exception>

namespace patrolbook::server {

// The one place that maps an error to an HTTP answer: application/problem+json with
// type, title, status and detail. ApiError keeps its status; patrolbook::Error maps by
// domain and code (malformed JSON 400, validation 422, database busy 503) and names its
// `field` when it has one; ValidationFailure is 422 with `field` (the first) and
// `errors` (every one: field, code, detail); anything else is a 500 whose detail says
// nothing of the internals.
Response problemFor(const std::exception_ptr& error);
Response problem(int status, const std::string& title, const std::string& detail);

} // namespace patrolbook::server
