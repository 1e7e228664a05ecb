#include "record_list_model.hpp"
