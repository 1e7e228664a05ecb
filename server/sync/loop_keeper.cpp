#include "sync/loop_keeper.hpp"

#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/complaint_lists.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/timestamp.hpp"
#include "sync/record_from.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace patrolbook::server {

using sync::Json;

namespace {

// The step's fields that hold photos (its needs that are photo lists or a signature).
bool isPhotoField(std::string_view name)
{
    return name.ends_with("photo_ids") || name.ends_with("photo_id");
}

template <class R>
std::vector<std::string> photosOf(const R& r, const LoopStep<typename LoopSpec<R>::Status>& step)
{
    std::vector<std::string> out;
    for (const auto need : step.needs) {
        if (!isPhotoField(need))
            continue;
        forEachField<R>([&](const auto& f) {
            if (f.name != need)
                return;
            const auto& value = r.*(f.member);
            using V = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<V, std::vector<std::string>>)
                out.insert(out.end(), value.begin(), value.end());
            else if constexpr (std::is_same_v<V, std::optional<std::string>>)
                if (value)
                    out.push_back(*value);
        });
    }
    return out;
}

// The device's time of the step, never after the server's now (a phone's clock ahead
// must not date a step in the future); the server's now when the device sent none.
Timestamp stepTime(const std::optional<Timestamp>& sent, const Timestamp& now)
{
    return sent && *sent < now ? *sent : now;
}

template <class R>
std::optional<LoopEvent> eventFor(const std::string& entity, const std::string& id, const FieldLookup& previous,
                                  const FieldLookup& after, const Principal& who, std::int64_t loopVersion)
{
    const bool created = textField(previous, "status").empty();
    const R before = recordFrom<R>(previous);
    const R now = recordFrom<R>(after);
    LoopEvent e;
    const auto serverNow = Timestamp::now();
    if (created) {
        // A follow-up is raised, not registered: its history starts with its first step.
        if (entity == "follow_up")
            return std::nullopt;
        e.action = "register";
    } else {
        if (!LoopFlow<R>::isStep(before, now))
            return std::nullopt;
        // Steps taken offline one after another come as one change: its event is named
        // by the last of them and keeps the photos of all (from -> to spans the chain).
        const auto path = LoopFlow<R>::pathBetween(before, now, who.accountId, who.role);
        if (path.empty())
            return std::nullopt;
        e.action = std::string{path.back()->action};
        e.fromStatus = std::string{toString(before.status)};
        for (const auto* step : path)
            for (auto& photo : photosOf(now, *step))
                if (std::find(e.photoIds.begin(), e.photoIds.end(), photo) == e.photoIds.end())
                    e.photoIds.push_back(std::move(photo));
    }
    e.id = LoopKeeper::eventId(entity, id, loopVersion);
    e.propertyId = now.propertyId;
    e.loopEntity = entity;
    e.loopId = id;
    e.toStatus = std::string{toString(now.status)};
    e.actorId = who.accountId;
    e.at = stepTime(now.stepAt, serverNow);
    e.receivedAt = serverNow;
    e.note = now.stepNote;
    if constexpr (std::is_same_v<R, FollowUp>)
        if (e.action == "mark_fixed")
            e.note = now.resolution;
    e.loopVersion = loopVersion;
    return e;
}

// "accepted", "sent back": how the refusal of a late step says what happened first.
std::string pastTense(std::string_view action)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> irregular{{
        {"redispatch", "re-dispatched"},
        {"send_back", "sent back"},
        {"carry_out", "carried out"},
        {"take", "taken"},
        {"release", "given back"},
        {"mark_fixed", "marked fixed"},
        {"rate", "rated"},
        {"explain", "explained and closed"},
        {"register", "registered"},
    }};
    for (const auto& [a, words] : irregular)
        if (a == action)
            return std::string{words};
    std::string out{action};
    out += out.ends_with('e') ? "d" : "ed";
    return out;
}

std::string nounOf(std::string_view entity)
{
    return entity == "repair_order" ? "repair order" : entity == "follow_up" ? "follow-up" : std::string{entity};
}

std::string spaced(std::string text)
{
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

} // namespace

