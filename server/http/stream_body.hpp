#pragma once

#include "api/response.hpp"

#include <cpprest/http_msg.h>

namespace patrolbook::server {

// Answers `req` with a streamed Response (Response::stream): the headers at once, then
// the producer's chunks as the client takes them. Runs the producer on the calling
// thread (a worker: the producer may read SQLite) and returns when the body is sent,
// the client is gone or the producer threw (the answer is then cut short: the client
// sees a broken chunked body, never a truncated file that looks whole).
void sendStream(web::http::http_request& req, web::http::http_response& resp, const Response& r);

} // namespace patrolbook::server
