#include "sync_worker.hpp"
