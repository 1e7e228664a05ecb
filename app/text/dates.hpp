#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Calendar days as the screens type them ("2026-12-07"), checked and counted in C++: a
// JavaScript Date carries the phone's zone and would move a day across a boundary. The
// date fields' check and quick picks ("today", "+3 d") use it.
class Dates : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // "yyyy-MM-dd" of a real day of the Gregorian calendar; nullopt-like invalid otherwise.
    static QDate parse(const QString& text);
    static QString text(const QDate& day);

    Q_INVOKABLE bool isDate(const QString& text) const { return parse(text).isValid(); }
    // `days` after `from` ("yyyy-MM-dd"); from the phone's today when `from` is no date.
    Q_INVOKABLE QString addDays(const QString& from, int days) const;
};
