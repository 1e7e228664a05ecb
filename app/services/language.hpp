#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class Session;

// The UI language: the system's by default, or the one chosen in Settings (kept in the
// device's store). Switching retranslates the running UI.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "system", "zh_CN" or "en".
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    // What is in effect: "zh_CN" or "en".
    Q_PROPERTY(QString current READ current NOTIFY changed)

public:
    // Installs the language saved in `session`'s store (or the system's) for `engine`.
    Language(QQmlEngine* engine, Session& session);
    ~Language() override;
    // The QML singleton: the language of the engine's AppServices.
    static Language* create(QQmlEngine* engine, QJSEngine*);

    QString choice() const { return choice_; }
    QString current() const { return current_; }
    void setChoice(const QString& choice);

signals:
    void changed();

private:
    void install(const QString& lang);

    QQmlEngine* engine_;
    Session* session_;
    QTranslator translator_;
    // Qt's own words on the screens (a file dialog's buttons, a message box's): Debian's
    // qt6-translations-l10n, where Qt keeps them.
    QTranslator qtTranslator_;
    QString choice_ = "system";
    QString current_;
};
