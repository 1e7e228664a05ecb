#include "api/api_error.hpp"
#include "handlers/content_range.hpp"
#include "handlers/login_body.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace patrolbook::server;

namespace {

std::string problemOf(const std::string& body)
{
    try {
        parseLoginBody(body);
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status(), 400);
        return e.detail();
    }
    return {};
}

} // namespace

TEST(ContentRange, NoHeaderIsTheWholePhotoInOneBody)
{
    const auto r = uploadRange("", 100);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start, 0);
    EXPECT_EQ(r->end, 99);
    EXPECT_EQ(r->total, 100);
}

TEST(ContentRange, ARangeIsTakenWhenItHoldsExactlyTheBody)
{
    const auto r = uploadRange("bytes 40000-99999/100000", 60000);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start, 40000);
    EXPECT_EQ(r->end, 99999);
    EXPECT_EQ(r->total, 100000);
    EXPECT_FALSE(uploadRange("bytes 40000-99999/100000", 59999));
    EXPECT_FALSE(uploadRange("bytes 0-99/99", 100)); // ends past the total
}

TEST(ContentRange, AnEmptyBodyIsTheRangeEndingJustBeforeItsStart)
{
    const auto r = uploadRange("bytes 10-9/100", 0);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start, 10);
    EXPECT_FALSE(uploadRange("bytes 10-8/100", 0));
}

TEST(ContentRange, OnlyDigitsInTheOneFormAreTaken)
{
    for (const char* header :
         {"bytes -1-9/100", "bytes +0-9/100", "bytes  0-9/100", "bytes 0-9/100 ", "bytes 0-9/100x", "bytes 0 -9/100",
          "bytes 0-9/", "bytes 0-9", "bytes=0-9/100", "BYTES 0-9/100", "bytes 0-9/*", "bytes 0x0-9/100"})
        EXPECT_FALSE(uploadRange(header, 10)) << header;
}

TEST(ContentRange, NumbersBeyond64BitsAreRefusedWithoutOverflowing)
{
    // sscanf's %lld, as this was read before, is undefined here; end - start + 1 overflowed.
    EXPECT_FALSE(uploadRange("bytes 0-99999999999999999999/100", 10));
    EXPECT_FALSE(uploadRange("bytes 0-9223372036854775807/9223372036854775807", 10));
    EXPECT_FALSE(uploadRange("bytes 9223372036854775807-9223372036854775807/9223372036854775807", 10));
}

TEST(LoginBody, TakesTheThreeMembers)
{
    const auto b = parseLoginBody(R"({"username":"wang","password":"pw","device_id":"d1","extra":1})");
    EXPECT_EQ(b.username, "wang");
    EXPECT_EQ(b.password, "pw");
    EXPECT_EQ(b.deviceId, "d1");
}

TEST(LoginBody, NamesWhatIsWrongInTheOrderTheMembersAreChecked)
{
    EXPECT_NE(problemOf("{").find("the body is not valid JSON"), std::string::npos);
    EXPECT_EQ(problemOf("[]"), "the body must be a JSON object");
    EXPECT_EQ(problemOf(R"({"password":"pw"})"), "\"username\" is required and must be a non-empty string");
    EXPECT_EQ(problemOf(R"({"username":"u","password":""})"),
              "\"password\" is required and must be a non-empty string");
    EXPECT_EQ(problemOf(R"({"username":"u","password":"p","device_id":7})"),
              "\"device_id\" is required and must be a non-empty string");
}

TEST(LoginBody, RefusesMembersPastTheirCapsOnlyOnceAllArePresent)
{
    const std::string longName(65, 'u');
    EXPECT_EQ(problemOf(R"({"username":")" + longName + R"(","password":"p","device_id":"d"})"),
              "\"username\" is longer than 64 bytes");
    EXPECT_EQ(problemOf(R"({"username":")" + longName + R"("})"),
              "\"password\" is required and must be a non-empty string");
}
