#include "json_document.hpp"

#include "json_scalars.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"

#include <cstring>
#include <vector>

namespace patrolbook::json {

struct ParserSlot {
    od::parser parser;
    std::string buffer; // the text and simdjson's padding after it
};

namespace {

// Slots of parsers and buffers, kept per thread: a reader may start a second document
// while its first is open (a slot is taken, never shared).
std::vector<std::unique_ptr<ParserSlot>>& idleSlots()
{
    thread_local std::vector<std::unique_ptr<ParserSlot>> slots;
    return slots;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// simdjson's own balance check over the structural tokens of its first pass
// (json_iterator::balanced, public; what its fix for issue 1834 runs when it suspects a
// text), reached through the document's protected iterator by a pointer to member, the
// one legal way in. It walks the tokens On-Demand walks, about a sixth of the bytes.
struct IteratorOf : od::document {
    static constexpr auto member = &IteratorOf::iter;
};

bool balanced(od::document& doc)
{
    return (doc.*IteratorOf::member).balanced();
}

} // namespace

Document::Document(std::string_view text)
{
    auto& idle = idleSlots();
    if (idle.empty()) {
        slot_ = std::make_unique<ParserSlot>();
    } else {
        slot_ = std::move(idle.back());
        idle.pop_back();
    }
    auto& buffer = slot_->buffer;
    buffer.resize(text.size() + simdjson::SIMDJSON_PADDING);
    if (!text.empty())
        std::memcpy(buffer.data(), text.data(), text.size());
    // The padding is zeroed, as simdjson's padded_string has it, never left holding the
    // slot's previous text: On-Demand (3.0.1) reads the first padding byte as the token
    // after the last one, and a '}' or ',' left there closed or continued a cut-short
    // document (simdjson issue 1834), or sent the reader round the text again.
    std::memset(buffer.data() + text.size(), 0, simdjson::SIMDJSON_PADDING);
    begin_ = buffer.data();
    size_ = text.size();
    const simdjson::padded_string_view padded(buffer.data(), size_, buffer.size());
    if (const auto error = slot_->parser.iterate(padded).get(doc_))
        fail(error);
    // On-Demand checks a container's closing only where the document object itself is
    // asked for one, by its last token, and counts the brackets only when the padding
    // looks like a closer: a value taken from the document, as readRoot takes it, read a
    // lone "{" as {} (simdjson issue 1974, fixed after 3.0.1). Every text is counted here
    // instead, before any reading; with the brackets balanced, each token checked for
    // its kind as it is read and zeroes past the text, no reader gets past its end. The
    // error is placed at the end, where nlohmann places it.
    if (!balanced(doc_))
        fail("the text ends inside an object or array", end());
    iterating_ = true;
}

Document::~Document()
{
    auto& idle = idleSlots();
    // A slot grown for an unusually large text is not kept: its memory goes back.
    if (slot_->buffer.size() <= 16 * 1024 * 1024 && idle.size() < 4)
        idle.push_back(std::move(slot_));
}

const char* Document::here()
{
    const char* at = nullptr;
    if (!iterating_ || doc_.current_location().get(at))
        return end();
    return at;
}

od::object Document::rootObject(const std::string& notObject)
{
    return reading(*this, [&]() -> od::object {
        if (od::json_type(doc_.type()) != od::json_type::object) {
            std::size_t repeated = 0;
            readRoot(*this, repeated); // says what is wrong if it is not JSON at all
            throw Error(ErrorDomain::Json, ErrorCode::Malformed, notObject);
        }
        return doc_.get_object();
    });
}

void Document::finish()
{
    const char* at = here();
    while (at != end() && isSpace(*at))
        ++at;
    if (at != end())
        fail("unexpected text after the JSON value", at);
}

void Document::fail(simdjson::error_code code)
{
    const char* at = nullptr;
    switch (code) {
    case simdjson::UTF8_ERROR:
        at = firstBadUtf8(begin_, end());
        break;
    case simdjson::UNESCAPED_CHARS:
        at = firstUnescapedControl(begin_, end());
        break;
    case simdjson::EMPTY:
        at = end();
        break;
    default:
        // A failure inside a value simdjson has passed (a string's escape) is placed at
        // the value's start; a structural one where the iterator stopped.
        if (mark_
            && (code == simdjson::STRING_ERROR || code == simdjson::NUMBER_ERROR || code == simdjson::T_ATOM_ERROR
                || code == simdjson::F_ATOM_ERROR || code == simdjson::N_ATOM_ERROR))
            at = mark_;
        else if (!iterating_ || doc_.current_location().get(at))
            at = mark_ ? mark_ : end();
    }
    fail(simdjson::error_message(code), at);
}

void Document::fail(const char* what, const char* at)
{
    throw Error(ErrorDomain::Json, ErrorCode::Malformed,
                "not valid JSON: " + std::string{what} + " (at byte " + std::to_string(offset(at)) + ")");
}

} // namespace patrolbook::json
