#pragma once

#include <string>
#include <string_view>

namespace patrolbook::server {

struct LoginBody {
    std::string username;
    std::string password;
    std::string deviceId;
};

// A sign-in's body, {"username", "password", "device_id"}: each a non-empty string
// within AuthService's caps (checked before anything is hashed or stored: a username is
// a key of the failure table). Anyone may send it, signed in or not. Throws
// ApiError 400 naming the first member that is missing or wrong.
LoginBody parseLoginBody(std::string_view body);

} // namespace patrolbook::server
