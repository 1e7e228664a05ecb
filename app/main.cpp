// patrolbook-app: the field app. Everything but start-up lives in the Patrolbook and
// Patrolbook.Ui QML modules.
#include "app_services.hpp"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PatrolbookPlugin)
Q_IMPORT_QML_PLUGIN(Patrolbook_UiPlugin)

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName("Patrolbook");
    QGuiApplication::setApplicationName("Patrolbook");
    QGuiApplication::setApplicationVersion(QStringLiteral(PATROLBOOK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription("Patrolbook: area patrols, renovation checks and owner visits, offline.");
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir("data-dir", "Where the device's records and photos are kept.", "DIR");
    QCommandLineOption nmea("nmea", "Replay this NMEA log as the GPS position (no GPS chip).", "FILE");
    QCommandLineOption server("server", "The sync server the sign-in proposes.", "URL");
    parser.addOptions({dataDir, nmea, server});
    parser.process(app);

    QQuickStyle::setStyle("Material");
    // The services outlive the engine (declared first, destroyed last); the sync thread
    // and the store close before the application object goes.
    AppServices services({parser.value(dataDir), parser.value(server), parser.value(nmea)});
    QQmlApplicationEngine engine;
    engine.addImportPath("qrc:/");
    services.handTo(engine);
    // loadFromModule() is Qt 6.5+; the module's files sit under its URI path.
    engine.load(QUrl("qrc:/Patrolbook/Ui/Main.qml"));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
