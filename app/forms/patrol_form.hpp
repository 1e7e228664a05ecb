#pragma once

#include "session_bound.hpp"

#include "answer_list_model.hpp"
#include "values.hpp"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace patrolbook {
class Store;
struct Area;
struct Checklist;
struct Inspection;
struct InspectionItem;
} // namespace patrolbook

// 日常巡视: one area patrol being recorded. Opening an area shows its checklist and
// writes nothing; the patrol is saved with the user's first answer, note, photo or
// position, and every later one as it is given (a draft until finished), so an app
// killed mid-form reopens where it was. A failed line gets a follow-up (what, who, by
// when) in the same transaction as the answer.
class PatrolForm : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QString inspectionId READ inspectionId NOTIFY loaded)
    Q_PROPERTY(QString areaId READ areaId NOTIFY loaded)
    Q_PROPERTY(QString areaName READ areaName NOTIFY loaded)
    // Unset while nothing is open.
    Q_PROPERTY(Values::RecordStatus status READ status NOTIFY changed)
    // The patrol shown is on the device (false until the user's first answer).
    Q_PROPERTY(bool saved READ saved NOTIFY changed)
    Q_PROPERTY(AnswerListModel* items READ items CONSTANT)
    Q_PROPERTY(int answered READ answered NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int failed READ failed NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(bool hasPosition READ hasPosition NOTIFY changed)
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    Q_PROPERTY(double accuracy READ accuracy NOTIFY changed)
    // Set when the stamped position is poor or far from the area, in the user's language.
    Q_PROPERTY(QString positionWarning READ positionWarning NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    // After a refused finish: the first line not answered (-1 for none); the screen
    // scrolls to it and marks every unanswered line.
    Q_PROPERTY(int firstMissingRow READ firstMissingRow NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit PatrolForm(Session* session = nullptr, QObject* parent = nullptr);
    ~PatrolForm() override;

    QString inspectionId() const { return inspectionId_; }
    QString areaId() const { return areaId_; }
    QString areaName() const { return areaName_; }
    Values::RecordStatus status() const { return qml::value(status_); }
    bool saved() const { return !unsaved_ && !inspectionId_.isEmpty(); }
    AnswerListModel* items() { return &items_; }
    int answered() const { return items_.answered(); }
    int total() const { return items_.rowCount(); }
    int failed() const { return items_.failed(); }
    QString note() const { return note_; }
    bool hasPosition() const { return hasPosition_; }
    double latitude() const { return lat_; }
    double longitude() const { return lon_; }
    double accuracy() const { return accuracy_; }
    QString positionWarning() const { return positionWarning_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }
    int firstMissingRow() const { return firstMissingRow_; }

    // Opens the user's draft patrol of the area, or shows a new one (saved with the
    // first thing the user gives it).
    Q_INVOKABLE bool start(const QString& areaId);
    // Opens an existing inspection (a draft to go on with, or a finished one to view).
    Q_INVOKABLE bool open(const QString& inspectionId);
    // The user's most recent draft patrol, if any: the form the app was killed in.
    Q_INVOKABLE QString latestDraftId() const;

    // Unset clears the answer.
    Q_INVOKABLE bool setResult(int row, Values::ItemResult result);
    Q_INVOKABLE bool setItemNote(int row, const QString& note);
    Q_INVOKABLE bool addPhoto(int row, const QUrl& image);
    // The follow-up of a failed line: what is wrong, who fixes it, by when (yyyy-MM-dd).
    Q_INVOKABLE bool setFollowUp(int row, const QString& description, const QString& assigneeId,
                                 const QString& dueDate);
    Q_INVOKABLE bool setNote(const QString& note);
    // Stamps the position (from Gps) on the inspection.
    Q_INVOKABLE bool stampPosition(double latitude, double longitude, double accuracy);
    // Every line answered: the inspection becomes finished (and goes out with the next
    // sync). Otherwise false, with errorString saying which lines are missing.
    Q_INVOKABLE bool finish();
    // Drops a draft that was started by mistake (never a finished patrol).
    Q_INVOKABLE bool discardDraft();
    // The user leaves the form: a draft with nothing in it (every answer cleared) is
    // dropped, leaving nothing behind; anything else stays as it is.
    Q_INVOKABLE bool leave();
    Q_INVOKABLE void clearError();

signals:
    void loaded();
    void changed();
    void errorChanged();

private:
    QObject* boundObject() override { return this; }
    struct Unsaved;
    void load(const QString& inspectionId);
    void show(const patrolbook::Inspection& inspection, std::vector<patrolbook::InspectionItem> items,
              const patrolbook::Area& area, const patrolbook::Checklist& checklist);
    // Saves the patrol shown if it is not yet (inside the caller's transaction).
    void save();
    // A write of the user's: the patrol saved first if need be, one transaction, errors
    // in the user's words.
    bool write(const std::function<void(patrolbook::Store&)>& change);
    bool editInspection(const std::function<void(patrolbook::Inspection&)>& change);
    patrolbook::InspectionItem item(int row) const;
    void close();
    bool isEmptyDraft() const;
    AnswerListModel::Row makeRow(const patrolbook::InspectionItem& item) const;
    // After a save: the row shows what is now stored, without resetting the list.
    void refreshRow(int row);
    void updatePositionWarning();
    void setError(const QString& error);

    AnswerListModel items_;
    std::shared_ptr<patrolbook::Checklist> checklist_;
    std::optional<patrolbook::RecordStatus> status_;
    QString inspectionId_, areaId_, areaName_, note_, positionWarning_, error_, propertyId_;
    std::unique_ptr<Unsaved> unsaved_;
    std::int32_t offsetMin_ = 480;
    int firstMissingRow_ = -1;
    bool hasPosition_ = false;
    double lat_ = 0, lon_ = 0, accuracy_ = -1;
};
