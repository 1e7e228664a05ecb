// patrolbook-app: the field app. Everything but start-up lives in the Patrolbook and
// Patrolbook.Ui QML modules.
#include "language.hpp"
#include "position_provider.hpp"
#include "session.hpp"

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
    if (parser.isSet(dataDir))
        Session::setDataDir(parser.value(dataDir));
    if (parser.isSet(server))
        Session::setDefaultServerUrl(parser.value(server));
    if (parser.isSet(nmea))
        PositionProvider::setNmeaFile(parser.value(nmea));

    QQuickStyle::setStyle("Material");
    int rc = 1;
    {
        QQmlApplicationEngine engine;
        engine.addImportPath("qrc:/");
        Language::applySaved(&engine);
        // loadFromModule() is Qt 6.5+; the module's files sit under its URI path.
        engine.load(QUrl("qrc:/Patrolbook/Ui/Main.qml"));
        if (!engine.rootObjects().isEmpty())
            rc = QGuiApplication::exec();
    }
    // The sync thread and the store close before the application object goes.
    Session::shutdown();
    return rc;
}
