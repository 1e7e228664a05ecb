// patrolbook-bench-app: the field app's figures on this machine (docs/benchmarks.md),
// printed as JSON lines, never asserted:
//   cold start to the first frame of Today (offscreen),
//   the records list opened and scrolled through with 100,000 records on the device
//   (the longest frame and the 99th percentile),
//   saving a finished 12-item inspection through PatrolForm.
// Usage: patrolbook-bench-app [--records N]   (QT_QPA_PLATFORM=offscreen is set for you)
#include "app_services.hpp"
#include "patrol_form.hpp"
#include "record_list_model.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(PatrolbookPlugin)
Q_IMPORT_QML_PLUGIN(Patrolbook_UiPlugin)

using namespace patrolbook;

namespace {

void seed(Session& session, int records)
{
    auto& store = session.store();
    const auto now = Timestamp::now(480);
    const auto estate = makeDemoEstate(now);
    loadDemoEstate(store.records(), estate);
    const auto& me = *std::find_if(estate.staff.begin(), estate.staff.end(),
                                   [](const Staff& s) { return s.username == "patrol"; });
    sync::DeviceState state(store.database());
    state.setSignIn("bench", {{"id", me.id}, {"name", me.name}, {"role", "patrol"}});
    sqlite::Transaction tx(store.database());
    for (int i = 0; i < records; ++i) {
        const auto& area = estate.areas[std::size_t(i) % estate.areas.size()];
        Inspection in;
        in.id = newUuid();
        in.propertyId = area.propertyId;
        in.areaId = area.id;
        in.checklistId = area.checklistId;
        in.inspectorId = me.id;
        in.startedAt = now.plusMinutes(-i);
        in.finishedAt = in.startedAt.plusMinutes(12);
        in.status = RecordStatus::Finished;
        in.version = 1;
        store.records().putFromServer(in);
    }
    tx.commit();
    session.reloadUser();
}

void print(const char* name, double value, const char* unit, double target)
{
    std::printf("{\"bench\":\"app\",\"metric\":\"%s\",\"value\":%.2f,\"unit\":\"%s\",\"target\":%.0f}\n", name, value,
                unit, target);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int records = 100'000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--records")
            records = std::atoi(argv[i + 1]);
    QTemporaryDir dir;
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle("Material");
    AppServices services({dir.path(), {}, {}});
    Session& session = services.session();
    seed(session, records);
    services.syncStatus().setAutomatic(false);

    // Cold start: engine, modules and Main.qml to the first frame swapped.
    QElapsedTimer clock;
    clock.start();
    QQmlApplicationEngine engine;
    engine.addImportPath("qrc:/");
    services.handTo(engine);
    engine.load(QUrl("qrc:/Patrolbook/Ui/Main.qml"));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] { swapped = true; });
    while (!swapped)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    print("cold_start_first_frame_ms", double(clock.nsecsElapsed()) / 1e6, "ms", 400);

    // The records list over `records` rows: opening it, then a frame per scroll step.
    clock.restart();
    auto model = std::make_unique<RecordListModel>(&session);
    print("records_list_open_ms", double(clock.nsecsElapsed()) / 1e6, "ms", 16);
    // The count of every match, on a worker thread while the GUI thread goes on.
    while (!model->countKnown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    print("records_count_off_gui_thread_ms", double(clock.nsecsElapsed()) / 1e6, "ms", 1000);
    std::vector<double> fetches;
    while (model->canFetchMore({}) && fetches.size() < 200) {
        clock.restart();
        model->fetchMore({});
        fetches.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(fetches.begin(), fetches.end());
    if (!fetches.empty())
        print("records_page_fetch_max_ms", fetches.back(), "ms", 16);
    print("records_total", model->totalCount(), "records", double(records));
    // The screens hold a page or two, not the 20,000 rows scrolled through above.
    model.reset();

    // Saving a finished 12-item inspection (12 answers, each its own save, then finish).
    PatrolForm form(&session);
    const auto areas = session.store().records().all<Area>();
    std::vector<double> saves;
    for (int round = 0; round < 20; ++round) {
        form.start(QString::fromStdString(areas[std::size_t(round) % areas.size()].id));
        for (int row = 0; row < form.total(); ++row) {
            clock.restart();
            form.setResult(row, Values::ItemResult::Pass);
            saves.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        clock.restart();
        form.finish();
        saves.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(saves.begin(), saves.end());
    print("save_answer_median_ms", saves[saves.size() / 2], "ms", 20);
    print("save_answer_max_ms", saves.back(), "ms", 20);
    print("patrols_finished", form.status() == Values::RecordStatus::Finished ? 20 : 0, "patrols", 20);

    // What follows a burst of saves once: every list and count on screen reads the
    // store again (a frame's work on the GUI thread).
    clock.restart();
    session.flushRecordsChanged();
    print("reload_after_saves_ms", double(clock.nsecsElapsed()) / 1e6, "ms", 16);
    return 0;
}
