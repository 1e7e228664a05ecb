#include "patrol_form.hpp"
