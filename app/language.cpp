#include "language.hpp"
