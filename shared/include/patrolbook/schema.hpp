#pragma once

#include <string_view>
#include <tuple>

namespace patrolbook {

enum FieldFlags : unsigned {
    NoFlags = 0,
    Required = 1, // must be present and non-empty
    IdRef = 2, // holds the UUID of another record
};

template <class T, class M>
struct Field {
    using Record = T;
    using Member = M;
    std::string_view name;
    M T::*member;
    unsigned flags = NoFlags;
};

template <class T, class M>
constexpr Field<T, M> field(std::string_view name, M T::*member, unsigned flags = NoFlags)
{
    return {name, member, flags};
}

// Specialized next to each record type:
//   static constexpr std::string_view entity;  // wire name, also the SQLite table name
//   static constexpr auto fields = std::make_tuple(field(...), ...);
template <class T>
struct Schema;

template <class T>
concept Record = requires
{
    Schema<T>::entity;
    Schema<T>::fields;
};

template <Record T, class F>
constexpr void forEachField(F&& f)
{
    std::apply([&](const auto&... fs) { (f(fs), ...); }, Schema<T>::fields);
}

} // namespace patrolbook
