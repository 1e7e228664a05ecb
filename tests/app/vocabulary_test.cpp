// The one vocabulary: every value of every enum the store keeps, every record type and
// every sync state has its words in English and in Simplified Chinese.
#include "vocabulary.hpp"

#include "app_errors.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QTranslator>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace patrolbook;

namespace {

struct Word {
    std::string wire;
    QString label;
};

template <class... Es>
struct Enums {
};
using StoredEnums = Enums<PropertyKind, AreaType, ChecklistCategory, StaffRole, Gender, ContactChannel, ItemResult,
                          RecordStatus, RenovationKind, VisitPurpose, VisitStatus, VisitOutcome, ServiceKind,
                          FollowUpStatus, FollowUpSource, VisitRule, RepairStatus, RepairCategory, Urgency,
                          ComplaintStatus, ComplaintSeverity, ComplaintJudgement, OwnerConsent, HandoverStatus, Shift>;

template <class E>
void collect(std::vector<Word>& out)
{
    for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        out.push_back({std::string{EnumNames<E>::names[i]}, Vocabulary::label(static_cast<E>(i))});
}

template <class... Es>
std::vector<Word> everyWord(Enums<Es...>)
{
    std::vector<Word> out;
    (collect<Es>(out), ...);
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        const auto entity = std::string{Schema<T>::entity};
        out.push_back({entity, Vocabulary::entityLabel(entity)});
    });
    const auto states = QMetaEnum::fromType<Values::SyncState>();
    for (int i = 0; i < states.keyCount(); ++i)
        out.push_back({states.key(i), Vocabulary::label(static_cast<Values::SyncState>(states.value(i)))});
    return out;
}

bool hasChinese(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

TEST(VocabularyTest, EveryStoredValueHasItsWordsInEnglishAndInChinese)
{
    const auto english = everyWord(StoredEnums{});
    for (const auto& w : english) {
        EXPECT_FALSE(w.label.isEmpty()) << w.wire;
        EXPECT_NE(w.label.toStdString(), w.wire) << "the wire name is not a word for people";
    }

    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/patrolbook_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const auto zh = everyWord(StoredEnums{});
    QCoreApplication::removeTranslator(&chinese);
    ASSERT_EQ(zh.size(), english.size());
    for (std::size_t i = 0; i < zh.size(); ++i)
        EXPECT_TRUE(hasChinese(zh[i].label)) << zh[i].wire << ": " << zh[i].label.toStdString();
}

namespace {

// QML's enum has every value of the shared one, by the same number, and Unset (-1).
template <class E>
void expectMirrored()
{
    const auto qmlEnum = QMetaEnum::fromType<qml::Mirror<E>>();
    const auto& names = EnumNames<E>::names;
    EXPECT_EQ(qmlEnum.keyCount(), int(names.size()) + 1) << qmlEnum.name();
    EXPECT_EQ(qmlEnum.keyToValue("Unset"), -1) << qmlEnum.name();
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(int(qml::fromWire<E>(names[i])), int(i)) << names[i];
        EXPECT_NE(qmlEnum.valueToKey(int(i)), nullptr) << names[i];
        EXPECT_EQ(qml::toShared<E>(qml::fromWire<E>(names[i])), static_cast<E>(i));
    }
    EXPECT_EQ(qml::fromWire<E>("moon_base"), qml::Mirror<E>::Unset);
    EXPECT_FALSE(qml::toShared<E>(qml::Mirror<E>::Unset).has_value());
    EXPECT_FALSE(qml::toShared<E>(static_cast<qml::Mirror<E>>(int(names.size())))) << "past the last value";
}

} // namespace

TEST(VocabularyTest, QmlSeesEveryStoredValueAsTheSameNumber)
{
    expectMirrored<AreaType>();
    expectMirrored<StaffRole>();
    expectMirrored<ContactChannel>();
    expectMirrored<ItemResult>();
    expectMirrored<RecordStatus>();
    expectMirrored<RenovationKind>();
    expectMirrored<VisitPurpose>();
    expectMirrored<VisitStatus>();
    expectMirrored<VisitOutcome>();
}

TEST(VocabularyTest, QmlAsksByTheValuesItIsGivenAndUnsetReadsAsNotChosen)
{
    Vocabulary words;
    EXPECT_EQ(words.visitStatus(Values::VisitStatus::Unreachable), Vocabulary::label(VisitStatus::Unreachable));
    EXPECT_EQ(words.purpose(Values::VisitPurpose::Holiday), Vocabulary::label(VisitPurpose::Holiday));
    EXPECT_EQ(words.role(Values::StaffRole::Office), Vocabulary::label(StaffRole::Office));
    EXPECT_EQ(words.result(Values::ItemResult::Unset), "Not answered");
    EXPECT_EQ(words.outcome(Values::VisitOutcome::Unset), "No outcome yet");
    EXPECT_EQ(words.areaType(Values::AreaType::Unset), "");
    EXPECT_EQ(words.syncState(Values::SyncState::Conflict), "Changed by someone else");
    EXPECT_EQ(words.recordKind("owner_visit"), Vocabulary::entityLabel("owner_visit"));
    // The visit form's purposes come from the one list, in its order.
    const auto purposes = words.purposes();
    ASSERT_EQ(purposes.size(), qsizetype(EnumNames<VisitPurpose>::names.size()));
    EXPECT_EQ(purposes[3].toMap().value("value").toInt(), int(Values::VisitPurpose::Holiday));
    EXPECT_EQ(purposes[3].toMap().value("text").toString(), Vocabulary::label(VisitPurpose::Holiday));
}

TEST(VocabularyTest, AFullPhoneSaysSoAndWhatToDoInBothLanguages)
{
    // Not the catch-all "Something went wrong" with SQLite's message.
    const Error full(ErrorDomain::Storage, ErrorCode::DiskFull, "database or disk is full");
    const QString english = userMessage(full);
    EXPECT_TRUE(english.contains("storage is full")) << english.toStdString();
    EXPECT_FALSE(english.contains("database or disk")) << english.toStdString();
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/patrolbook_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QString zh = userMessage(full);
    QCoreApplication::removeTranslator(&chinese);
    EXPECT_TRUE(zh.contains(QStringLiteral("存储空间已满"))) << zh.toStdString();
}
