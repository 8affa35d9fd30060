// Transport security (issue 3, docs/tls.md) with real peers on both sides:
// - the real onestream-server with --tls-cert/--tls-key, probed by `openssl s_client`: TLS 1.2
//   and 1.3 AES-GCM connect; TLS 1.0/1.1, CBC (SHA-1 or SHA-256) and ChaCha20-Poly1305 do not;
// - our client (the `onestream` CLI and Api::ApiClient) against the server and against
//   `openssl s_server` peers that offer only a weak version or suite, or the wrong name.
// The CA and the certificates are made at test time with the openssl command line.
#include "core/api/apiclient.h"
#include "core/api/tlspolicy.h"
#include "core/upload/uploadtask.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace {

using namespace TestSupport;

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun
runProcess(const QString& program, const QStringList& arguments,
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
           const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A test CA and two server certificates signed by it (ECDSA P-256): one for 127.0.0.1 and
// localhost, one for example.test only.
class TestPki
{
public:
    bool create(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
        if (!openssl(
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), caFile(),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=OneStream Test CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                error)) {
            return false;
        }
        return leaf(QStringLiteral("loopback"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("IP:127.0.0.1,DNS:localhost"), error) &&
               leaf(QStringLiteral("other"), QStringLiteral("example.test"),
                    QStringLiteral("DNS:example.test"), error);
    }

    [[nodiscard]] QString path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name));
    }
    [[nodiscard]] QString caFile() const { return path("ca.pem"); }
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString certificate(const QString& name) const
    {
        return m_dir.filePath(name + QStringLiteral(".pem"));
    }
    [[nodiscard]] QString key(const QString& name) const
    {
        return m_dir.filePath(name + QStringLiteral(".key"));
    }

private:
    bool openssl(const QStringList& arguments, QString* error) const
    {
        const ProcessRun run = runProcess(QStringLiteral("openssl"), arguments);
        if (run.exitCode != 0) {
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')), run.err);
            return false;
        }
        return true;
    }

    bool leaf(const QString& name, const QString& commonName, const QString& altNames,
              QString* error) const
    {
        const QString request = m_dir.filePath(name + QStringLiteral(".csr"));
        const QString extensions = m_dir.filePath(name + QStringLiteral(".ext"));
        QFile file(extensions);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write(QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n")
                       .arg(altNames)
                       .toUtf8());
        file.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), key(name),
                        QStringLiteral("-out"), request, QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + commonName},
                       error) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        request, QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                        path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                        certificate(name), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), extensions},
                       error);
    }

    QTemporaryDir m_dir;
};

// --- The server under TLS, probed by openssl s_client -------------------------------------

class TlsServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_pki = std::make_unique<TestPki>();
        QString error;
        if (!s_pki->create(&error)) {
            s_setupError = error;
            return;
        }
        s_server = std::make_unique<ServerProcess>();
        if (!s_server->start({QStringLiteral("--tls-cert"),
                              s_pki->certificate(QStringLiteral("loopback")),
                              QStringLiteral("--tls-key"), s_pki->key(QStringLiteral("loopback")),
                              QStringLiteral("--monitor-interval-ms"), QStringLiteral("0")})) {
            s_setupError = s_server->error();
        }
    }
    static void TearDownTestSuite()
    {
        s_server.reset();
        s_pki.reset();
    }
    void SetUp() override { ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString(); }

    static ProcessRun sClient(const QStringList& extra)
    {
        QStringList arguments{QStringLiteral("s_client"),
                              QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(s_server->baseUrl().port()),
                              QStringLiteral("-servername"),
                              QStringLiteral("localhost"),
                              QStringLiteral("-CAfile"),
                              s_pki->caFile(),
                              QStringLiteral("-verify_return_error")};
        // -ign_eof: s_client sends the request and reads until the server closes.
        return runProcess(QStringLiteral("openssl"),
                          arguments + QStringList{QStringLiteral("-ign_eof")} + extra,
                          QProcessEnvironment::systemEnvironment(),
                          "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    static ProcessRun
    cli(const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        return runProcess(QStringLiteral(ONESTREAM_CLI_BINARY), arguments, environment);
    }

    static inline std::unique_ptr<TestPki> s_pki;
    static inline std::unique_ptr<ServerProcess> s_server;
    static inline QString s_setupError;
};

TEST_F(TlsServer, Start_WithCertificate_AnnouncesHttps)
{
    EXPECT_EQ(s_server->baseUrl().scheme(), QStringLiteral("https"));
}

struct ClientRow
{
    const char* name;
    QStringList arguments;
    bool connects;
    const char* cipher; // the suite a connection must use; empty: not checked
};

class TlsServerPeer : public TlsServer, public ::testing::WithParamInterface<ClientRow>
{};

TEST_P(TlsServerPeer, SClient_OffersSuite_ExpectedOutcome)
{
    const ClientRow& row = GetParam();
    const ProcessRun run = sClient(row.arguments);
    const QString all = run.out + run.err;
    // The exit status is not used on success: s_client reports the server's plain TCP close
    // after a "Connection: close" answer (no close_notify) as an error; the answer is the proof.
    if (row.connects) {
        EXPECT_TRUE(all.contains(QStringLiteral("Verification: OK"))) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("Cipher is ") + QString::fromLatin1(row.cipher)))
            << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("HTTP/1.1 200 OK"))) << all.toStdString();
    } else {
        EXPECT_NE(run.exitCode, 0) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("HTTP/1.1"))) << all.toStdString();
        // The server refused (an alert), not the client's own configuration.
        EXPECT_TRUE(all.contains(QStringLiteral("alert"))) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("no protocols available"))) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("no ciphers available"))) << all.toStdString();
    }
}

