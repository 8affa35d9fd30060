<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread notice(s)</source>
        <translation>
            <numerusform>%1、未読のお知らせ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>OneStream Studio</source>
        <translation>OneStream Studio</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>サービス状況</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Drop video files here to encode them and upload them to OneStream. Interrupted uploads continue where they stopped.</source>
        <translation>動画ファイルをここにドロップすると、エンコードして OneStream にアップロードします。中断したアップロードは止まったところから再開します。</translation>
    </message>
    <message>
        <source>Your organisation's videos on OneStream.</source>
        <translation>OneStream 上の組織の動画です。</translation>
    </message>
    <message>
        <source>Users, roles, privilege approvals and the audit log of your organisation.</source>
        <translation>組織のユーザー、ロール、権限の承認、監査ログです。</translation>
    </message>
    <message>
        <source>The service's live status, incidents, maintenance and notices.</source>
        <translation>サービスの現在の状況、障害、メンテナンス、お知らせです。</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>サーバーが選択されていません</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>%1 is not ready; retrying</source>
        <translation>%1 は準備ができていません。再試行しています</translation>
    </message>
    <message>
        <source>Cannot reach %1; retrying</source>
        <translation>%1 に接続できません。再試行しています</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>Gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Applies at once, without restarting</source>
        <translation>再起動せずにすぐ反映されます</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>Export a support bundle</source>
        <translation>サポート用情報の書き出し</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>サポート用情報 (*.json)</translation>
    </message>
    <message>
        <source>Exporting the support bundle…</source>
        <translation>サポート用情報を書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle saved to %1 (%n log file(s), secrets removed).</source>
        <translation>
            <numerusform>サポート用情報を %1 に保存しました（ログファイル %n 件、秘密情報は削除済み）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the support bundle: %1</source>
        <translation>サポート用情報を書き出せません：%1</translation>
    </message>
    <message>
        <source>OneStream &amp;cloud server:</source>
        <translation>OneStream クラウドサーバー(&amp;C):</translation>
    </message>
    <message>
        <source>OneStream cloud server address</source>
        <translation>OneStream クラウドサーバーのアドレス</translation>
    </message>
    <message>
        <source>Preferred &amp;encoder:</source>
        <translation>優先するエンコーダー(&amp;E):</translation>
    </message>
    <message>
        <source>Auto (fastest that passes a test encode)</source>
        <translation>自動（テストエンコードに成功した最速のもの）</translation>
    </message>
    <message>
        <source>Preferred encoder</source>
        <translation>優先するエンコーダー</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>同時実行ジョブ数(&amp;J):</translation>
    </message>
    <message>
        <source>Number of encodes that run at the same time</source>
        <translation>同時に実行するエンコードの数</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a batch finishes or fails</source>
        <translation>一括処理の完了・失敗時にデスクトップ通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Log &amp;folder:</source>
        <translation>ログフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the log folder</source>
        <translation>ログフォルダーを選択</translation>
    </message>
    <message>
        <source>E&amp;xport a support bundle…</source>
        <translation>サポート用情報を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Settings and logs in one file, with passwords and tokens removed</source>
        <translation>設定とログを 1 つのファイルにまとめます（パスワードとトークンは削除されます）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneStream Studio</source>
        <translation>OneStream Studio</translation>
    </message>
    <message>
        <source>The local workspace could not start:
%1

Check that the folder %2 exists and is writable.</source>
        <translation>ローカルワークスペースを開始できませんでした:
%1

フォルダー %2 が存在し、書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>Sign in to OneStream</source>
        <translation>OneStream にサインイン</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
