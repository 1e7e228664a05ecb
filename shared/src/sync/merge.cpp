#include "patrolbook/sync/merge.hpp"

namespace patrolbook::sync {

MergeOutcome merge(const ServerRecord& current, Change&& change, std::int64_t newVersion)
{
    MergeOutcome out;
    out.record = current;
    if (!current.exists) {
        out.record.exists = true;
        out.record.deleted = change.deleted;
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
            out.record.fieldVersions.emplace_hint(out.record.fieldVersions.end(), it.key(), newVersion);
        out.record.fields = std::move(change.fields);
        out.record.version = newVersion;
        return out;
    }

    const bool changedSinceBase = current.version > change.baseVersion;
    if (current.deleted) {
        if (change.deleted) {
            out.write = false; // already gone: nothing to do, nothing to dispute
            return out;
        }
        out.write = false;
        out.status = ChangeStatus::Conflict;
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
            out.conflicts.push_back({it.key(), it.value(), nullptr});
        return out;
    }

    if (change.deleted) {
        out.record.deleted = true;
        out.record.version = newVersion;
        out.status = changedSinceBase ? ChangeStatus::Conflict : ChangeStatus::Applied;
        if (changedSinceBase)
            for (const auto& [field, version] : current.fieldVersions)
                if (version > change.baseVersion)
                    out.conflicts.push_back({field, current.fields.value(field, Json()), nullptr});
        return out;
    }

    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const std::string& name = it.key();
        const auto fv = current.fieldVersions.find(name);
        const auto held = current.fields.find(name);
        const bool sameValue = held != current.fields.end() && *held == it.value();
        if (sameValue)
            continue; // nothing changes: not a conflict, and the field keeps its version
        if (fv != current.fieldVersions.end() && fv->second > change.baseVersion)
            out.conflicts.push_back({name, held != current.fields.end() ? *held : Json(), it.value()});
        out.record.fieldVersions[name] = newVersion;
        out.record.fields[name] = std::move(it.value());
    }
    out.record.version = newVersion;
    if (!out.conflicts.empty())
        out.status = ChangeStatus::Conflict;
    else if (changedSinceBase)
        out.status = ChangeStatus::Merged;
    return out;
}

} // namespace patrolbook::sync
