#pragma once

#include "answer_list_model.hpp"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace patrolbook {
struct Checklist;
struct InspectionItem;
} // namespace patrolbook

// 日常巡视: one area patrol being recorded. Every answer is saved to the store as it is
// given (the inspection is a draft until finished), so an app killed mid-form reopens
// where it was. A failed line gets a follow-up (what, who, by when) in the same
// transaction as the answer.
class PatrolForm : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString inspectionId READ inspectionId NOTIFY loaded)
    Q_PROPERTY(QString areaId READ areaId NOTIFY loaded)
    Q_PROPERTY(QString areaName READ areaName NOTIFY loaded)
    // "" (nothing open), "draft" or "finished".
    Q_PROPERTY(QString status READ status NOTIFY changed)
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

public:
    explicit PatrolForm(QObject* parent = nullptr);

    QString inspectionId() const { return inspectionId_; }
    QString areaId() const { return areaId_; }
    QString areaName() const { return areaName_; }
    QString status() const { return status_; }
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

    // Opens the user's draft patrol of the area, or starts one (saved at once).
    Q_INVOKABLE bool start(const QString& areaId);
    // Opens an existing inspection (a draft to go on with, or a finished one to view).
    Q_INVOKABLE bool open(const QString& inspectionId);
    // The user's most recent draft patrol, if any: the form the app was killed in.
    Q_INVOKABLE QString latestDraftId() const;

    // result: "pass", "fail", "na" or "" (clear).
    Q_INVOKABLE bool setResult(int row, const QString& result);
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
    Q_INVOKABLE void clearError();

signals:
    void loaded();
    void changed();
    void errorChanged();

private:
    void load(const QString& inspectionId);
    AnswerListModel::Row makeRow(const patrolbook::InspectionItem& item) const;
    // After a save: the row shows what is now stored, without resetting the list.
    void refreshRow(int row);
    void updatePositionWarning();
    void setError(const QString& error);

    AnswerListModel items_;
    std::shared_ptr<patrolbook::Checklist> checklist_;
    QString inspectionId_, areaId_, areaName_, status_, note_, positionWarning_, error_, propertyId_;
    bool hasPosition_ = false;
    double lat_ = 0, lon_ = 0, accuracy_ = -1;
};