LoopKeeper::LoopKeeper(RecordRepo& repo)
    : repo_(repo)
{
}

bool LoopKeeper::isLoop(std::string_view entity)
{
    return entity == "follow_up" || entity == "repair_order" || entity == "complaint";
}

std::string LoopKeeper::eventId(std::string_view loopEntity, std::string_view loopId, std::int64_t loopVersion)
{
    // Two FNV-1a hashes of one name, laid out as a UUID of version 8 (RFC 9562: made by
    // the application's own rule) with the RFC variant.
    const std::string name
        = "loop_event:" + std::string{loopEntity} + ":" + std::string{loopId} + ":" + std::to_string(loopVersion);
    std::uint64_t h[2] = {1469598103934665603ULL, 0x84222325cbf29ce4ULL};
    for (auto& x : h)
        for (const char ch : name)
            x = (x ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    h[1] ^= h[0] >> 29; // the second differs from the first by more than its seed
    h[0] = (h[0] & ~0xF000ULL) | 0x8000ULL;
    h[1] = (h[1] & ~(0x3ULL << 62)) | (0x2ULL << 62);
    char out[37];
    std::snprintf(out, sizeof out, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(h[0] >> 32),
                  static_cast<unsigned long long>((h[0] >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(h[0] & 0xFFFF), static_cast<unsigned long long>(h[1] >> 48),
                  static_cast<unsigned long long>(h[1] & 0xFFFFFFFFFFFFULL));
    return out;
}

std::optional<LoopEvent> LoopKeeper::eventOf(const std::string& entity, const std::string& id,
                                             const FieldLookup& previous, const FieldLookup& after,
                                             const Principal& who, std::int64_t loopVersion) const
{
    if (entity == "follow_up")
        return eventFor<FollowUp>(entity, id, previous, after, who, loopVersion);
    if (entity == "repair_order")
        return eventFor<RepairOrder>(entity, id, previous, after, who, loopVersion);
    if (entity == "complaint")
        return eventFor<Complaint>(entity, id, previous, after, who, loopVersion);
    return std::nullopt;
}

void LoopKeeper::write(const LoopEvent& event, std::int64_t version)
{
    StoredRecord r;
    r.state.version = version;
    r.state.fields = fieldsToJson(event);
    for (auto it = r.state.fields.begin(); it != r.state.fields.end(); ++it)
        r.state.fieldVersions[it.key()] = version;
    r.propertyId = event.propertyId;
    repo_.write("loop_event", event.id, r, false);
}

std::optional<std::string> LoopKeeper::staleStep(const std::string& entity, const std::string& id,
                                                 const StoredRecord& stored, const Json& sentFields,
                                                 std::int64_t baseVersion)
{
    if (!isLoop(entity) || !sentFields.is_object() || stored.state.deleted || baseVersion == 0)
        return std::nullopt;
    // The fields a step is known by: its status, and the assignee a re-dispatch or a
    // reassignment changes while the status stays. A change that sends either is a step;
    // it is late when either moved on the server after its base.
    std::int64_t moved = 0;
    bool step = false;
    for (const char* name : {"status", "assignee_id"}) {
        step = step || sentFields.contains(name);
        if (const auto it = stored.state.fieldVersions.find(name); it != stored.state.fieldVersions.end())
            moved = std::max(moved, it->second);
    }
    if (!step || moved <= baseVersion)
        return std::nullopt;
    const auto& fields = stored.state.fields;
    std::string said = "this " + nounOf(entity) + " was changed by someone else first";
    // The event of the step that moved it says who and when (its id is the loop's version then).
    if (const auto ev = repo_.load("loop_event", eventId(entity, id, moved)); ev && !ev->state.deleted) {
        const auto& e = ev->state.fields;
        const auto actor = e.value("actor_id", std::string{});
        std::string name = actor;
        if (const auto staff = repo_.load("staff", actor))
            name = staff->state.fields.value("name", actor);
        std::int32_t offset = 480;
        if (const auto property = repo_.load("property", fields.value("property_id", std::string{})))
            offset = static_cast<std::int32_t>(property->state.fields.value("utc_offset_min", 480));
        said = "this " + nounOf(entity) + " was already " + pastTense(e.value("action", std::string{})) + " by " + name;
        if (const auto at = Timestamp::parse(e.value("at", std::string{}))) {
            const int minute = at->minuteOfDay(offset);
            char hhmm[24];
            std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minute / 60, minute % 60);
            said += " at " + std::string{hhmm};
        }
    }
    return said + "; it is now " + spaced(fields.value("status", std::string{}))
        + ": your step was not applied; look at it again";
}

namespace {

// The repair order or complaint a return visit follows, and the step that visit makes.
template <class R>
std::optional<LoopEvent> visitLoop(RecordRepo& repo, const std::string& entity, const std::string& loopId,
                                   const FieldLookup& visit, std::int64_t version)
{
    auto stored = repo.load(entity, loopId);
    if (!stored || stored->state.deleted || stored->propertyId != textField(visit, "property_id"))
        return std::nullopt;
    const auto before = fromFields<R>(loopId, stored->state.version, false, stored->state.fields);
    const auto* step = LoopFlow<R>::step("visit");
    if (!step || std::find(step->from.begin(), step->from.end(), before.status) == step->from.end())
        return std::nullopt;
    const auto serverNow = Timestamp::now();
    const auto visitedAt = Timestamp::parse(textField(visit, "visited_at"));
    const auto at = stepTime(visitedAt, serverNow);
    auto& fields = stored->state.fields;
    fields["status"] = std::string{toString(step->to)};
    fields["step_at"] = at.toIso();
    fields.erase("step_note");
    for (const char* name : {"status", "step_at", "step_note"})
        stored->state.fieldVersions[name] = version;
    stored->state.version = version;
    repo.write(entity, loopId, *stored, false);
    LoopEvent e;
    e.id = LoopKeeper::eventId(entity, loopId, version);
    e.propertyId = before.propertyId;
    e.loopEntity = entity;
    e.loopId = loopId;
    e.action = "visit";
    e.fromStatus = std::string{toString(before.status)};
    e.toStatus = std::string{toString(step->to)};
    e.actorId = textField(visit, "staff_id");
    e.at = at;
    e.receivedAt = serverNow;
    if (auto note = textField(visit, "note"); !note.empty())
        e.note = std::move(note);
    e.loopVersion = version;
    return e;
}

} // namespace

std::int64_t LoopKeeper::visitDone(const FieldLookup& previous, const FieldLookup& after, std::int64_t nextVersion)
{
    if (textField(after, "status") != "done" || textField(previous, "status") == "done")
        return nextVersion;
    const auto kind = textField(after, "service_kind");
    const auto ref = textField(after, "service_ref");
    if (ref.empty() || (kind != "repair" && kind != "complaint"))
        return nextVersion;
    const auto event = kind == "repair" ? visitLoop<RepairOrder>(repo_, "repair_order", ref, after, nextVersion)
                                        : visitLoop<Complaint>(repo_, "complaint", ref, after, nextVersion);
    if (!event)
        return nextVersion;
    write(*event, nextVersion + 1);
    return nextVersion + 2;
}

const std::string& LoopKeeper::extraOf(const std::string& propertyId)
{
    auto it = propertyExtra_.find(propertyId);
    if (it == propertyExtra_.end()) {
        const auto stored = repo_.load("property", propertyId);
        it = propertyExtra_.emplace(propertyId, stored ? jsonText(stored->state.fields) : std::string{}).first;
    }
    return it->second;
}

std::optional<std::string> LoopKeeper::listRefusal(const FieldLookup& complaint)
{
    const auto property = textField(complaint, "property_id");
    const auto& extra = extraOf(property);
    const auto cls = textField(complaint, "complaint_class");
    if (!cls.empty() && !listHas(complaintList(extra, "complaint_classes"), cls))
        return "'" + cls + "' is not one of this property's complaint classes; choose one from the list";
    const auto department = textField(complaint, "department");
    if (!department.empty() && !listHas(complaintList(extra, "departments"), department))
        return "'" + department + "' is not one of this property's departments; choose one from the list";
    return std::nullopt;
}

} // namespace patrolbook::server
