#pragma once

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/loops/loop_step.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace patrolbook {

// Specialised beside each loop's record (repair_flow.hpp, complaint_flow.hpp,
// follow_up_flow.hpp):
//   using Status;                                  the record's status enum
//   static constexpr std::string_view noun;        "repair order", in the refusals
//   static const std::vector<LoopStep<Status>>& steps();
//   static bool isWorker(const R&, const std::string& userId);
//   static void onStep(R&, const LoopStep<Status>&, const std::string& userId, const Timestamp& now);
//   static std::optional<Error> check(const R& after, const LoopStep<Status>&);  conditional needs
template <class R>
struct LoopSpec;

namespace loop_detail {

template <class V>
bool isSet(const V& v)
{
    if constexpr (std::is_same_v<V, std::string>)
        return v.find_first_not_of(" \t\r\n") != std::string::npos;
    else if constexpr (requires { v.has_value(); })
        return v.has_value() && isSet(*v);
    else if constexpr (requires { v.empty(); })
        return !v.empty();
    else
        return true;
}

template <class T>
bool among(const std::vector<T>& list, const T& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace loop_detail

// Whether the record's field of that name holds something (a non-blank text, a value,
// at least one photo).
template <Record R>
bool fieldIsSet(const R& r, std::string_view name)
{
    bool set = false;
    forEachField<R>([&](const auto& f) {
        if (f.name == name)
            set = loop_detail::isSet(r.*(f.member));
    });
    return set;
}

// A loop (follow-up, repair order, complaint) driven by its table of steps: the app asks
// it which steps to offer and applies them; the server asks it whether a change a device
// sent is one of them. Neither restates a rule.
template <class R>
class LoopFlow {
public:
    using Spec = LoopSpec<R>;
    using Status = typename Spec::Status;
    using Step = LoopStep<Status>;

    static std::span<const Step> steps() { return Spec::steps(); }

    static const Step* step(std::string_view action)
    {
        const auto& all = Spec::steps();
        const auto it = std::find_if(all.begin(), all.end(), [&](const Step& s) { return s.action == action; });
        return it == all.end() ? nullptr : &*it;
    }

    static bool mayTake(const Step& s, const R& r, const std::string& userId, StaffRole role)
    {
        const bool worker = Spec::isWorker(r, userId);
        return loop_detail::among(s.from, r.status)
            && std::any_of(s.who.begin(), s.who.end(), [&](LoopActor a) { return actsAs(a, role, worker); });
    }

    // The steps this user may take now, in the table's order.
    static std::vector<std::string_view> allowed(const R& r, const std::string& userId, StaffRole role)
    {
        std::vector<std::string_view> out;
        for (const auto& s : Spec::steps())
            if (mayTake(s, r, userId, role))
                out.push_back(s.action);
        return out;
    }

    // The record as the step leaves it: its status, the step's note and time, and the
    // step's own effects (who dispatched, when accepted ...). The caller sets the fields
    // the step needs (photos, rating ...) before or after; apply checks them. Throws
    // Error: Rule/Forbidden for a step not allowed now, Validation/Required for a missing
    // note or field.
    static R apply(R r, std::string_view action, const std::string& userId, StaffRole role, const Timestamp& now,
                   const std::optional<std::string>& note = std::nullopt)
    {
        const Step* s = step(action);
        if (!s || !mayTake(*s, r, userId, role))
            throw Error(ErrorDomain::Rule, ErrorCode::Forbidden,
                        "this " + std::string{Spec::noun} + " is " + std::string{toString(r.status)}
                            + ": that step is not yours to take now");
        const bool hasNote = note && loop_detail::isSet(*note);
        if (s->needsNote && !hasNote)
            throw Error(ErrorDomain::Validation, ErrorCode::Required, "say why, or what was done", "step_note");
        r.status = s->to;
        r.stepNote = hasNote ? note : std::nullopt;
        r.stepAt = now;
        Spec::onStep(r, *s, userId, now);
        if (auto missing = missingNeed(r, *s))
            throw *missing;
        return r;
    }

    // The step that takes `before` to `after` in this user's hands, or nullptr.
    static const Step* stepBetween(const R& before, const R& after, const std::string& userId, StaffRole role)
    {
        for (const auto& s : Spec::steps()) {
            if (s.to != after.status || !loop_detail::among(s.from, before.status))
                continue;
            // A step known by the field it changes is that step only if the field changed.
            if ((before.status == after.status || !s.marks.empty()) && !changed(before, after, s.marks))
                continue;
            if (mayTake(s, before, userId, role))
                return &s;
        }
        return nullptr;
    }

    // The steps that take `before` to `after` in this user's hands: the one step, or the
    // shortest chain of them (at most four) when a device took several while offline and
    // its outbox sent them as one change (accepted, then finished). Each step of a chain
    // is one this user may take; steps known by a field they change stand only alone.
    static std::vector<const Step*> pathBetween(const R& before, const R& after, const std::string& userId,
                                                StaffRole role)
    {
        if (const Step* s = stepBetween(before, after, userId, role))
            return {s};
        if (before.status == after.status)
            return {};
        struct Node {
            Status status;
            std::vector<const Step*> path;
        };
        std::vector<Node> frontier{{before.status, {}}};
        std::vector<Status> seen{before.status};
        for (int depth = 0; depth < 4 && !frontier.empty(); ++depth) {
            std::vector<Node> next;
            for (const auto& node : frontier) {
                // Who the user is to the record: as it was for the first step, as it is
                // now for the later ones.
                R at = depth == 0 ? before : after;
                at.status = node.status;
                for (const auto& s : Spec::steps()) {
                    if (!s.marks.empty() || loop_detail::among(seen, s.to) || !mayTake(s, at, userId, role))
                        continue;
                    auto path = node.path;
                    path.push_back(&s);
                    if (s.to == after.status)
                        return path;
                    seen.push_back(s.to);
                    next.push_back({s.to, std::move(path)});
                }
            }
            frontier = std::move(next);
        }
        return {};
    }

    // Whether a change is a step at all: the status moves, or a status-keeping step's
    // field changes.
    static bool isStep(const R& before, const R& after)
    {
        if (before.status != after.status)
            return true;
        const auto& all = Spec::steps();
        return std::any_of(all.begin(), all.end(), [&](const Step& s) {
            return !s.marks.empty() && loop_detail::among(s.from, before.status) && changed(before, after, s.marks);
        });
    }

    // The server's check of a change a device sent, in words the user can act on;
    // nullopt when it is no step or a step this user may take with what it needs.
    static std::optional<std::string> refusal(const R& before, const R& after, const std::string& userId,
                                              StaffRole role)
    {
        if (!isStep(before, after))
            return std::nullopt;
        const auto path = pathBetween(before, after, userId, role);
        if (path.empty())
            return "this " + std::string{Spec::noun} + " is " + std::string{toString(before.status)}
            + ": it does not go to " + std::string{toString(after.status)}
            + " in your hands; ask the one it is assigned to or a manager";
        for (const Step* s : path) {
            if (s->needsNote && !(after.stepNote && loop_detail::isSet(*after.stepNote)))
                return "this step of a " + std::string{Spec::noun} + " needs a note saying why or what was done";
            if (auto missing = missingNeed(after, *s))
                return std::string{missing->what()};
        }
        return std::nullopt;
    }

private:
    static bool changed(const R& before, const R& after, std::string_view name)
    {
        bool differs = false;
        forEachField<R>([&](const auto& f) {
            if (f.name == name)
                differs = before.*(f.member) != after.*(f.member);
        });
        return differs;
    }

    static std::optional<Error> missingNeed(const R& r, const Step& s)
    {
        for (const auto name : s.needs)
            if (!fieldIsSet(r, name))
                return Error(ErrorDomain::Validation, ErrorCode::Required,
                             "this step of a " + std::string{Spec::noun} + " needs " + std::string{name},
                             std::string{name});
        return Spec::check(r, s);
    }
};

} // namespace patrolbook
