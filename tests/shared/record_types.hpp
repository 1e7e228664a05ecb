#pragma once

#include "patrolbook/records.hpp"

#include <gtest/gtest.h>

namespace patrolbook::test {

// Every record type, for typed tests that must cover them all.
using RecordTypes = ::testing::Types<Property, Building, Checklist, ChecklistRevision, Area, Staff, Unit, Owner,
                                     Inspection, InspectionItem, RenovationCheck, RenovationItem, OwnerVisit, FollowUp,
                                     RepairOrder, Complaint, Handover, Photo, LoopEvent>;

struct RecordTypeNames {
    template <class T>
    static std::string GetName(int)
    {
        return std::string{Schema<T>::entity};
    }
};

} // namespace patrolbook::test
