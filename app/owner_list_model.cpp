#include "owner_list_model.hpp"
