#include "problem_list_model.hpp"
