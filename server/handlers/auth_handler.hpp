#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

namespace patrolbook::server {

class AuthService;

class AuthHandler {
public:
    explicit AuthHandler(AuthService& auth);
    Response login(const Request& request);
    Response logout(const Request& request);

private:
    AuthService& auth_;
};

} // namespace patrolbook::server
