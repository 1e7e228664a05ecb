#pragma once

#include "patrolbook/error.hpp"

#include <stdexcept>
#include <utility>
#include <vector>

namespace patrolbook::server {

// Every problem the shared rules (validate<T>) found in a record a person sent, thrown
// as one: an administration form marks all its fields at once rather than one per try.
// problem.cpp answers it as 422 problem+json with the first `field` and the full list.
class ValidationFailure : public std::runtime_error {
public:
    explicit ValidationFailure(std::vector<Error> problems)
        : std::runtime_error(problems.empty() ? std::string{"invalid record"} : problems.front().message())
        , problems_(std::move(problems))
    {
    }

    const std::vector<Error>& problems() const noexcept { return problems_; }

private:
    std::vector<Error> problems_;
};

} // namespace patrolbook::server
