#include "visit_form.hpp"
