#include "text/vocabulary.hpp"

// The words of the closed loops' values (repair orders, complaints, handovers, the
// visits the server plans) and of their steps; the rest of Vocabulary is vocabulary.cpp.

using namespace patrolbook;

QString Vocabulary::label(VisitRule v)
{
    switch (v) {
    case VisitRule::Manual:
        return tr("Planned by hand");
    case VisitRule::AfterService:
        return tr("Return visit after a service");
    case VisitRule::NewOwner:
        return tr("First contact with a new owner");
    case VisitRule::Coverage:
        return tr("Member owner not yet visited");
    }
    return {};
}

QString Vocabulary::label(RepairStatus v)
{
    switch (v) {
    case RepairStatus::Registered:
        return tr("Registered");
    case RepairStatus::Dispatched:
        return tr("Dispatched");
    case RepairStatus::Accepted:
        return tr("Accepted");
    case RepairStatus::Done:
        return tr("Work done");
    case RepairStatus::Rated:
        return tr("Rated by the owner");
    case RepairStatus::Visited:
        return tr("Return-visited");
    case RepairStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Vocabulary::label(RepairCategory v)
{
    switch (v) {
    case RepairCategory::Plumbing:
        return tr("Plumbing");
    case RepairCategory::Electrical:
        return tr("Electrical");
    case RepairCategory::DoorsWindows:
        return tr("Doors and windows");
    case RepairCategory::WallsFloors:
        return tr("Walls and floors");
    case RepairCategory::Appliances:
        return tr("Appliances");
    case RepairCategory::PublicFacilities:
        return tr("Public facilities");
    case RepairCategory::Other:
        return tr("Other repair");
    }
    return {};
}

QString Vocabulary::label(Urgency v)
{
    switch (v) {
    case Urgency::Normal:
        return tr("Normal");
    case Urgency::Urgent:
        return tr("Urgent");
    case Urgency::Emergency:
        return tr("Emergency");
    }
    return {};
}

QString Vocabulary::label(ComplaintStatus v)
{
    switch (v) {
    case ComplaintStatus::Received:
        return tr("Received");
    case ComplaintStatus::Judged:
        return tr("Judged valid");
    case ComplaintStatus::Investigated:
        return tr("Investigated");
    case ComplaintStatus::Proposed:
        return tr("Solution proposed");
    case ComplaintStatus::Approved:
        return tr("Solution approved");
    case ComplaintStatus::CarriedOut:
        return tr("Carried out");
    case ComplaintStatus::Visited:
        return tr("Return-visited");
    case ComplaintStatus::Closed:
        return tr("Case closed");
    }
    return {};
}

QString Vocabulary::label(ComplaintSeverity v)
{
    switch (v) {
    case ComplaintSeverity::Normal:
        return tr("Normal");
    case ComplaintSeverity::Major:
        return tr("Major");
    case ComplaintSeverity::Emergency:
        return tr("Emergency incident");
    }
    return {};
}

QString Vocabulary::label(ComplaintJudgement v)
{
    switch (v) {
    case ComplaintJudgement::Valid:
        return tr("Valid and reasonable");
    case ComplaintJudgement::Explained:
        return tr("Explained and closed");
    }
    return {};
}

QString Vocabulary::label(OwnerConsent v)
{
    switch (v) {
    case OwnerConsent::Signature:
        return tr("Signed by the owner");
    case OwnerConsent::Verbal:
        return tr("Verbal consent");
    }
    return {};
}

QString Vocabulary::label(HandoverStatus v)
{
    switch (v) {
    case HandoverStatus::Handed:
        return tr("Handed over");
    case HandoverStatus::Received:
        return tr("Taken over");
    }
    return {};
}

QString Vocabulary::label(Shift v)
{
    switch (v) {
    case Shift::Day:
        return tr("Day shift");
    case Shift::Night:
        return tr("Night shift");
    }
    return {};
}

QString Vocabulary::stepLabel(std::string_view entity, std::string_view action)
{
    if (entity == "follow_up") {
        if (action == "take")
            return tr("Take it");
        if (action == "release")
            return tr("Give it back");
        if (action == "mark_fixed")
            return tr("Mark fixed");
        if (action == "verify")
            return tr("Verify and close");
        if (action == "reopen")
            return tr("Reopen");
        if (action == "reassign")
            return tr("Reassign");
    }
    if (entity == "repair_order") {
        if (action == "register")
            return tr("Register");
        if (action == "dispatch")
            return tr("Dispatch");
        if (action == "redispatch")
            return tr("Re-dispatch");
        if (action == "refuse")
            return tr("Refuse back");
        if (action == "accept")
            return tr("Accept");
        if (action == "finish")
            return tr("Finish");
        if (action == "rate")
            return tr("Owner's rating");
        if (action == "visit")
            return tr("Return visit");
        if (action == "close")
            return tr("Close");
    }
    if (entity == "complaint") {
        if (action == "register")
            return tr("Register the complaint");
        if (action == "accept")
            return tr("Judge valid");
        if (action == "explain")
            return tr("Explain and close");
        if (action == "investigate")
            return tr("Investigate");
        if (action == "propose")
            return tr("Propose a solution");
        if (action == "approve")
            return tr("Approve");
        if (action == "send_back")
            return tr("Send back");
        if (action == "carry_out")
            return tr("Carry out");
        if (action == "visit")
            return tr("Return visit");
        if (action == "close")
            return tr("Close with a summary");
    }
    return form::qstr(action);
}
