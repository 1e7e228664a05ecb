// The one vocabulary: every value of every enum the store keeps, every record type and
// every sync state has its words in English and in Simplified Chinese.
#include "vocabulary.hpp"

#include "app_errors.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"

#include <QCoreApplication>
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
using StoredEnums
    = Enums<PropertyKind, AreaType, ChecklistCategory, StaffRole, Gender, ContactChannel, ItemResult, RecordStatus,
            RenovationKind, VisitPurpose, VisitStatus, VisitOutcome, ServiceKind, FollowUpStatus, FollowUpSource>;

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
    for (const char* state : {"synced", "pending", "rejected", "conflict"})
        out.push_back({state, Vocabulary::syncStateLabel(state)});
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

TEST(VocabularyTest, QmlAsksByWireNameAndAnUnknownValueShowsAsItIs)
{
    Vocabulary words;
    EXPECT_EQ(words.status(QStringLiteral("unreachable")), Vocabulary::label(VisitStatus::Unreachable));
    EXPECT_EQ(words.status(QStringLiteral("in_progress")), Vocabulary::label(FollowUpStatus::InProgress));
    EXPECT_EQ(words.purpose(QStringLiteral("holiday")), Vocabulary::label(VisitPurpose::Holiday));
    EXPECT_EQ(words.result(QString()), "Not answered");
    EXPECT_EQ(words.areaType(QStringLiteral("moon_base")), "moon_base");
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
