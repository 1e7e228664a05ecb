#include "patrolbook/sync/push_sizer.hpp"

#include <algorithm>

namespace patrolbook::sync {

void PushSizer::answered(std::size_t sent, std::chrono::steady_clock::duration took)
{
    // A batch smaller than the limit (the outbox ran short) says nothing about a full one.
    if (took < quick && sent * 2 > changes_)
        changes_ = std::min(changes_ * 2, ceiling_);
    else if (took > slow)
        failed(sent);
}

void PushSizer::failed(std::size_t sent)
{
    changes_ = std::max(std::min(changes_, sent) / 2, std::min(changes_, smallest));
}

void PushSizer::refused(std::size_t sent, std::size_t bytes)
{
    // Taken before the last refusal shrank the size (it was waiting while the other went):
    // it says nothing new, and halving again would take the size twice as low as needed.
    if (sent > changes_)
        return;
    changes_ = std::max<std::size_t>(std::min(changes_, sent) / 2, 1);
    ceiling_ = std::min(ceiling_, changes_);
    bodyBudget_ = std::max<std::size_t>(std::min(bodyBudget_, bytes) / 2, 1);
}

} // namespace patrolbook::sync
