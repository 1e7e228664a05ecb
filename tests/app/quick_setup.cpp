// The main of the Qt Quick Test binaries: a fresh device data folder per run, the
// TestEnv singleton, the app's QML modules and the NMEA replay as the GPS.
#include "quick_setup.hpp"

#include "app_services.hpp"
#include "photo_cache.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/enum_names.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/visit_rules.hpp"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickItemGrabResult>
#include <QQuickStyle>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PatrolbookPlugin)
Q_IMPORT_QML_PLUGIN(Patrolbook_UiPlugin)

TestEnv::TestEnv(bool withServer)
{
    services_ = std::make_unique<AppServices>(AppServices::Options{
        QDir(dir_.path()).filePath("device"), {}, QStringLiteral(PATROLBOOK_TEST_DATA "/patrol-walk.nmea")});
    // A camera picture stand-in: larger than the app keeps, so it is scaled down.
    QImage photo(3000, 2000, QImage::Format_RGB32);
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), QColor("#6d8f5a"));
    painter.fillRect(QRect(900, 600, 1200, 800), QColor("#c0392b"));
    painter.end();
    // Alone in its folder, as in a phone's camera roll: the file dialog lists it alone.
    const QString folder = QDir(dir_.path()).filePath("DCIM");
    QDir().mkpath(folder);
    const auto path = QDir(folder).filePath("camera.jpg");
    photo.save(path, "JPEG", 90);
    photoFile_ = QUrl::fromLocalFile(path);
    photoFolder_ = QUrl::fromLocalFile(folder);
    if (withServer)
        startServer();
}

TestEnv::~TestEnv()
{
    services_.reset(); // the device's sync stops before its server
    if (server_.state() != QProcess::NotRunning) {
        server_.terminate();
        server_.waitForFinished(10'000);
    }
}

QString TestEnv::screenshotDir() const
{
    const QString dir = QStringLiteral(PATROLBOOK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void TestEnv::startServer()
{
    const QString bin = QStringLiteral(PATROLBOOK_SERVER_BIN);
    const QString data = QDir(dir_.path()).filePath("server");
    serverData_ = data;
    if (QProcess::execute(bin, {"init", "--data-dir", data, "--demo"}) != 0)
        qFatal("patrolbook-server init failed");
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const auto port = probe.serverPort();
    probe.close();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    // Its log beside its data (a forwarded channel would keep the test's pipes open).
    server_.setStandardOutputFile(QDir(dir_.path()).filePath("server.log"));
    server_.setStandardErrorFile(QDir(dir_.path()).filePath("server.log"), QIODevice::Append);
    server_.start(bin, {"serve", "--data-dir", data, "--listen", listen});
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100)) {
            serverUrl_ = QStringLiteral("http://") + listen;
            return;
        }
        QThread::msleep(100);
    }
    qFatal("patrolbook-server did not start listening");
}

void TestEnv::seedDemo(const QString& username)
{
    auto& store = services_->session().store();
    const auto now = patrolbook::Timestamp::now(480);
    auto estate = patrolbook::makeDemoEstate(now);
    // The loops' screens are tested on the loops the tests make, not the demo's own.
    estate.repairOrders.clear();
    estate.complaints.clear();
    estate.handovers.clear();
    estate.loopEvents.clear();
    patrolbook::loadDemoEstate(store.records(), estate);
    for (const auto& staff : estate.staff)
        if (staff.username == username.toStdString()) {
            patrolbook::sync::DeviceState state(store.database());
            state.setSignIn("test-token",
                            {{"id", staff.id}, {"name", staff.name}, {"role", std::string(toString(staff.role))}});
            state.set("server_url", "http://127.0.0.1:9");
        }
    services_->syncStatus().setAutomatic(false); // no server behind this sign-in
    services_->session().reloadUser();
    services_->session().flushRecordsChanged();
}

void TestEnv::signInAs(const QString& username)
{
    auto& store = services_->session().store();
    for (const auto& staff : store.records().all<patrolbook::Staff>())
        if (staff.username == username.toStdString()) {
            patrolbook::sync::DeviceState state(store.database());
            state.setSignIn("test-token",
                            {{"id", staff.id}, {"name", staff.name}, {"role", std::string(toString(staff.role))}});
        }
    services_->session().reloadUser();
    services_->session().flushRecordsChanged();
}

QString TestEnv::areaCode(int index)
{
    const auto areas = services_->session().store().records().areasOfProperty(
        services_->session().propertyIds().value(0).toStdString());
    return index < int(areas.size()) ? QString::fromStdString(areas[std::size_t(index)].code) : QString();
}

