#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

namespace patrolbook::server {

class AuthService;
class SyncService;

class SyncHandler {
public:
    SyncHandler(AuthService& auth, SyncService& sync);
    Response push(const Request& request);
    Response pull(const Request& request);

private:
    AuthService& auth_;
    SyncService& sync_;
};

} // namespace patrolbook::server
