#include "today_summary.hpp"
