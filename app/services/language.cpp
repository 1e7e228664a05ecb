#include "language.hpp"
#include "form_support.hpp"

#include "app_services.hpp"
#include "session.hpp"

#include "patrolbook/sync/device_state.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

namespace {

QString savedChoice(Session& session)
{
    patrolbook::sync::DeviceState state(session.store().database());
    const auto saved = state.get("language");
    return saved ? form::qstr(*saved) : QStringLiteral("system");
}

QString resolve(const QString& choice)
{
    if (choice == "zh_CN" || choice == "en")
        return choice;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

Language::Language(QQmlEngine* engine, Session& session)
    : QObject(nullptr)
    , engine_(engine)
    , session_(&session)
{
    choice_ = savedChoice(session);
    install(resolve(choice_));
}

Language::~Language()
{
    QCoreApplication::removeTranslator(&translator_);
}

Language* Language::create(QQmlEngine* engine, QJSEngine*)
{
    auto* language = &AppServices::of(engine).language();
    QJSEngine::setObjectOwnership(language, QJSEngine::CppOwnership);
    return language;
}

void Language::setChoice(const QString& choice)
{
    const QString valid = (choice == "zh_CN" || choice == "en") ? choice : QStringLiteral("system");
    if (valid == choice_)
        return;
    choice_ = valid;
    patrolbook::sync::DeviceState(session_->store().database()).set("language", form::str(valid));
    install(resolve(valid));
    emit changed();
    // Text the models built in C++ (labels, lines, reasons) is rebuilt in the new language.
    session_->notifyRecordsChanged();
}

void Language::install(const QString& lang)
{
    QCoreApplication::removeTranslator(&translator_);
    if (translator_.load(QStringLiteral(":/i18n/patrolbook_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&translator_);
    QCoreApplication::removeTranslator(&qtTranslator_);
    if (lang != QLatin1String("en")
        && qtTranslator_.load(QStringLiteral("qt_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator_);
    current_ = lang;
    QLocale::setDefault(QLocale(lang == "zh_CN" ? QLocale::Chinese : QLocale::English,
                                lang == "zh_CN" ? QLocale::China : QLocale::UnitedStates));
    if (engine_)
        engine_->retranslate();
}
