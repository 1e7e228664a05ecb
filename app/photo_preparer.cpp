#include "photo_preparer.hpp"