</context>
<context>
    <name>Gui::HelpPage</name>
    <message>
        <source>Open now. Closes at %1 Japan time.</source>
        <translation>現在対応中です。日本時間 %1 に終了します。</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <source>Japanese public holiday</source>
        <translation>日本の祝日</translation>
    </message>
    <message>
        <source>new-year break</source>
        <translation>年末年始休業</translation>
    </message>
    <message>
        <source>outside support hours</source>
        <translation>受付時間外</translation>
    </message>
    <message>
        <source>Closed now (%1). Opens %2 at %3 Japan time (%4 your time).</source>
        <translation>現在受付時間外です（%1）。次の受付開始は %2 の日本時間 %3 です（お使いの地域の時刻で %4）。</translation>
    </message>
    <message>
        <source>%1: EXPIRED on %2</source>
        <translation>%1：%2 に有効期限切れ</translation>
    </message>
    <message>
        <source>%1: valid until %2</source>
        <translation>%1：%2 まで有効</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>サポート受付時間</translation>
    </message>
    <message>
        <source>Weekdays 10:00–17:30 Japan time (UTC+9), except Japanese public holidays and the new-year break (29 December to 3 January).</source>
        <translation>平日 10:00～17:30（日本時間、UTC+9）。日本の祝日と年末年始（12月29日～1月3日）を除きます。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>お問い合わせフォーム：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>メール：%1</translation>
    </message>
    <message>
        <source>Phone (during support hours): %1</source>
        <translation>電話（受付時間内）：%1</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>お問い合わせ窓口</translation>
    </message>
    <message>
        <source>Security and data handling</source>
        <translation>セキュリティとデータの取り扱い</translation>
    </message>
    <message>
        <source>• Data is stored in the %1 region, in Japan.</source>
        <translation>• データは日本国内の %1 リージョンに保存されます。</translation>
    </message>
    <message>
        <source>• Connections are encrypted (%1, CRYPTREC-listed cipher suites only); certificates are always verified.</source>
        <translation>• 通信は暗号化されます（%1、CRYPTREC 暗号リスト掲載の暗号スイートのみ）。証明書は常に検証されます。</translation>
    </message>
    <message numerus="yes">
        <source>• Daily online backups, encrypted with %1, kept for %n day(s).</source>
        <translation>
            <numerusform>• 毎日オンラインバックアップを取得し、%1 で暗号化して %n 日間保管します。</numerusform>
        </translation>
    </message>
    <message>
        <source>• Every video is stored twice and verified by checksum.</source>
        <translation>• すべての動画は二重に保存され、チェックサムで検証されます。</translation>
    </message>
    <message>
        <source>• Passwords are stored with a slow salted hash; sign-in supports TOTP two-step verification.</source>
        <translation>• パスワードはソルト付きの低速ハッシュで保存されます。サインインは TOTP による 2 段階認証に対応しています。</translation>
    </message>
    <message>
        <source>• A terminated organisation&apos;s data is erased 30 days after its contract ends.</source>
        <translation>• 契約を終了した組織のデータは、契約終了の 30 日後に消去されます。</translation>
    </message>
    <message>
        <source>Security facts</source>
        <translation>セキュリティに関する事項</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京</translation>
    </message>
</context>
<context>
    <name>Gui::PasswordChecklist</name>
    <message>
        <source>Password requirements</source>
        <translation>パスワードの条件</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation>英小文字を含む</translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation>英大文字を含む</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>数字を含む</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1：満たしています</translation>
    </message>
    <message>
        <source>%1: not met yet</source>
        <translation>%1：まだ満たしていません</translation>
    </message>
</context>
<context>
    <name>Gui::SignInPage</name>
    <message>
        <source>You were signed out because your session ended: it expired, or it was ended from another device or by an administrator. Nothing was lost; sign in again to continue.</source>
        <translation>セッションが終了したため、サインアウトしました（有効期限切れ、または別の端末や管理者によって終了されました）。データは失われていません。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://onestream.example.com.</source>
        <translation>サーバーのアドレスを入力してください（例：https://onestream.example.com）。</translation>
    </message>
    <message>
        <source>The server&apos;s address must start with https://.</source>
        <translation>サーバーのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation>メールアドレスとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the address and your connection. (%2)</source>
        <translation>%1 に接続できません。アドレスとネットワーク接続を確認してください。（%2）</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your organisation&apos;s owner.</source>
        <translation>このアカウントは無効になっています。組織のオーナーにお問い合わせください。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s contract has ended.</source>
        <translation>組織の契約は終了しています。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>サインインできませんでした：%1</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep the sign-in; you will have to sign in again next time. (%1)</source>
        <translation>サインインしましたが、キーチェーンにサインイン情報を保存できませんでした。次回はもう一度サインインが必要です。（%1）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>&amp;Work in:</source>
        <translation>作業場所(&amp;W):</translation>
    </message>
    <message>
        <source>OneStream cloud</source>
        <translation>OneStream クラウド</translation>
    </message>
    <message>
        <source>A self-hosted server</source>
        <translation>自社運用のサーバー</translation>
    </message>
    <message>
        <source>The local workspace on this computer</source>
        <translation>このコンピューターのローカルワークスペース</translation>
    </message>
    <message>
        <source>Where to work</source>
        <translation>作業場所</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>確認コード(&amp;C):</translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation>認証アプリに表示される 6 桁のコード</translation>
    </message>
    <message>
        <source>Only if two-step verification is on</source>
        <translation>2 段階認証を有効にしている場合のみ</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Gui::ComponentModel</name>
    <message>
        <source>No uptime data</source>
        <translation>稼働率のデータはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1% uptime over the last %n day(s) with data</source>
        <translation>
            <numerusform>データのある直近 %n 日間の稼働率 %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Uptime, last 90 days</source>
        <translation>稼働率（直近 90 日）</translation>
    </message>