QString TestEnv::areaId(int index)
{
    const auto areas = services_->session().store().records().areasOfProperty(
        services_->session().propertyIds().value(0).toStdString());
    return index < int(areas.size()) ? QString::fromStdString(areas[std::size_t(index)].id) : QString();
}

QString TestEnv::ownerId(int index)
{
    const auto owners = services_->session().store().records().ownersOfProperty(
        services_->session().propertyIds().value(0).toStdString());
    return index < int(owners.size()) ? QString::fromStdString(owners[std::size_t(index)].id) : QString();
}

QString TestEnv::staffId(const QString& username)
{
    for (const auto& s : services_->session().store().records().all<patrolbook::Staff>())
        if (QString::fromStdString(s.username) == username)
            return QString::fromStdString(s.id);
    return {};
}

QStringList TestEnv::refusals()
{
    QStringList out;
    for (const auto& e : services_->session().store().outbox().rejected())
        out.append(QString::fromStdString(e.entity + ": " + e.reason.value_or("")));
    return out;
}

QVariantMap TestEnv::returnVisitFor(const QString& serviceRef)
{
    auto& records = services_->session().store().records();
    for (const auto& v : records.all<patrolbook::OwnerVisit>()) {
        if (v.serviceRef != serviceRef.toStdString())
            continue;
        const auto property = records.get<patrolbook::Property>(v.propertyId);
        const auto rest = property ? patrolbook::RestHours::forProperty(*property) : patrolbook::RestHours::defaults();
        const auto due = patrolbook::visitDueAt(v);
        return {{"found", true},
                {"staffId", QString::fromStdString(v.staffId)},
                {"purpose", QString::fromUtf8(toString(v.purpose).data(), qsizetype(toString(v.purpose).size()))},
                {"dueOnTime", v.plannedAt && due && *v.plannedAt <= *due},
                {"plannedInRestHours", v.plannedAt && rest.contains(*v.plannedAt)}};
    }
    return {{"found", false}};
}

QString TestEnv::plannedVisitId()
{
    const auto visits = services_->session().store().records().visitsByStatus(patrolbook::VisitStatus::Planned);
    return visits.empty() ? QString() : QString::fromStdString(visits.front().id);
}

QString TestEnv::latestInspectionId()
{
    const auto& user = services_->session().userId().toStdString();
    QString id;
    patrolbook::Timestamp latest;
    for (const auto& in : services_->session().store().records().all<patrolbook::Inspection>())
        if (in.inspectorId == user && (id.isEmpty() || in.startedAt > latest)) {
            id = QString::fromStdString(in.id);
            latest = in.startedAt;
        }
    return id;
}

QStringList TestEnv::inspectionIds()
{
    const auto& user = services_->session().userId().toStdString();
    QStringList ids;
    for (const auto& in : services_->session().store().records().all<patrolbook::Inspection>())
        if (in.inspectorId == user)
            ids.append(QString::fromStdString(in.id));
    return ids;
}

void TestEnv::receiveReviewNotice(const QString& inspectionId, const QString& comment)
{
    auto& store = services_->session().store();
    const auto in = store.records().get<patrolbook::Inspection>(inspectionId.toStdString());
    if (!in)
        return;
    patrolbook::Notice n;
    n.id = patrolbook::newUuid();
    n.version = in->version + 1;
    n.propertyId = in->propertyId;
    n.recipientId = services_->session().userId().toStdString();
    n.recordEntity = "inspection";
    n.recordId = in->id;
    n.comment = comment.toStdString();
    for (const auto& staff : store.records().all<patrolbook::Staff>())
        if (staff.username == "office")
            n.reviewerId = staff.id;
    n.reviewedAt = patrolbook::Timestamp::now(480);
    n.recordVersion = in->version;
    store.records().putFromServer(n);
    services_->session().flushRecordsChanged();
}

QString TestEnv::receiveFollowUp(const QString& username, const QString& status)
{
    auto& store = services_->session().store();
    patrolbook::FollowUp f;
    f.id = patrolbook::newUuid();
    f.version = 1;
    f.propertyId = services_->session().propertyIds().value(0).toStdString();
    f.description = "\u2717 \u6d88\u9632\u901a\u9053\u5806\u653e\u6742\u7269"; // ✗ 消防通道堆放杂物
    for (const auto& staff : store.records().all<patrolbook::Staff>()) {
        if (staff.username == username.toStdString())
            f.assigneeId = staff.id;
        if (staff.username == "manager")
            f.createdBy = staff.id;
    }
    f.status = patrolbook::enumFromString<patrolbook::FollowUpStatus>(status.toStdString())
                   .value_or(patrolbook::FollowUpStatus::Open);
    const auto now = patrolbook::Timestamp::now(480);
    f.createdAt = now.plusMinutes(-2 * 1440);
    f.dueAt = now.plusMinutes(-1440);
    store.records().putFromServer(f);
    services_->session().flushRecordsChanged();
    return QString::fromStdString(f.id);
}

