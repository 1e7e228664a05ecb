#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace patrolbook::server {

// Which bytes of a photo a PUT carries.
struct UploadRange {
    std::int64_t start = 0;
    std::int64_t end = -1; // inclusive; start - 1 for an empty body
    std::int64_t total = 0; // the photo's declared size
};

// The range of a PUT's body from its Content-Range header, "bytes <start>-<end>/<total>"
// (RFC 9110's form, digits only), or the whole photo when there is no header. nullopt
// when the header is not of that form, a number does not fit 64 bits, the range does not
// hold exactly the body's bytes, or it ends past the total. Anyone may send this header:
// it is read without sscanf (whose overflow is undefined) and without any arithmetic
// that can overflow.
std::optional<UploadRange> uploadRange(std::string_view header, std::int64_t bodySize);

} // namespace patrolbook::server
