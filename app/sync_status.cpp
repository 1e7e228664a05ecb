#include "sync_status.hpp"
