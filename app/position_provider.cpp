#include "position_provider.hpp"
