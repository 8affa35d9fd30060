#include "server/database.h"
#include "server/storage.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <fstream>

namespace {

using namespace Server;

std::filesystem::path tempPath(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

TEST(Database, Open_NewFile_IsWalAndFullyMigrated)
{
    QTemporaryDir dir;
    auto db = Database::open(tempPath(dir, "a.db"));
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->journalMode(), "wal");
    EXPECT_EQ((*db)->schemaVersion(), migrations().back().version);
    EXPECT_TRUE((*db)->ping().ok());
}

TEST(Database, Open_Twice_AppliesMigrationsOnce)
{
    QTemporaryDir dir;
    const auto file = tempPath(dir, "b.db");
    std::string firstInstance;
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        auto statement = (*db)->prepare("SELECT instance_id FROM server_instance");
        ASSERT_TRUE(statement.ok());
        ASSERT_TRUE(*statement->step());
        firstInstance = statement->columnText(0);
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    auto statement = (*db)->prepare("SELECT instance_id FROM server_instance");
    ASSERT_TRUE(statement.ok());
    ASSERT_TRUE(*statement->step());
    EXPECT_EQ(statement->columnText(0), firstInstance);
}

TEST(Database, Open_FailingMigration_RollsBackAndNamesIt)
{
    QTemporaryDir dir;
    const std::vector<Migration> schema = {
        {1, "good", "CREATE TABLE a(x INTEGER);"},
        {2, "broken", "CREATE TABLE b(x INTEGER); THIS IS NOT SQL;"},
    };
    auto db = Database::open(tempPath(dir, "c.db"), schema);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Core::ErrorCode::Database);
    EXPECT_TRUE(db.error().detail.contains(QLatin1String("broken")));

    // Step 1 stays applied, step 2 left nothing behind.
    auto reopened = Database::open(tempPath(dir, "c.db"), {schema[0]});
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->schemaVersion(), 1);
    EXPECT_FALSE((*reopened)->prepare("SELECT * FROM b").ok());
}

TEST(Database, Open_StepFromAnotherBranchArrivesLater_IsStillApplied)
{
    QTemporaryDir dir;
    const Migration one{1, "one", "CREATE TABLE one(x INTEGER);"};
    const Migration two{200, "two", "CREATE TABLE two(x INTEGER);"};
    const Migration three{300, "three", "CREATE TABLE three(x INTEGER);"};
    ASSERT_TRUE(Database::open(tempPath(dir, "d.db"), {one, three}).ok());
    auto db = Database::open(tempPath(dir, "d.db"), {one, two, three});
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE((*db)->prepare("SELECT * FROM two").ok());
}

TEST(Database, Open_NotADatabase_IsClearError)
{
    QTemporaryDir dir;
    const auto file = tempPath(dir, "text.db");
    std::ofstream(file) << "this is a text file, not SQLite, and it is long enough to matter";
    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Core::ErrorCode::Database);
}

TEST(ObjectStorage, WriteAtomically_ThenCheckWritable_Succeeds)
{
    QTemporaryDir dir;
    ObjectStorage storage(tempPath(dir, "objects"));
    ASSERT_TRUE(storage.prepare().ok());
    ASSERT_TRUE(storage.writeAtomically("a/b.bin", "hello").ok());
    std::ifstream in(storage.root() / "a" / "b.bin");
    std::string content;
    in >> content;
    EXPECT_EQ(content, "hello");
    EXPECT_TRUE(storage.checkWritable().ok());
    // No temporary files are left behind.
    EXPECT_TRUE(std::filesystem::is_empty(storage.root() / "tmp"));
}

TEST(ObjectStorage, CheckWritable_TmpIsNotAFolder_Fails)
{
    // Works as root too (permissions would not stop root): the temporary folder is a file.
    QTemporaryDir dir;
    ObjectStorage storage(tempPath(dir, "objects"));
    ASSERT_TRUE(storage.prepare().ok());
    std::filesystem::remove(storage.root() / "tmp");
    std::ofstream(storage.root() / "tmp") << "x";
    const auto writable = storage.checkWritable();
    ASSERT_FALSE(writable.ok());
    EXPECT_EQ(writable.error().code, Core::ErrorCode::Io);
}

} // namespace
