#pragma once

namespace patrolbook::server {

// `patrolbook-server admin VERB COLLECTION [ID] --data-dir DIR [--json '{...}']`: the
// administration API (docs/admin-api.md) for an operator at the server's shell, through
// the same AdminService as the HTTP handlers. argv[1] is "admin".
int runAdminCli(int argc, char** argv);
extern const char* const adminUsageText;

} // namespace patrolbook::server
