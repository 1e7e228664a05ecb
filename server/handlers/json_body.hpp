#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace patrolbook::server {

// A request body that must be one JSON object, read with the server's one JSON parser
// (patrolbook/json_parse.hpp); otherwise a 400 that shows the expected `shape`.
nlohmann::json parseObjectBody(const std::string& text, const char* shape);

} // namespace patrolbook::server
