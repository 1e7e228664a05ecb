#pragma once

#include "app_services.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QDir>
#include <QImage>
#include <QString>

#include <memory>
#include <string>

// A device as the field app is made (AppServices in a data folder of its own) against a
// real server: signed in through Session, synced through its SyncWorker. For tests of
// what one device sees of another's work.
class AppDevice {
public:
    explicit AppDevice(const QString& dataDir, std::int64_t photoCacheBytes = PhotoFiles::defaultMaxBytes);
    ~AppDevice();
    AppDevice(const AppDevice&) = delete;
    AppDevice& operator=(const AppDevice&) = delete;

    AppServices& services() { return *services_; }
    patrolbook::Store& store();
    QString dataDir() const { return dataDir_; }

    // Signs in and waits for the first sync (the estate pulled); false on failure.
    bool signIn(const std::string& serverUrl, const QString& username, const QString& password = "demo");
    // One sync round, photos included; its error, empty on success.
    QString sync();

    // A new open follow-up in the user's first property, saved as a form saves it.
    patrolbook::FollowUp newFollowUp(const std::string& description);
    // A photo of `image` taken for that record: its file in the outbox, its record saved.
    patrolbook::Photo takePhoto(const std::string& entity, const std::string& recordId, const QImage& image);

    // A picture of its own: `seed` picks its colours, so each is another photo.
    static QImage picture(int seed);

private:
    QString dataDir_;
    std::unique_ptr<AppServices> services_;
};
