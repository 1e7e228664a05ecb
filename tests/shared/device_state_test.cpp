// The device's own sync state in its store: its id, the sign-in and the pull cursor,
// kept across restarts and across signing out.

#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;

TEST(DeviceState, SurvivesReopeningTheStore)
{
    test::TempDir dir;
    const auto path = dir.file("device.db");
    std::string deviceId;
    {
        Store store(path);
        sync::DeviceState state(store.database());
        deviceId = state.deviceId();
        EXPECT_TRUE(isUuid(deviceId));
        EXPECT_EQ(state.deviceId(), deviceId) << "made once, then kept";
        EXPECT_FALSE(state.token());
        EXPECT_FALSE(state.pullCursor());
        state.setSignIn("tok-123", {{"id", "u-1"}, {"name", "王师傅"}, {"role", "patrol"}});
        state.setPullCursor("opaque/cursor+1=");
    }
    Store store(path);
    sync::DeviceState state(store.database());
    EXPECT_EQ(state.deviceId(), deviceId);
    EXPECT_EQ(state.token(), "tok-123");
    ASSERT_TRUE(state.user());
    EXPECT_EQ(state.user()->at("name"), "王师傅");
    EXPECT_EQ(state.userId(), "u-1");
    EXPECT_EQ(state.pullCursor(), "opaque/cursor+1=");
}

TEST(DeviceState, SigningOutKeepsTheDeviceAndTheCursor)
{
    test::TempDir dir;
    Store store(dir.file("device.db"));
    sync::DeviceState state(store.database());
    const auto deviceId = state.deviceId();
    state.setSignIn("tok", {{"id", "u"}});
    state.setPullCursor("c1");
    state.setPullCursor("c2");
    state.clearSignIn();
    EXPECT_FALSE(state.token());
    EXPECT_FALSE(state.user());
    EXPECT_FALSE(state.userId());
    EXPECT_EQ(state.deviceId(), deviceId);
    EXPECT_EQ(state.pullCursor(), "c2");
}
