#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"

namespace patrolbook::server {

class AuthService;
class PhotoService;

class PhotoHandler {
public:
    PhotoHandler(AuthService& auth, PhotoService& photos);
    Response head(const Request& request, const PathParams& params);
    Response put(const Request& request, const PathParams& params);
    Response get(const Request& request, const PathParams& params);

private:
    AuthService& auth_;
    PhotoService& photos_;
};

} // namespace patrolbook::server
