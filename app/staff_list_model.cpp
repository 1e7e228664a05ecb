#include "staff_list_model.hpp"
