#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace patrolbook {

// Reads JSON text front to back: whole values into nlohmann values (as parseJson does),
// or piece by piece, for a caller that decodes objects straight into its own types
// (a pulled page into typed records, without a Json value per record). The piecewise
// calls throw Error(Json, Malformed) saying what is wrong and at which byte.
class JsonReader {
public:
    using Json = nlohmann::json;

    explicit JsonReader(std::string_view text);
    JsonReader(const JsonReader&) = delete;
    JsonReader& operator=(const JsonReader&) = delete;

    // The next byte that is not white space, or '\0' at the end (nothing is consumed).
    char peek();
    void readValue(Json& out);
    // Checks the next value and moves past it; a string or other scalar (the usual case)
    // is not made into a value.
    void skipValue();
    void readString(std::string& out);
    void beginObject();
    // The next member's name, its ':' consumed; false at the end of the object.
    bool nextMember(std::string& key);
    void beginArray();
    // Whether another element follows (its value is for the caller to read).
    bool nextElement();
    // Nothing but white space may follow.
    void finish();
    // Bytes read so far (after peek(): where the next value starts).
    std::size_t offset() const { return static_cast<std::size_t>(p_ - begin_); }
    // How many repeated member names the values read so far had (the last one counts).
    std::size_t repeatedKeys() const { return repeatedKeys_; }
    // Parses the whole text as one value; false (see error()) if it is not JSON.
    bool parse(Json& out);
    std::string error() const;

private:
    static unsigned char byte(char c) { return static_cast<unsigned char>(c); }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    [[noreturn]] void throwError(const char* what);
    void check(bool ok);
    // Past the ',' before the next member or element; false past the closing `close`.
    bool nextItem(char close, const char* expected);
    bool fail(const char* what);
    void skipSpace();
    bool value(Json& out, int depth);
    bool literal(const char* word, std::size_t length, Json& out, Json v);
    bool object(Json& out, int depth);
    bool array(Json& out, int depth);
    // From here to number(): the scalars, in json_reader_scalars.cpp.
    bool hex4(std::uint32_t& out);
    bool escape(std::string& out);
    // One well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most
    // U+10FFFF), as nlohmann's lexer checks.
    bool utf8();
    // Appends the string's value to `out`; only checks it when `out` is null.
    bool string(std::string* out);
    bool number(Json& out);
    const char* begin_;
    const char* p_;
    const char* end_;
    const char* what_ = "";
    std::size_t at_ = 0;
    bool afterOpen_ = false; // just past a '{' or '[' opened by beginObject/beginArray
    std::size_t repeatedKeys_ = 0;
    std::string skipped_; // escapes of strings only checked, one buffer for all
};

} // namespace patrolbook
