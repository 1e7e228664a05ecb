#pragma once

namespace patrolbook::server {

// patrolbook-server's subcommands: init, user add|passwd|disable, serve.
int runCli(int argc, char** argv);

} // namespace patrolbook::server
