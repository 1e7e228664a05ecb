#pragma once

#include "api/response.hpp"

#include <exception>

namespace patrolbook::server {

// The one place that maps an error to an HTTP answer: application/problem+json with
// type, title, status and detail. ApiError keeps its status; patrolbook::Error maps by
// domain and code (malformed JSON 400, validation 422, database busy 503); anything
// else is a 500 whose detail says nothing of the internals.
Response problemFor(const std::exception_ptr& error);
Response problem(int status, const std::string& title, const std::string& detail);

} // namespace patrolbook::server
