#include "qt_transport.hpp"
