// The models' tests need a QGuiApplication (QAbstractItemModelTester, Qt's event loop for
// the session's signals) but no screen: the offscreen platform, set before it starts.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
