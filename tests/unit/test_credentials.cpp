// Password hashing and token helpers of the server (issue 3).
#include "server/credentials.h"

#include <gtest/gtest.h>

namespace {

using namespace Server;

TEST(Credentials, HashPassword_Verify_MatchesOnlyTheSamePassword)
{
    const std::string stored = hashPassword("Correct-Horse1", 1000);
    ASSERT_FALSE(stored.empty());
    EXPECT_EQ(stored.rfind("pbkdf2-sha256$1000$", 0), 0u);
    EXPECT_TRUE(verifyPassword("Correct-Horse1", stored));
    EXPECT_FALSE(verifyPassword("Correct-Horse2", stored));
    EXPECT_FALSE(verifyPassword("", stored));
}

TEST(Credentials, HashPassword_SamePasswordTwice_DifferentSalts)
{
    EXPECT_NE(hashPassword("Same-Passw0rd", 1000), hashPassword("Same-Passw0rd", 1000));
}

TEST(Credentials, HashPassword_DefaultCost_IsRecordedInTheHash)
{
    const std::string stored = hashPassword("Correct-Horse1");
    EXPECT_EQ(stored.rfind("pbkdf2-sha256$" + std::to_string(kPasswordHashIterations) + "$", 0),
              0u);
    EXPECT_GE(kPasswordHashIterations, 210000);
    EXPECT_TRUE(verifyPassword("Correct-Horse1", stored));
}

TEST(Credentials, VerifyPassword_MalformedStored_False)
{
    for (const char* stored : {"", "plain", "pbkdf2-sha256$x$y$z", "md5$1000$AAAA$AAAA",
                               "pbkdf2-sha256$10$c2FsdA==$AAAA"}) {
        EXPECT_FALSE(verifyPassword("anything", stored)) << stored;
    }
}

TEST(Credentials, RandomToken_UrlSafeAndUnique)
{
    const std::string a = randomToken();
    const std::string b = randomToken();
    EXPECT_EQ(a.size(), 43u); // 32 bytes, base64url without padding
    EXPECT_NE(a, b);
    EXPECT_EQ(a.find_first_of("+/="), std::string::npos);
    EXPECT_EQ(randomHex(16).size(), 32u);
}

TEST(Credentials, Sha256Hex_KnownVector)
{
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

} // namespace
