#include "area_list_model.hpp"
