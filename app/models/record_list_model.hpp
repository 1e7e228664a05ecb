#pragma once

#include "dates.hpp"
#include "session_bound.hpp"
#include "values.hpp"

#include "patrolbook/record_list_query.hpp"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

// "My records": the device's inspections, renovation checks, owner visits and follow-ups
// in one list, newest first, searchable and filterable. Built for 100,000 records: the
// query runs in SQLite with the filters in its WHERE clause and rows arrive in pages
// (canFetchMore/fetchMore) as the list scrolls, so opening it reads one page. Counting
// every match reads every matching row (51 ms for 100,000 on a desktop, three frames):
// it runs on a worker thread over a read-only connection of its own, and totalCount is
// the rows loaded until it arrives (countKnown).
class RecordListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Every match, not only the rows fetched so far (the rows loaded while countKnown is
    // false).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(bool countKnown READ countKnown NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filtersChanged)
    // "" (all), "inspection", "renovation_check", "owner_visit", "follow_up".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    // "" (all), or a record status: "draft", "finished", "planned", "done", "open", ...;
    // "unresolved": follow-ups open or being fixed (Today's "open follow-ups").
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filtersChanged)
    // Only the records of this area ("" for all).
    Q_PROPERTY(QString areaId READ areaId WRITE setAreaId NOTIFY filtersChanged)
    // Local days, inclusive, "yyyy-MM-dd"; "" (or no date) for no bound.
    Q_PROPERTY(QString fromDay READ fromDay WRITE setFromDay NOTIFY filtersChanged)
    Q_PROPERTY(QString toDay READ toDay WRITE setToDay NOTIFY filtersChanged)
    // Only the records made by the signed-in user (or, for follow-ups, assigned to them),
    // or every one on the device. The screen starts managers and office staff with all.
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY filtersChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        KindRole, // the entity name, "inspection", ...
        KindTextRole, // the same in words
        TitleRole, // the area, the unit and owner, ...
        SubtitleRole, // what kind of check, purpose, the follow-up text
        WhenRole, // QDateTime, at the offset it was recorded at (for sorting and tests)
        WhenTextRole, // "2026-11-27 10:05" on the property's clock, the zone named if not the phone's
        StatusRole, // the stored status, "finished", ...
        StatusTextRole, // the same in words
        SyncStateRole, // Values::SyncState
        FailedRole, // failed lines (inspections), 0 otherwise
    };
    static constexpr int pageSize = 100;

    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit RecordListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int totalCount() const { return total_; }
    bool countKnown() const { return countKnown_; }
    QString filterText() const { return filter_; }
    void setFilterText(const QString& v);
    QString kind() const { return kind_; }
    void setKind(const QString& v);
    QString status() const { return status_; }
    void setStatus(const QString& v);
    QString areaId() const { return areaId_; }
    void setAreaId(const QString& v);
    QDate fromDate() const { return from_; }
    void setFromDate(const QDate& v);
    QDate toDate() const { return to_; }
    void setToDate(const QDate& v);
    QString fromDay() const { return Dates::text(from_); }
    void setFromDay(const QString& v) { setFromDate(Dates::parse(v)); }
    QString toDay() const { return Dates::text(to_); }
    void setToDay(const QString& v) { setToDate(Dates::parse(v)); }
    bool mineOnly() const { return mineOnly_; }
    void setMineOnly(bool v);

    Q_INVOKABLE void reload();
    // The filters' choices, [{value, text}]: the kinds, and the statuses of a kind (of
    // every kind for "").
    Q_INVOKABLE QVariantList kindChoices() const;
    Q_INVOKABLE QVariantList statusChoices(const QString& kind) const;

signals:
    void countChanged();
    void filtersChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, kind, kindText, title, subtitle, status, statusText;
        Values::SyncState syncState = Values::SyncState::Synced;
        QDateTime when;
        QString whenText;
        int failed = 0;
    };
    // Reads the count and the first `keep` rows again.
    void refresh(std::size_t keep);
    // The filters as the shared query takes them; tables found without a match at the
    // last count are left out.
    patrolbook::RecordListQuery::Filter filter() const;
    // Up to `limit` rows after the last one loaded (keyset: time, then id, descending).
    std::vector<Row> fetchPage(int limit) const;
    void readSyncStates();
    // Runs the count off the GUI thread, on a connection of its own; its answer is taken
    // only if no newer question was asked meanwhile.
    void countInBackground(patrolbook::RecordListQuery::Sql sql);
    void applyCount(const std::vector<std::int64_t>& perTable);

    std::vector<Row> rows_;
    // Records (and parents of lines) with a refused change, a conflict to look at, or lines
    // still to send.
    std::unordered_set<std::string> rejected_, conflicted_, pendingParents_;
    int total_ = 0;
    bool exhausted_ = false;
    bool countKnown_ = false;
    // Bumps with every new question (filters, reload): a count for an older one is dropped.
    quint64 generation_ = 0;
    // The question whose count is wanted, shared with the counting tasks so that queued
    // ones for older questions skip their work.
    std::shared_ptr<std::atomic<quint64>> latestCount_ = std::make_shared<std::atomic<quint64>>(0);
    // Bit i: table i of the union had matches at the last count.
    unsigned tablesWithRows_ = ~0u;
    QString filter_, kind_, status_, areaId_;
    QDate from_, to_;
    bool mineOnly_ = true;
};
