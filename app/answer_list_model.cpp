#include "answer_list_model.hpp"
