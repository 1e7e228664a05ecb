#include "patrolbook/sync/page_sizer.hpp"

#include <algorithm>

namespace patrolbook::sync {

void PageSizer::fetched(std::chrono::steady_clock::duration took)
{
    if (took < quick)
        limit_ = std::min(limit_ * 2, maxPullLimit);
    else if (took > slow)
        limit_ = std::max(limit_ / 2, smallest);
}

} // namespace patrolbook::sync