QString TestEnv::followUpStatus(const QString& id)
{
    const auto f = services_->session().store().records().get<patrolbook::FollowUp>(id.toStdString());
    return f ? QString::fromUtf8(std::string(toString(f->status)).c_str()) : QString();
}

QString TestEnv::photoFromServer(const QString& entity, const QString& recordId)
{
    patrolbook::Photo p;
    p.id = patrolbook::newUuid();
    p.version = 1;
    p.sha256
        = QCryptographicHash::hash(QByteArray::fromStdString(p.id), QCryptographicHash::Sha256).toHex().toStdString();
    p.sizeBytes = 250'000;
    p.width = 2048;
    p.height = 1536;
    p.takenAt = patrolbook::Timestamp::now(480);
    p.recordEntity = entity.toStdString();
    p.recordId = recordId.toStdString();
    services_->session().store().records().putFromServer(p);
    services_->session().flushRecordsChanged();
    return PhotoCache::urlOf(p.sha256).toString();
}

QString TestEnv::inspectionStatus(const QString& inspectionId)
{
    const auto in = services_->session().store().records().get<patrolbook::Inspection>(inspectionId.toStdString());
    return in ? QString::fromUtf8(std::string(toString(in->status)).c_str()) : QString();
}

QVariantMap TestEnv::serverInspection(const QString& inspectionId)
{
    namespace sql = patrolbook::sqlite;
    sql::Database db(QDir(serverData_).filePath("server.db").toStdString(), {.readOnly = true});
    const auto id = inspectionId.toStdString();
    auto scalar = [&](const std::string& query) {
        sql::Statement st(db, query);
        st.bind(1, id);
        return st.step() && !st.isNull(0) ? QString::fromStdString(st.getString(0)) : QString();
    };
    const std::string items = "SELECT id FROM record WHERE entity = 'inspection_item' AND parent_id = ?1";
    QVariantMap out;
    out["status"]
        = scalar("SELECT json_extract(fields, '$.status') FROM record WHERE entity = 'inspection' AND id = ?1");
    out["items"] = scalar("SELECT count(*) FROM (" + items + ")").toInt();
    out["failedItems"] = scalar("SELECT count(*) FROM record WHERE entity = 'inspection_item' AND parent_id = ?1 "
                                "AND json_extract(fields, '$.result') = 'fail'")
                             .toInt();
    out["followUps"] = scalar("SELECT count(*) FROM record WHERE entity = 'follow_up' AND deleted = 0 AND "
                              "json_extract(fields, '$.source_id') IN ("
                              + items + ")")
                           .toInt();
    sql::Statement photos(db,
                          "SELECT json_extract(fields, '$.sha256') FROM record WHERE entity = 'photo' AND "
                          "parent_id IN ("
                              + items + ")");
    photos.bind(1, id);
    int count = 0, files = 0;
    while (photos.step()) {
        ++count;
        if (QFile::exists(QDir(serverData_).filePath("photos/" + QString::fromStdString(photos.getString(0)))))
            ++files;
    }
    out["photos"] = count;
    out["photoFiles"] = files;
    return out;
}

bool TestEnv::saveImage(const QVariant& grabResult, const QString& name)
{
    auto* result = qobject_cast<QQuickItemGrabResult*>(grabResult.value<QObject*>());
    if (!result || !result->saveToFile(QDir(screenshotDir()).filePath(name + ".png")))
        return false;
    const QImage image = result->image().convertToFormat(QImage::Format_ARGB32);
    digests_[name] = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes()),
        QCryptographicHash::Sha256);
    return true;
}

QString TestEnv::sameImageAs(const QString& name) const
{
    const auto digest = digests_.value(name);
    for (auto it = digests_.cbegin(); it != digests_.cend(); ++it)
        if (it.key() != name && it.value() == digest)
            return it.key();
    return {};
}

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath("qrc:/");
        QQuickStyle::setStyle("Material"); // as main() does
        // One device (and server) for the run; each test file gets an engine of its own.
        if (!env_) {
            env_ = new TestEnv(PATROLBOOK_WITH_SERVER);
            qmlRegisterSingletonInstance("PatrolbookTest", 1, 0, "TestEnv", env_);
        }
        env_->services().handTo(*engine);
    }
    void cleanupTestCase()
    {
        delete env_; // the device's services, then the server
        env_ = nullptr;
    }

private:
    TestEnv* env_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(patrolbook_quick, Setup)

#include "quick_setup.moc"
