#include "renovation_form.hpp"
