#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"

namespace patrolbook::server {

class AuthService;
class DbPool;
class PhotoStore;

class PhotoHandler {
public:
    PhotoHandler(AuthService& auth, PhotoStore& photos, DbPool& pool);
    Response head(const Request& request, const PathParams& params);
    Response put(const Request& request, const PathParams& params);
    Response get(const Request& request, const PathParams& params);

private:
    AuthService& auth_;
    PhotoStore& photos_;
    DbPool& pool_;
};

} // namespace patrolbook::server
