#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

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
    static Language* create(QQmlEngine* engine, QJSEngine*);
    // Installs the saved (or system) language before the UI loads.
    static void applySaved(QQmlEngine* engine);

    QString choice() const { return choice_; }
    QString current() const { return current_; }
    void setChoice(const QString& choice);

signals:
    void changed();

private:
    explicit Language(QQmlEngine* engine);
    void install(const QString& lang);

    QQmlEngine* engine_;
    QTranslator translator_;
    QString choice_ = "system";
    QString current_;
};
