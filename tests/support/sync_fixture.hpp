#pragma once

#include "http/http_client_transport.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/sync_engine.hpp"
#include "server_process.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace patrolbook::test {

// A device as the field app has it: its own SQLite file, the shared sync engine, a real
// HTTP transport to the test server.
struct Device {
    Device(const std::filesystem::path& file, const std::string& url);
    std::unique_ptr<server::HttpClientTransport> http;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    std::string userId();
    // The first record of the type this device can see that is not deleted.
    template <class T>
    T any()
    {
        auto all = store->records().all<T>();
        if (all.empty())
            throw std::runtime_error("no record of this type on the device");
        return all.front();
    }
    // A new open follow-up in the device user's first property, saved locally.
    FollowUp newFollowUp(const std::string& description);
};

// Sends the request, lets the server apply it, then loses the answer: what a dropped
// mobile connection does after the server committed.
class AnswerLost : public sync::Transport {
public:
    explicit AnswerLost(sync::Transport& real)
        : real_(real)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        auto r = real_.send(m, p, b, h);
        if (p.rfind("/api/v1/sync/push", 0) == 0 && losePushes > 0) {
            --losePushes;
            throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "answer lost (test)");
        }
        return r;
    }
    int losePushes = 1;

private:
    sync::Transport& real_;
};

// Checks what must hold after any sequence of syncs and faults, once every device has
// synced: every outbox drained (rejections aside), every device agrees with the server
// on every record it holds, nothing the server acknowledged is missing.
void expectConverged(const std::string& serverUrl, std::vector<Device*> devices,
                     const std::string& auditor = "manager");

} // namespace patrolbook::test
