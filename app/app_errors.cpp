#include "app_errors.hpp"