// @SECLEVEL=0 makes s_client itself willing to speak the old versions and suites, so that a
// refusal is the server's.
const QString kAnyLevel = QStringLiteral(":@SECLEVEL=0");

INSTANTIATE_TEST_SUITE_P(
    Suites, TlsServerPeer,
    ::testing::Values(ClientRow{"Tls12EcdheAes128Gcm",
                                {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                 QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")},
                                true,
                                "ECDHE-ECDSA-AES128-GCM-SHA256"},
                      ClientRow{"Tls12EcdheAes256Gcm",
                                {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                 QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384")},
                                true,
                                "ECDHE-ECDSA-AES256-GCM-SHA384"},
                      ClientRow{"Tls13Aes128Gcm",
                                {QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                                 QStringLiteral("TLS_AES_128_GCM_SHA256")},
                                true,
                                "TLS_AES_128_GCM_SHA256"},
                      ClientRow{"Tls10",
                                {QStringLiteral("-tls1"), QStringLiteral("-cipher"),
                                 QStringLiteral("DEFAULT") + kAnyLevel},
                                false,
                                ""},
                      ClientRow{"Tls11",
                                {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                 QStringLiteral("DEFAULT") + kAnyLevel},
                                false,
                                ""},
                      ClientRow{"Tls12CbcSha1Only",
                                {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                 QStringLiteral("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA") +
                                     kAnyLevel},
                                false,
                                ""},
                      ClientRow{"Tls12CbcSha256Only",
                                {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                 QStringLiteral("ECDHE-ECDSA-AES128-SHA256")},
                                false,
                                ""},
                      ClientRow{"Tls12ChaChaOnly",
                                {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                 QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")},
                                false,
                                ""},
                      ClientRow{"Tls13ChaChaOnly",
                                {QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                                 QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")},
                                false,
                                ""}),
    [](const ::testing::TestParamInfo<ClientRow>& row) { return std::string(row.param.name); });

// --- Our CLI against the server ------------------------------------------------------------

TEST_F(TlsServer, Cli_CaFile_Connects)
{
    const ProcessRun run =
        cli({QStringLiteral("--ca-file"), s_pki->caFile(), QStringLiteral("health"),
             QStringLiteral("--server"), s_server->baseUrl().toString()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ready"))) << run.out.toStdString();
}

TEST_F(TlsServer, Cli_CaFileFromEnvironment_Connects)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Api::kCaFileEnvironment), s_pki->caFile());
    const ProcessRun run =
        cli({QStringLiteral("health"), QStringLiteral("--server"), s_server->baseUrl().toString()},
            environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST_F(TlsServer, Cli_NoCaFile_RefusedWithHint)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QString::fromLatin1(Api::kCaFileEnvironment));
    const ProcessRun run =
        cli({QStringLiteral("health"), QStringLiteral("--server"), s_server->baseUrl().toString()},
            environment);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("TLS certificate rejected")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--ca-file"))) << run.err.toStdString();
}

TEST_F(TlsServer, Cli_UnreadableCaFile_Fails)
{
    const ProcessRun run =
        cli({QStringLiteral("--ca-file"), s_pki->path("missing.pem"), QStringLiteral("health"),
             QStringLiteral("--server"), s_server->baseUrl().toString()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("CA file"))) << run.err.toStdString();
}

TEST(TlsClient, Cli_PlainHttpToRemoteServer_RefusedBeforeSending)
{
    // 192.0.2.1 (TEST-NET-1) is never reachable: a refusal must come before any connection.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ONESTREAM_CLI_BINARY),
                  {QStringLiteral("login"), QStringLiteral("--server"),
                   QStringLiteral("http://192.0.2.1:8443"), QStringLiteral("--email"),
                   QStringLiteral("a@example.test"), QStringLiteral("--password-stdin")});
    ASSERT_TRUE(process.waitForStarted(10000));
    process.write("Abcdefg1\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(10000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("refusing plain http://"))) << err.toStdString();
}

TEST(TlsClient, CheckServerUrl_PlainHttp_OnlyLoopback)
{
    EXPECT_TRUE(Api::checkServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8443"))));
    EXPECT_TRUE(Api::checkServerUrl(QUrl(QStringLiteral("http://[::1]:8443"))));
    EXPECT_TRUE(Api::checkServerUrl(QUrl(QStringLiteral("http://localhost:8443"))));
    EXPECT_TRUE(Api::checkServerUrl(QUrl(QStringLiteral("https://video.example.com"))));
    EXPECT_FALSE(Api::checkServerUrl(QUrl(QStringLiteral("http://video.example.com"))));
    EXPECT_FALSE(Api::checkServerUrl(QUrl(QStringLiteral("http://10.0.0.5:8443"))));
    EXPECT_FALSE(Api::checkServerUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
}

// --- Our client (Api::ApiClient under the installed policy) against openssl s_server -------

// openssl s_server on a free loopback port, serving files of folder as complete HTTP answers
// (-HTTP: the file holds the status line and headers, so the answer has a Content-Length).
class SServer
{
public:
    bool start(const QString& folder, const QStringList& arguments, QString* error)
    {
        QFile answer(folder + QStringLiteral("/answer.http"));
        if (!answer.open(QIODevice::WriteOnly)) {
            *error = answer.errorString();
            return false;
        }
        answer.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "2\r\nConnection: close\r\n\r\n{}");
        answer.close();
        m_process.setWorkingDirectory(folder);
        m_process.setProgram(QStringLiteral("openssl"));
        m_process.setArguments(QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                           QStringLiteral("127.0.0.1:0"), QStringLiteral("-HTTP"),
                                           QStringLiteral("-naccept"), QStringLiteral("8")} +
                               arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        static const QRegularExpression accept(QStringLiteral("ACCEPT .*:(\\d+)"));
        QByteArray output;
        const bool announced = waitUntil(
            [&] {
                output += m_process.readAllStandardOutput();
                return accept.match(QString::fromUtf8(output)).hasMatch() ||
                       m_process.state() != QProcess::Running;
            },
            std::chrono::seconds(10));
        const auto match = accept.match(QString::fromUtf8(output));
        if (!announced || !match.hasMatch()) {
            *error = QStringLiteral("s_server did not start: ") + QString::fromUtf8(output) +
                     QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_port = match.captured(1).toUShort();
        return true;
    }
    ~SServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct PeerRow
{
    const char* name;
    const char* certificate; // "loopback" or "other"
    QStringList arguments;
    bool accepted;
    const char* reason; // part of the error detail when refused
};

class TlsClientPeer : public ::testing::TestWithParam<PeerRow>
{
protected:
    static void SetUpTestSuite()
    {
        s_pki = std::make_unique<TestPki>();
        QString error;
        if (!s_pki->create(&error))
            s_setupError = error;
    }
    static void TearDownTestSuite() { s_pki.reset(); }
    void SetUp() override
    {
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString();
        m_original = QSslConfiguration::defaultConfiguration();
        const auto installed = Api::installTlsPolicy(s_pki->caFile());
        ASSERT_TRUE(installed) << installed.error().detail.toStdString();
    }
    void TearDown() override { QSslConfiguration::setDefaultConfiguration(m_original); }

    static inline std::unique_ptr<TestPki> s_pki;
    static inline QString s_setupError;
    QSslConfiguration m_original;
};

TEST_P(TlsClientPeer, ApiClient_PeerOffers_ExpectedOutcome)
{
    const PeerRow& row = GetParam();
    const QString name = QString::fromLatin1(row.certificate);
    SServer peer;
    QString error;
    ASSERT_TRUE(peer.start(s_pki->folder(),
                           QStringList{QStringLiteral("-cert"), s_pki->certificate(name),
                                       QStringLiteral("-key"), s_pki->key(name)} +
                               row.arguments,
                           &error))
        << error.toStdString();

    QNetworkAccessManager network;
    Api::ApiClientOptions options;
    options.maxRetries = 0;
    options.timeout = std::chrono::milliseconds(10000);
    Api::ApiClient client(network, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(peer.port())),
                          options);
    QObject guard;
    std::optional<Core::Result<Api::ApiResponse>> result;
    client.send("GET", QStringLiteral("/answer.http"), {}, &guard,
                [&](Core::Result<Api::ApiResponse> response) { result = std::move(response); });
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, std::chrono::seconds(20)));
    if (row.accepted) {
        ASSERT_TRUE(*result) << result->error().detail.toStdString();
        EXPECT_EQ((*result)->status, 200);
    } else {
        ASSERT_FALSE(*result) << "the client accepted a peer it must refuse";
        EXPECT_EQ(result->error().code, Core::ErrorCode::Tls)
            << result->error().detail.toStdString();
        EXPECT_TRUE(result->error().detail.contains(QString::fromLatin1(row.reason)))
            << result->error().detail.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Peers, TlsClientPeer,
    ::testing::Values(PeerRow{"Tls12AesGcm",
                              "loopback",
                              {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                               QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")},
                              true,
                              ""},
                      PeerRow{"Tls13AesGcm",
                              "loopback",
                              {QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                               QStringLiteral("TLS_AES_256_GCM_SHA384")},
                              true,
                              ""},
                      PeerRow{"Tls10Only",
                              "loopback",
                              {QStringLiteral("-tls1"), QStringLiteral("-cipher"),
                               QStringLiteral("DEFAULT") + kAnyLevel},
                              false,
                              "TLS handshake failed"},
                      PeerRow{"CbcSha1Only",
                              "loopback",
                              {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                               QStringLiteral("ECDHE-ECDSA-AES128-SHA") + kAnyLevel},
                              false,
                              "TLS handshake failed"},
                      PeerRow{"Tls12ChaChaOnly",
                              "loopback",
                              {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                               QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")},
                              false,
                              "TLS handshake failed"},
                      PeerRow{"Tls13ChaChaOnly",
                              "loopback",
                              {QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                               QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")},
                              false,
                              "TLS handshake failed"},
                      PeerRow{"CertificateForAnotherName",
                              "other",
                              {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                               QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")},
                              false,
                              "host name did not match"}),
    [](const ::testing::TestParamInfo<PeerRow>& row) { return std::string(row.param.name); });

// --- A tus upload over HTTPS: the engine's own socket (DirectReply over QSslSocket) and the
// server's raw body reads through the TLS stream --------------------------------------------

TEST(TlsUpload, UploadEngine_OverHttps_EveryByteStoredAndVerified)
{
    TestPki pki;
    QString error;
    ASSERT_TRUE(pki.create(&error)) << error.toStdString();
    // The client trusts the test CA the way --ca-file makes it (the policy is the default), for
    // the fixture's requests and the engine's own sockets alike.
    auto policy =
        Api::tlsPolicyConfiguration(QSslConfiguration::defaultConfiguration(), pki.caFile());
    ASSERT_TRUE(policy.ok()) << policy.error().detail.toStdString();
    QSslConfiguration::setDefaultConfiguration(policy.value());
    ServerProcess server;
    ASSERT_TRUE(initOperator(server, kOperatorEmail, kTestPassword, &error)) << error.toStdString();
    ASSERT_TRUE(
        server.start({QStringLiteral("--tls-cert"), pki.certificate(QStringLiteral("loopback")),
                      QStringLiteral("--tls-key"), pki.key(QStringLiteral("loopback"))}))
        << server.error().toStdString();
    ASSERT_EQ(server.baseUrl().scheme(), QStringLiteral("https"));
    IdentityFixture identity(server);
    auto tenant = identity.createTenant(QStringLiteral("Over TLS"));
    ASSERT_TRUE(tenant) << identity.lastError().toStdString();
    auto uploader = identity.addUser(*tenant, QStringLiteral("uploader"));
    ASSERT_TRUE(uploader) << identity.lastError().toStdString();
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());

    // 9 MiB in chunks from 1 MiB up: several PATCHes, each with a CRC32C from the file pass.
    const QString path = data.filePath(QStringLiteral("clip.bin"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        quint32 x = 2463534242U;
        for (int i = 0; i < 9; ++i) {
            for (char& c : block) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = static_cast<char>(x);
            }
            file.write(block);
        }
    }
    QFile source(path);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    expected.addData(&source);

    QNetworkAccessManager network;
    Upload::UploadOptions options;
    options.initialChunkBytes = 1024 * 1024;
    Upload::UploadTask task(network, path,
                            server.baseUrl().resolved(QUrl(QStringLiteral("/v1/uploads/"))),
                            {{QStringLiteral("filename"), QStringLiteral("clip.bin")}}, options);
    const QByteArray token = "Bearer " + uploader->accessToken.toUtf8();
    task.setAuth(Upload::UploadAuth{
        [token] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", token}};
        },
        {}});
    bool finished = false;
    QObject::connect(&task, &Upload::UploadTask::finished, [&finished] { finished = true; });
    task.start();
    ASSERT_TRUE(waitUntil([&] { return finished; }, std::chrono::seconds(60)));
    ASSERT_EQ(task.state(), Upload::UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(task.sha256Hex(), expected.result().toHex());
    EXPECT_EQ(task.bytesSent(), 9 * 1024 * 1024); // nothing sent twice
}

} // namespace
