// TOTP against the RFC 6238 test vectors (SHA-1 secret "12345678901234567890").
#include "server/totp.h"

#include <gtest/gtest.h>

namespace {

const QByteArray kSecret = "12345678901234567890";

TEST(Totp, Code_Rfc6238Vectors_LastSixDigits)
{
    EXPECT_EQ(Server::totpCode(kSecret, 59), "287082");
    EXPECT_EQ(Server::totpCode(kSecret, 1111111109), "081804");
    EXPECT_EQ(Server::totpCode(kSecret, 1234567890), "005924");
    EXPECT_EQ(Server::totpCode(kSecret, 2000000000), "279037");
}

TEST(Totp, Verify_AcceptsAdjacentStepsOnceAndNothingElse)
{
    const std::int64_t now = 1111111109;
    const std::int64_t step = now / Server::kTotpStepS;
    EXPECT_EQ(Server::verifyTotp(kSecret, "081804", now, 0), step);
    EXPECT_EQ(Server::verifyTotp(kSecret, Server::totpCode(kSecret, now - 30), now, 0), step - 1);
    EXPECT_EQ(Server::verifyTotp(kSecret, Server::totpCode(kSecret, now + 30), now, 0), step + 1);
    EXPECT_FALSE(Server::verifyTotp(kSecret, Server::totpCode(kSecret, now + 90), now, 0));
    EXPECT_FALSE(Server::verifyTotp(kSecret, "081804", now, step)); // replay
    EXPECT_FALSE(Server::verifyTotp(kSecret, "000000", now, 0));
    EXPECT_FALSE(Server::verifyTotp(kSecret, "12345", now, 0));
}

TEST(Totp, Base32_Rfc4648Vectors)
{
    EXPECT_EQ(Server::base32Encode("foobar"), "MZXW6YTBOI");
    EXPECT_EQ(Server::base32Encode("f"), "MY");
    EXPECT_EQ(Server::base32Encode(""), "");
}

} // namespace
