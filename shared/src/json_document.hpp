#pragma once

// JSON text read with simdjson's On-Demand API (the builtin implementation of these
// compile flags): push bodies, push answers, pulled pages, stored fields, and general
// values (parseJson). Only shared/src includes this: simdjson's header is large, and no
// caller outside needs its types.

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace patrolbook::json {

namespace od = simdjson::ondemand;
using Json = nlohmann::json;

struct ParserSlot; // a parser and its padded buffer, reused by the thread (json_document.cpp)

// One JSON text being read. The text is copied into a buffer with simdjson's padding (it
// reads up to 64 bytes past the end); buffer and parser are the thread's, kept for the
// next document, so a server worker allocates them once. Errors are Error(Json,
// Malformed) "not valid JSON: <what> (at byte N)". On-Demand skips what is not read
// without checking it, so every reader here reads or checks every value (checkValue):
// what a push stores as text must be JSON.
class Document {
public:
    explicit Document(std::string_view text);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    od::document& root() { return doc_; }
    // The root value, which must be an object (else `notObject` is thrown, as a
    // malformed message, once the text is known to be JSON).
    od::object rootObject(const std::string& notObject);
    // Nothing but white space may follow the root value.
    void finish();
    // The offset of a pointer into the text.
    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - begin_); }
    const char* begin() const { return begin_; }
    const char* end() const { return begin_ + size_; }
    // Where the reading is: the next token, or the end of the text.
    const char* here();
    // Remembers where a value starts, for an error inside it that simdjson cannot place.
    void mark(const char* p) { mark_ = p; }
    // Throws the error for a simdjson failure, at the place reached.
    [[noreturn]] void fail(simdjson::error_code code);
    [[noreturn]] void fail(const char* what, const char* at);

private:
    std::unique_ptr<ParserSlot> slot_;
    const char* begin_ = nullptr;
    std::size_t size_ = 0;
    const char* mark_ = nullptr;
    bool iterating_ = false; // simdjson's first pass took the text: doc_ may be asked where it is
    od::document doc_;
};

// Runs `read` (which reads `doc` with simdjson's exceptions on) and turns a simdjson
// failure into the document's error.
template <class F>
auto reading(Document& doc, F&& read)
{
    try {
        return read();
    } catch (const simdjson::simdjson_error& e) {
        doc.fail(e.error());
    }
}

// A value as nlohmann's parser makes it (the same types; the last of repeated names).
// `repeated` counts member names that came twice in an object.
Json readValue(Document& doc, od::value value, int depth, std::size_t& repeated);
// The root value, whatever its type (simdjson reads a scalar at the root its own way).
Json readRoot(Document& doc, std::size_t& repeated);
// Checks a value without keeping it.
void checkValue(Document& doc, od::value value, int depth, std::size_t& repeated);
// A string's value (unescaped and checked by simdjson).
void readString(Document& doc, od::value value, std::string& out);
// Whether the value's next token is a string ('"').
bool isString(od::value& value);
bool isObject(od::value& value);
bool isArray(od::value& value);

} // namespace patrolbook::json
