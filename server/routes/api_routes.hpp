#pragma once

#include "routes/router.hpp"

namespace patrolbook::server {

class AuthHandler;
class SyncHandler;
class PhotoHandler;
class HealthHandler;

struct Handlers {
    AuthHandler& auth;
    SyncHandler& sync;
    PhotoHandler& photos;
    HealthHandler& health;
};

// The API's route table (docs/sync-protocol.md). Every /api route first checks the
// client's protocol version (426 when it is too old to be served).
Router buildApiRoutes(Handlers handlers);

} // namespace patrolbook::server
