// The main of the Qt Quick Test binaries: a fresh device data folder per run, the
// TestEnv singleton, the app's QML modules and the NMEA replay as the GPS.
#include "quick_setup.hpp"

#include "language.hpp"
#include "position_provider.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickItemGrabResult>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PatrolbookPlugin)
Q_IMPORT_QML_PLUGIN(Patrolbook_UiPlugin)

TestEnv::TestEnv(bool withServer)
{
    Session::setDataDir(QDir(dir_.path()).filePath("device"));
    PositionProvider::setNmeaFile(QStringLiteral(PATROLBOOK_TEST_DATA "/patrol-walk.nmea"));
    // A camera picture stand-in: larger than the app keeps, so it is scaled down.
    QImage photo(3000, 2000, QImage::Format_RGB32);
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), QColor("#6d8f5a"));
    painter.fillRect(QRect(900, 600, 1200, 800), QColor("#c0392b"));
    painter.end();
    const auto path = QDir(dir_.path()).filePath("camera.jpg");
    photo.save(path, "JPEG", 90);
    photoFile_ = QUrl::fromLocalFile(path);
    if (withServer)
        startServer();
}

TestEnv::~TestEnv()
{
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
    if (QProcess::execute(bin, {"init", "--data-dir", data, "--demo"}) != 0)
        qFatal("patrolbook-server init failed");
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const auto port = probe.serverPort();
    probe.close();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    server_.setProcessChannelMode(QProcess::ForwardedChannels);
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
    auto& store = Session::instance()->store();
    const auto now = patrolbook::Timestamp::now(480);
    const auto estate = patrolbook::makeDemoEstate(now);
    patrolbook::loadDemoEstate(store.records(), estate);
    for (const auto& staff : estate.staff)
        if (staff.username == username.toStdString()) {
            patrolbook::sync::DeviceState state(store.database());
            state.setSignIn("test-token",
                            {{"id", staff.id}, {"name", staff.name}, {"role", std::string(toString(staff.role))}});
            state.set("server_url", "http://127.0.0.1:9");
        }
    SyncStatus::instance()->setAutomatic(false); // no server behind this sign-in
    Session::instance()->reloadUser();
    Session::instance()->notifyRecordsChanged();
}

bool TestEnv::saveImage(const QVariant& grabResult, const QString& name)
{
    auto* result = qobject_cast<QQuickItemGrabResult*>(grabResult.value<QObject*>());
    return result && result->saveToFile(QDir(screenshotDir()).filePath(name + ".png"));
}

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath("qrc:/");
        env_ = new TestEnv(PATROLBOOK_WITH_SERVER);
        qmlRegisterSingletonInstance("PatrolbookTest", 1, 0, "TestEnv", env_);
        Language::applySaved(engine);
    }
    void cleanupTestCase() { Session::shutdown(); }

private:
    TestEnv* env_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(patrolbook_quick, Setup)

#include "quick_setup.moc"
