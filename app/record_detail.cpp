#include "record_detail.hpp"
