#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace patrolbook {

// Specialize with `static constexpr std::array<std::string_view, N> names` listing the
// wire names of an enum whose values are 0..N-1. Wire names are what SQLite and JSON
// store, so they never change once released; new values are appended.
template <class E>
struct EnumNames;

template <class E>
concept NamedEnum = requires
{
    EnumNames<E>::names;
};

template <NamedEnum E>
constexpr std::string_view toString(E value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < EnumNames<E>::names.size() ? EnumNames<E>::names[index] : std::string_view{};
}

template <NamedEnum E>
constexpr std::optional<E> enumFromString(std::string_view text)
{
    for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        if (EnumNames<E>::names[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace patrolbook
