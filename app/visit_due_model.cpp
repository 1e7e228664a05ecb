#include "visit_due_model.hpp"
