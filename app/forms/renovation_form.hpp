#pragma once

#include "session_bound.hpp"

#include "answer_list_model.hpp"
#include "values.hpp"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <optional>

// 装修巡查 / 装修验收: a check of an owner's renovation works, saved as it is filled in.
// A failed line is a problem to rectify by a date and raises a follow-up due then (as a
// patrol's failed line does); a finished acceptance carries the owner's signature, drawn
// on screen and kept as a photo. A finished check with failures is re-checked (复查) by a
// new check of the same unit linked to it, its failed lines first.
class RenovationForm : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QString checkId READ checkId NOTIFY loaded)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY loaded)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY loaded)
    // Unset while nothing is open.
    Q_PROPERTY(Values::RenovationKind kind READ kind NOTIFY loaded)
    Q_PROPERTY(Values::RecordStatus status READ status NOTIFY changed)
    Q_PROPERTY(AnswerListModel* items READ items CONSTANT)
    Q_PROPERTY(int answered READ answered NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(QString contractor READ contractor NOTIFY changed)
    Q_PROPERTY(QString permitNo READ permitNo NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(bool hasSignature READ hasSignature NOTIFY changed)
    Q_PROPERTY(QUrl signatureUrl READ signatureUrl NOTIFY changed)
    // The check this one re-checks, and the one re-checking this one ("" for none).
    Q_PROPERTY(QString rechecksId READ rechecksId NOTIFY loaded)
    Q_PROPERTY(QString recheckedById READ recheckedById NOTIFY changed)
    // Finished with failed lines: a re-check can start.
    Q_PROPERTY(bool canRecheck READ canRecheck NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit RenovationForm(Session* session = nullptr, QObject* parent = nullptr);

    QString checkId() const { return checkId_; }
    QString unitLabel() const { return unitLabel_; }
    QString ownerName() const { return ownerName_; }
    Values::RenovationKind kind() const { return qml::value(kind_); }
    Values::RecordStatus status() const { return qml::value(status_); }
    AnswerListModel* items() { return &items_; }
    int answered() const { return items_.answered(); }
    int total() const { return items_.rowCount(); }
    QString contractor() const { return contractor_; }
    QString permitNo() const { return permitNo_; }
    QString note() const { return note_; }
    bool hasSignature() const { return !signatureId_.isEmpty(); }
    QUrl signatureUrl() const { return signatureUrl_; }
    QString rechecksId() const { return rechecksId_; }
    QString recheckedById() const { return recheckedById_; }
    bool canRecheck() const { return canRecheck_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    // Starts a check of the owner's unit, or opens the user's draft of the same unit and
    // kind.
    Q_INVOKABLE bool start(const QString& ownerId, Values::RenovationKind kind);
    Q_INVOKABLE bool open(const QString& checkId);
    // Unset clears the answer.
    Q_INVOKABLE bool setResult(int row, Values::ItemResult result);
    Q_INVOKABLE bool setItemNote(int row, const QString& note);
    Q_INVOKABLE bool addPhoto(int row, const QUrl& image);
    // The date (yyyy-MM-dd) a failed line is to be put right by.
    Q_INVOKABLE bool setRectifyBy(int row, const QString& date);
    Q_INVOKABLE bool setDetails(const QString& contractor, const QString& permitNo, const QString& note);
    // The signature as Canvas.toDataURL("image/png") gives it.
    Q_INVOKABLE bool setSignature(const QString& pngDataUrl);
    Q_INVOKABLE bool finish();
    // Starts the re-check of the open (finished) check, or opens the user's draft of it
    // (renovation_recheck.cpp).
    Q_INVOKABLE bool startRecheck();
    Q_INVOKABLE void clearError();

signals:
    void loaded();
    void changed();
    void errorChanged();

private:
    QObject* boundObject() override { return this; }
    void load(const QString& checkId);
    void setError(const QString& error);

    AnswerListModel items_;
    std::optional<patrolbook::RenovationKind> kind_;
    std::optional<patrolbook::RecordStatus> status_;
    QString checkId_, unitLabel_, ownerName_, contractor_, permitNo_, note_, signatureId_, error_;
    QString rechecksId_, recheckedById_;
    bool canRecheck_ = false;
    QUrl signatureUrl_;
    // The property's offset from UTC: dates are entered and shown on its clock.
    std::int32_t offsetMin_ = 480;
};
