#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/records/checklist.hpp"

namespace patrolbook {

// The company's standard for renovation checks (装修巡查 while works run, 装修验收 when
// they end), as a checklist: the app creates a check's lines from it.
Checklist renovationChecklist(RenovationKind kind);

} // namespace patrolbook
