#pragma once

#include "session.hpp"

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <string>

// A device with the demo estate on it, signed in as the estate's patrol user "patrol"
// (张伟, who works for 翠湖花园 only), at a fixed moment: every model test starts from a
// fresh session over a real SQLite store in its own folder.
class ModelTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // 2026-11-27 10:00 in Shanghai; the estate's week of history ends here.
    static patrolbook::Timestamp now();
    static QDateTime nowDateTime();
    static patrolbook::Timestamp todayAt(int hour, int minute, int daysFromToday = 0);

    Session& session() { return *session_; }
    // The device signed in as another of the estate's staff (its role too), as after a
    // sign-in: the models follow the session.
    void signInAs(const std::string& username);
    patrolbook::Store& store();
    patrolbook::RecordStore& records() { return store().records(); }
    // Tells the models the records changed, as a form's save does.
    void notifySaved();
    // The property 张伟 works for, and the other one.
    const patrolbook::Property& home() const { return estate_.properties[0]; }
    const patrolbook::Property& other() const { return estate_.properties[1]; }
    const patrolbook::Staff& staff(const std::string& username) const;
    const patrolbook::Unit& unitOf(const patrolbook::Owner& owner) const;
    patrolbook::Inspection finishedInspection(const patrolbook::Area& area, patrolbook::Timestamp start) const;

    // A model's column of one role, row by row.
    static QVariantList column(const QAbstractItemModel& model, int role);
    static QStringList strings(const QAbstractItemModel& model, int role);

    QTemporaryDir dir_;
    std::unique_ptr<Session> session_;
    patrolbook::DemoEstate estate_;
    std::string userId_;
};
