// server/secretbox.h: AES-256-GCM sealing of small secrets with a key file of its own.
#include "server/secretbox.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <filesystem>

namespace {

using Server::SecretBox;

std::filesystem::path keyPath(const QTemporaryDir& dir)
{
    return std::filesystem::path(dir.path().toStdString()) / "secret.key";
}

TEST(SecretBox, FromKeyFile_Missing_CreatesPrivate32ByteKey)
{
    QTemporaryDir dir;
    auto box = SecretBox::fromKeyFile(keyPath(dir));
    ASSERT_TRUE(box) << box.error().detail.toStdString();
    const auto status = std::filesystem::status(keyPath(dir));
    EXPECT_EQ(status.permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_EQ(std::filesystem::file_size(keyPath(dir)), SecretBox::kKeyBytes);
}

TEST(SecretBox, SealOpen_SameKeyAndContext_RoundTrips)
{
    QTemporaryDir dir;
    auto first = SecretBox::fromKeyFile(keyPath(dir));
    ASSERT_TRUE(first);
    const QByteArray secret = QByteArray::fromHex("00112233445566778899aabbccddeeff01020304");
    auto sealed = first->seal(secret, "totp:usr_1");
    ASSERT_TRUE(sealed);
    EXPECT_TRUE(SecretBox::isSealed(*sealed));
    EXPECT_EQ(sealed->find(secret.toBase64().toStdString()), std::string::npos);
    // A fresh nonce every time: sealing twice never gives the same text.
    EXPECT_NE(*first->seal(secret, "totp:usr_1"), *sealed);
    // The key file is read back by a second start.
    auto second = SecretBox::fromKeyFile(keyPath(dir));
    ASSERT_TRUE(second);
    auto opened = second->open(*sealed, "totp:usr_1");
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    EXPECT_EQ(*opened, secret);
}

TEST(SecretBox, Open_OtherContextAlteredOrOtherKey_Fails)
{
    QTemporaryDir dir;
    QTemporaryDir otherDir;
    auto box = SecretBox::fromKeyFile(keyPath(dir));
    auto other = SecretBox::fromKeyFile(keyPath(otherDir));
    ASSERT_TRUE(box && other);
    auto sealed = box->seal(QByteArrayLiteral("secret"), "totp:usr_1");
    ASSERT_TRUE(sealed);
    EXPECT_FALSE(box->open(*sealed, "totp:usr_2"));
    EXPECT_FALSE(other->open(*sealed, "totp:usr_1"));
    std::string altered = *sealed;
    altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(box->open(altered, "totp:usr_1"));
    EXPECT_FALSE(box->open("v1:", "totp:usr_1"));
    EXPECT_FALSE(box->open("plain", "totp:usr_1"));
}

TEST(SecretBox, FromKeyFile_ReadableByOthersOrWrongSize_Refused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(SecretBox::fromKeyFile(keyPath(dir)));
    std::filesystem::permissions(keyPath(dir), std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    auto open = SecretBox::fromKeyFile(keyPath(dir));
    ASSERT_FALSE(open);
    EXPECT_TRUE(open.error().detail.contains(QLatin1String("0600")));

    QTemporaryDir shortDir;
    QFile file(QString::fromStdString(keyPath(shortDir).string()));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("short");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_FALSE(SecretBox::fromKeyFile(keyPath(shortDir)));
}

} // namespace