</context>
<context>
    <name>Gui::StatusNotifications</name>
    <message>
        <source>New incident: %1</source>
        <translation>新しい障害: %1</translation>
    </message>
    <message>
        <source>Incident update: %1</source>
        <translation>障害の続報: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>解決: %1</translation>
    </message>
    <message>
        <source>Maintenance at %1: %2</source>
        <translation>%1 からメンテナンス: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::StatusText</name>
    <message>
        <source>All systems operational</source>
        <translation>すべてのシステムは正常に稼働しています</translation>
    </message>
    <message>
        <source>Minor service disruption</source>
        <translation>サービスの一部に軽微な障害が発生しています</translation>
    </message>
    <message>
        <source>Major service disruption</source>
        <translation>サービスに重大な障害が発生しています</translation>
    </message>
    <message>
        <source>Critical service outage</source>
        <translation>サービスが停止しています</translation>
    </message>
    <message>
        <source>Service under maintenance</source>
        <translation>メンテナンス中です</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>状態が不明です</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>一部停止</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>原因特定</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>経過観察</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>事後報告</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>影響なし</translation>
    </message>
    <message>
        <source>Minor impact</source>
        <translation>影響: 軽微</translation>
    </message>
    <message>
        <source>Major impact</source>
        <translation>影響: 重大</translation>
    </message>
    <message>
        <source>Critical impact</source>
        <translation>影響: 深刻</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Service level change</source>
        <translation>サービスレベルの変更</translation>
    </message>
    <message>
        <source>End of service</source>
        <translation>サービス終了</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 is under maintenance until %2. They continue by themselves when it ends.</source>
        <translation>アップロードを保留しています: %1 は %2 までメンテナンス中です。終了すると自動で再開します。</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 is under maintenance. They continue by themselves when it ends.</source>
        <translation>アップロードを保留しています: %1 はメンテナンス中です。終了すると自動で再開します。</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 has a major outage. They continue by themselves when it is back.</source>
        <translation>アップロードを保留しています: %1 が停止しています。復旧すると自動で再開します。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
</context>
<context>
    <name>Gui::StatusTray</name>
    <message>
        <source>Show service status</source>
        <translation>サービス状況を表示</translation>
    </message>
    <message>
        <source>OneStream: %1</source>
        <translation>OneStream: %1</translation>
    </message>
</context>
<context>
    <name>Gui::InboxModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unread. %1: %2</source>
        <translation>未読。%1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::IncidentModel</name>
    <message>
        <source>No notice yet: over the one-hour promise</source>
        <translation>告知なし: 1 時間以内の約束を超えています</translation>
    </message>
    <message>
        <source>No notice yet</source>
        <translation>まだ告知がありません</translation>
    </message>
    <message>
        <source>%1: over the one-hour promise</source>
        <translation>%1: 1 時間以内の約束を超えました</translation>
    </message>
    <message>
        <source>%1, within the one-hour promise</source>
        <translation>%1（1 時間以内の約束どおり）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>表示できません</translation>
    </message>
    <message>
        <source>Incident and updates</source>
        <translation>障害と続報</translation>
    </message>
    <message>
        <source>Maintenance and updates</source>
        <translation>メンテナンスと続報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Time to first notice</source>
        <translation>最初の告知までの時間</translation>
    </message>
