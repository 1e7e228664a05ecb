#include "session_bound.hpp"

#include "app_services.hpp"

void SessionBound::bindSession()
{
    if (session_ && !attached_) {
        attached_ = true;
        attachSession();
    }
}

void SessionBound::classBegin()
{
    if (!session_) {
        services_ = &AppServices::ofObject(boundObject());
        session_ = &services_->session();
    }
    bindSession();
}

PositionProvider* SessionBound::position() const
{
    return services_ ? &services_->position() : nullptr;
}
