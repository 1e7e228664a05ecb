#pragma once

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class AppServices;
class QQmlEngine;

// What the QML tests need from outside QML, as the singleton TestEnv: a device data
// folder of their own, the demo estate on the device (UI tests without a server), a real
// patrolbook-server on a free loopback port (the end-to-end test), a test photo, the
// NMEA walk and where screenshots go.
class TestEnv : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QUrl photoFile READ photoFile CONSTANT)
    // The folder holding photoFile and nothing else (the file dialog opens there).
    Q_PROPERTY(QUrl photoFolder READ photoFolder CONSTANT)
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)

public:
    explicit TestEnv(bool withServer);
    ~TestEnv() override;

    QString serverUrl() const { return serverUrl_; }
    QUrl photoFile() const { return photoFile_; }
    QUrl photoFolder() const { return photoFolder_; }
    QString screenshotDir() const;
    // The device's services, handed to each test file's engine.
    AppServices& services() { return *services_; }

    // The demo estate as server state on the device, signed in as `username` (a staff
    // username of the estate): the screens have data without a server.
    Q_INVOKABLE void seedDemo(const QString& username);
    // Signs the device in as another demo account (the estate already on it), as a
    // colleague picking up the same tablet would after a sign-in.
    Q_INVOKABLE void signInAs(const QString& username);
    // Ids from the device's store, for tests to open screens with.
    Q_INVOKABLE QString areaCode(int index);
    Q_INVOKABLE QString areaId(int index);
    Q_INVOKABLE QString ownerId(int index);
    Q_INVOKABLE QString plannedVisitId();
    Q_INVOKABLE QString latestInspectionId();
    // Every inspection of the signed-in user's on the device.
    Q_INVOKABLE QStringList inspectionIds();
    // The office's review of that inspection, found to have issues, as the device pulls
    // it from the server: a notice to the signed-in user with `comment`.
    Q_INVOKABLE void receiveReviewNotice(const QString& inspectionId, const QString& comment);
    // A photo of that record as a pull brings one taken on another device: its record,
    // no file on this device. Returns its url (image://photos/<sha256>).
    Q_INVOKABLE QString photoFromServer(const QString& entity, const QString& recordId);
    // "draft", "finished", or "" when the device has no such inspection.
    Q_INVOKABLE QString inspectionStatus(const QString& inspectionId);
    // What the server holds of an inspection, read from its database: {status, items,
    // failedItems, followUps, photos, photoFiles (verified photo files on its disk)}.
    Q_INVOKABLE QVariantMap serverInspection(const QString& inspectionId);
    // A follow-up the server gave `username` (open, due yesterday, with a before photo),
    // as the device pulls it; its id. `status` "fixed" makes it one to verify.
    Q_INVOKABLE QString receiveFollowUp(const QString& username, const QString& status);
    // A follow-up's status on the device ("open", "fixed", "closed" ...), "" when none.
    Q_INVOKABLE QString followUpStatus(const QString& id);
    // Saves an item's picture as <screenshotDir>/<name>.png; false if it failed.
    Q_INVOKABLE bool saveImage(const QVariant& grabResult, const QString& name);
    // The screenshot saved earlier whose pixels are the same as `name`'s, or "": two named
    // screens giving one picture means a test did not reach the screen it names.
    Q_INVOKABLE QString sameImageAs(const QString& name) const;

private:
    void startServer();

    QTemporaryDir dir_;
    std::unique_ptr<AppServices> services_;
    QProcess server_;
    // Each saved screenshot's pixel digest, by name.
    QHash<QString, QByteArray> digests_;
    QString serverUrl_;
    QString serverData_;
    QUrl photoFile_, photoFolder_;
};