</context>
<context>
    <name>Gui::OperatorPanel</name>
    <message>
        <source>Incident</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新しい障害</translation>
    </message>
    <message>
        <source>Schedule new maintenance</source>
        <translation>新しいメンテナンスを予定</translation>
    </message>
    <message>
        <source>No component affected</source>
        <translation>影響するコンポーネントなし</translation>
    </message>
    <message>
        <source>Every component</source>
        <translation>すべてのコンポーネント</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>投稿先</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>次の状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>発効日時</translation>
    </message>
    <message>
        <source>Affected component</source>
        <translation>影響するコンポーネント</translation>
    </message>
    <message>
        <source>Affected component&apos;s status</source>
        <translation>影響するコンポーネントの状態</translation>
    </message>
    <message>
        <source>Post incident</source>
        <translation>障害を投稿</translation>
    </message>
    <message>
        <source>Schedule maintenance</source>
        <translation>メンテナンスを予定</translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>お知らせを公開</translation>
    </message>
    <message>
        <source>What is affected, in a few words</source>
        <translation>影響する内容を短く</translation>
    </message>
    <message>
        <source>Post update</source>
        <translation>続報を投稿</translation>
    </message>
    <message>
        <source>Sign in as an operator to post.</source>
        <translation>投稿するには運用担当者としてサインインしてください。</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>投稿しています…</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>投稿できませんでした: %1</translation>
    </message>
    <message>
        <source>Posted. Everyone following the status sees it now.</source>
        <translation>投稿しました。サービス状況を見ている全員にすぐ届きます。</translation>
    </message>
</context>
<context>
    <name>Gui::StatusPage</name>
    <message>
        <source>Status</source>
        <translation>サービス状況</translation>
    </message>
    <message>
        <source>Overall state of the service</source>
        <translation>サービス全体の状態</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Open incidents and their updates</source>
        <translation>対応中の障害と続報</translation>
    </message>
    <message>
        <source>Upcoming and running maintenance</source>
        <translation>予定と実施中のメンテナンス</translation>
    </message>
    <message>
        <source>Notices inbox</source>
        <translation>お知らせの受信箱</translation>
    </message>
    <message>
        <source>Selected notice</source>
        <translation>選択したお知らせ</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>既読にする(&amp;M)</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>対応中の障害はありません。</translation>
    </message>
    <message>
        <source>No maintenance scheduled.</source>
        <translation>予定されたメンテナンスはありません。</translation>
    </message>
    <message>
        <source>This month: %1% available (target 99.9%). Error budget left: %2 of %3 minutes.</source>
        <translation>今月の稼働率: %1%（目標 99.9%）。エラーバジェット残り: %3 分中 %2 分。</translation>
    </message>
    <message>
        <source>Below the target: the error budget is spent.</source>
        <translation>目標を下回っています: エラーバジェットを使い切りました。</translation>
    </message>
    <message>
        <source>Sign in to see this month&apos;s availability and the uptime history.</source>
        <translation>今月の稼働率と稼働履歴を見るにはサインインしてください。</translation>
    </message>
    <message>
        <source>Availability and uptime history are shown to platform operators and auditors.</source>
        <translation>稼働率と稼働履歴はプラットフォームの運用担当者と監査担当者に表示されます。</translation>
    </message>
    <message>
        <source>Loading availability…</source>
        <translation>稼働率を読み込んでいます…</translation>
    </message>
    <message>
        <source>Sign in to see the notices sent to your organisation.</source>
        <translation>組織宛てのお知らせを見るにはサインインしてください。</translation>
    </message>
    <message>
        <source>Notices and incident updates sent to your organisation&apos;s owners and admins. Select one and press Enter to mark it as read.</source>
        <translation>組織のオーナーと管理者に送られたお知らせと障害の続報です。選択して Enter キーを押すと既読になります。</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>コンポーネント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Incidents (%1)</source>
        <translation>障害 (%1)(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>障害(&amp;I)</translation>
    </message>
    <message>
        <source>M&amp;aintenance (%1)</source>
        <translation>メンテナンス (%1)(&amp;A)</translation>
    </message>
    <message>
        <source>M&amp;aintenance</source>
        <translation>メンテナンス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notices (%1 unread)</source>
        <translation>お知らせ（未読 %1）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>お知らせ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>投稿(&amp;P)</translation>
    </message>
    <message>
        <source>Reading the service status…</source>
        <translation>サービス状況を読み込んでいます…</translation>
    </message>
    <message>
        <source>No status page chosen</source>
        <translation>ステータスページが選択されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>対応中の障害 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the status page; showing what it said at %1. Retrying.</source>
        <translation>ステータスページに接続できません。%1 時点の内容を表示しています。再試行しています。</translation>
    </message>
    <message>
        <source>Cannot reach the status page. Retrying.</source>
        <translation>ステータスページに接続できません。再試行しています。</translation>
    </message>
    <message>
        <source>Live: changes appear the moment they are published.</source>
        <translation>ライブ: 変更は公開された瞬間に表示されます。</translation>
    </message>
    <message>
        <source>Connecting to the live stream; checking every minute meanwhile.</source>
        <translation>ライブ配信に接続しています。その間は 1 分ごとに確認します。</translation>
    </message>
</context>
</TS>
