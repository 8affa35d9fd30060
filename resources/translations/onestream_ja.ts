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
    <message>
        <source>Admin (%1)</source>
        <translation>管理 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Admin, %n approval(s) waiting</source>
        <translation>
            <numerusform>管理、承認待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed.</source>
        <translation>
            <numerusform>%n 件のアップロードが失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded and verified.</source>
        <translation>
            <numerusform>%n 本の動画をアップロードし、検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% — OneStream Studio</source>
        <translation>%1% — OneStream Studio</translation>
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
    <message>
        <source>&amp;Uploads at once:</source>
        <translation>同時アップロード数(&amp;U):</translation>
    </message>
    <message>
        <source>Number of files that upload at the same time</source>
        <translation>同時にアップロードするファイルの数</translation>
    </message>
    <message>
        <source>Applies at once. The bandwidth cap is shared by all of them.</source>
        <translation>すぐに反映されます。帯域の上限はすべてのアップロードで共有されます。</translation>
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
    <message>
        <source>Set up the local workspace</source>
        <translation>ローカルワークスペースの準備</translation>
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
        <source>• A terminated organisation's data is erased 30 days after its contract ends.</source>
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
        <source>Enter the server's address, for example https://onestream.example.com.</source>
        <translation>サーバーのアドレスを入力してください（例：https://onestream.example.com）。</translation>
    </message>
    <message>
        <source>The server's address must start with https://.</source>
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
        <source>This account is disabled. Ask your organisation's owner.</source>
        <translation>このアカウントは無効になっています。組織のオーナーにお問い合わせください。</translation>
    </message>
    <message>
        <source>Your organisation's contract has ended.</source>
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
    <message>
        <source>Your organisation requires two-step verification for this account. Add the key below to an authenticator app, enter the six-digit code it shows and sign in again.</source>
        <translation>組織の設定により、このアカウントには 2 段階認証が必要です。下のキーを認証アプリに追加し、アプリに表示される 6 桁のコードを入力して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account: enter the six-digit code from your authenticator app.</source>
        <translation>このアカウントでは 2 段階認証が有効です。認証アプリに表示される 6 桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>The code is not correct or has expired. Enter the code your authenticator app shows now.</source>
        <translation>コードが正しくないか、有効期限が切れています。認証アプリに今表示されているコードを入力してください。</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>2 段階認証の設定</translation>
    </message>
    <message>
        <source>Open an authenticator app (for example Microsoft Authenticator or Google Authenticator), add an account by entering this key, or open the link on a device that has the app. The app then shows a six-digit code that changes every 30 seconds: enter it under Code and sign in. From then on, signing in asks for the current code.</source>
        <translation>認証アプリ（Microsoft Authenticator や Google Authenticator など）を開き、このキーを入力してアカウントを追加するか、アプリのある端末でリンクを開いてください。アプリには 30 秒ごとに変わる 6 桁のコードが表示されます。そのコードを「確認コード」に入力してサインインしてください。以後のサインインでは、その時点のコードを求められます。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>認証アプリ用のキー</translation>
    </message>
    <message>
        <source>Cop&amp;y key</source>
        <translation>キーをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>otpauth link for the authenticator app</source>
        <translation>認証アプリ用の otpauth リンク</translation>
    </message>
    <message>
        <source>Copy l&amp;ink</source>
        <translation>リンクをコピー(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Gui::AdminPage</name>
    <message>
        <source>Loading your roles…</source>
        <translation>ロールを読み込んでいます…</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Users, roles, privilege approvals and the audit log of your organisation. Sign in to manage them.</source>
        <translation>組織のユーザー、ロール、権限の承認、監査ログ。管理するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1 としてサインイン中（%2）。</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;pprovals (%1)</source>
        <translation>承認 %1 件(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>承認(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>監査ログ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>テナント(&amp;T)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>Gui::ApprovalsTab</name>
    <message>
        <source>Approve giving %1 the role %2?</source>
        <translation>%1 にロール「%2」を付与することを承認しますか？</translation>
    </message>
    <message>
        <source>Reject giving %1 the role %2?</source>
        <translation>%1 へのロール「%2」の付与を却下しますか？</translation>
    </message>
    <message>
        <source>A different owner must decide this request: nobody approves their own.</source>
        <translation>この申請は別のオーナーが判断する必要があります。自分の申請は承認できません。</translation>
    </message>
    <message>
        <source>Approved: %1 is now %2.</source>
        <translation>承認しました。%1 は %2 になりました。</translation>
    </message>
    <message>
        <source>Rejected the role %2 for %1.</source>
        <translation>%1 へのロール「%2」を却下しました。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Role asked</source>
        <translation>申請ロール</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Granting owner or admin takes a second owner's approval. Requests you made yourself are decided by another owner.</source>
        <translation>オーナーまたは管理者の付与には、もう一人のオーナーの承認が必要です。自分が出した申請は別のオーナーが判断します。</translation>
    </message>
    <message>
        <source>Pending role requests</source>
        <translation>保留中のロール申請</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Gui::AuditTab</name>
    <message>
        <source>From this day (UTC)</source>
        <translation>この日から（UTC）</translation>
    </message>
    <message>
        <source>Until this day, inclusive (UTC)</source>
        <translation>この日まで、当日を含む（UTC）</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>チェーンを検証しています…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>監査ログを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>実行者のメールアドレス</translation>
    </message>
    <message>
        <source>Filter by actor email</source>
        <translation>実行者のメールアドレスで絞り込み</translation>
    </message>
    <message>
        <source>Action, e.g. POST /v1/tenants</source>
        <translation>操作（例: POST /v1/tenants）</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>操作で絞り込み</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>結果で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>監査ログの記録</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>チェーンを検証(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The chain's integrity is checked by platform operators and auditors.</source>
        <translation>チェーンの完全性はプラットフォームのオペレーターと監査担当が検証します。</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: all %n entries are intact.</source>
        <translation>
            <numerusform>検証済み: %n 件の記録すべてに改ざんはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: entry %1 is the first that fails (%2).</source>
        <translation>チェーン破損: 最初に検証に失敗した記録は %1 番です（%2）。</translation>
    </message>
    <message>
        <source>The chain has not been checked yet.</source>
        <translation>チェーンはまだ検証されていません。</translation>
    </message>
</context>
<context>
    <name>Gui::ConfirmBar</name>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確定(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>Gui::ImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>CSV からユーザーを取り込む</translation>
    </message>
    <message>
        <source>One user per line: email, role, display name. The file is checked first (nothing changes); rows with problems are marked and must be fixed before importing. Owners and admins are invited one by one.</source>
        <translation>1 行に 1 人: メールアドレス、ロール、表示名。最初にファイルを検査し（何も変更しません）、問題のある行に印を付けます。取り込む前に修正してください。オーナーと管理者は 1 人ずつ招待してください。</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>ファイルを選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>取り込みの進捗</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked; no problems. %1 already present.</source>
        <translation>
            <numerusform>%n 行を検査しました。問題はありません。%1 人は登録済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the marked rows must be fixed.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。印の付いた行を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s); %1 were already present.</source>
        <translation>
            <numerusform>%n 人を取り込みました。%1 人は登録済みでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n 行を検査しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
</context>
<context>
    <name>Gui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Gui::SessionsTab</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>End this computer's own session? You will be signed out.</source>
        <translation>このコンピューターのセッションを終了しますか？サインアウトされます。</translation>
    </message>
    <message>
        <source>End the session on %1?</source>
        <translation>%1 のセッションを終了しますか？</translation>
    </message>
    <message>
        <source>Ended the session on %1.</source>
        <translation>%1 のセッションを終了しました。</translation>
    </message>
    <message>
        <source>No user with the email %1 in your organisation.</source>
        <translation>組織にメールアドレス %1 のユーザーはいません。</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 をすべての場所からサインアウトさせますか？</translation>
    </message>
    <message>
        <source>Signed %1 out everywhere.</source>
        <translation>%1 をすべての場所からサインアウトさせました。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン日時</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>あなたのセッション</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>セッションを終了(&amp;E)…</translation>
    </message>
    <message>
        <source>A user's sessions</source>
        <translation>ユーザーのセッション</translation>
    </message>
    <message>
        <source>Email of a user in your organisation</source>
        <translation>組織のユーザーのメールアドレス</translation>
    </message>
    <message>
        <source>Email of the user</source>
        <translation>ユーザーのメールアドレス</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>The user's sessions</source>
        <translation>ユーザーのセッション</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>すべての場所からサインアウト(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>Gui::TenantsTab</name>
    <message>
        <source>Enter a name, and a contract end as YYYY-MM-DD or nothing.</source>
        <translation>名前を入力し、契約終了日は YYYY-MM-DD 形式で入力するか空欄にしてください。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Pass this one-time invitation code to %1: %2</source>
        <translation>この 1 回限りの招待コードを %1 に伝えてください: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Terminate %1? Its users are signed out at once and its data is erased on %2.</source>
        <translation>%1 の契約を終了しますか？ユーザーはただちにサインアウトされ、データは %2 に消去されます。</translation>
    </message>
    <message>
        <source>Terminated %1; its data is erased on %2.</source>
        <translation>%1 の契約を終了しました。データは %2 に消去されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>席数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>Data erased on</source>
        <translation>データ消去日</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>テナント名</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>プラン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Seat limit:</source>
        <translation>席数の上限(&amp;S):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>席数の上限</translation>
    </message>
    <message>
        <source>&amp;Contract end:</source>
        <translation>契約終了日(&amp;C):</translation>
    </message>
    <message>
        <source>Contract end date</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>First &amp;owner's email:</source>
        <translation>最初のオーナーのメールアドレス(&amp;O):</translation>
    </message>
    <message>
        <source>Email of the first owner to invite</source>
        <translation>招待する最初のオーナーのメールアドレス</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新規(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;reate tenant</source>
        <translation>テナントを作成(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>変更を保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>契約終了(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Gui::UsersTab</name>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded, more on scrolling</source>
        <translation>
            <numerusform>%n 人を表示中（スクロールで続きを読み込みます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the email address of the person to invite.</source>
        <translation>招待する人のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Invited %1. Pass on this one-time invitation code (valid 7 days): %2</source>
        <translation>%1 を招待しました。この 1 回限りの招待コード（7 日間有効）を伝えてください: %2</translation>
    </message>
    <message>
        <source>The role %1 takes effect when another owner approves it.</source>
        <translation>ロール「%1」は別のオーナーが承認すると有効になります。</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>ユーザーのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Exported the users to %1.</source>
        <translation>ユーザーを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once.</source>
        <translation>%1 を無効にしますか？セッションはただちに終了します。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 を無効にしました。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 を有効にしました。</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 を削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Reset the password of %1? The old password stops working and every session ends.</source>
        <translation>%1 のパスワードをリセットしますか？古いパスワードは使えなくなり、すべてのセッションが終了します。</translation>
    </message>
    <message>
        <source>Password reset for %1. Pass on this one-time code (valid 24 hours): %2</source>
        <translation>%1 のパスワードをリセットしました。この 1 回限りのコード（24 時間有効）を伝えてください: %2</translation>
    </message>
    <message>
        <source>Give %1 the role %2?</source>
        <translation>%1 にロール「%2」を付与しますか？</translation>
    </message>
    <message>
        <source>Requested the role %1 for %2; another owner must approve it.</source>
        <translation>%2 へのロール「%1」の付与を申請しました。別のオーナーの承認が必要です。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 は %2 になりました。</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 をすべての場所からサインアウトさせますか？</translation>
    </message>
    <message>
        <source>Signed %1 out everywhere.</source>
        <translation>%1 をすべての場所からサインアウトさせました。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation>メールアドレスまたは名前で検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>ロールで絞り込み</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>招待(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>CSV を取り込む(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>有効にする(&amp;N)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>パスワードをリセット(&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新しいロール</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>ロールを変更(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>すべての場所からサインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>招待する</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ロール(&amp;O):</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>招待するメールアドレス</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Role of the invited person</source>
        <translation>招待する人のロール</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>招待を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Invite lin&amp;ks…</source>
        <translation>招待リンク(&amp;K)…</translation>
    </message>
    <message>
        <source>Turn off two-step verification for %1 (for a lost or replaced phone)? Every session of theirs ends; they sign in with their password and, where your organisation requires it, set up a new code at that sign-in.</source>
        <translation>%1 の 2 段階認証をオフにしますか（スマートフォンの紛失や機種変更のため）？ この人のセッションはすべて終了します。パスワードでサインインし、組織が求める場合はそのサインインで新しいコードを設定します。</translation>
    </message>
    <message>
        <source>%1 has no two-step verification to turn off.</source>
        <translation>%1 には、オフにする 2 段階認証がありません。</translation>
    </message>
    <message>
        <source>Two-step verification turned off for %1; their sessions ended.</source>
        <translation>%1 の 2 段階認証をオフにし、セッションを終了しました。</translation>
    </message>
    <message>
        <source>Reset t&amp;wo-step verification</source>
        <translation>2 段階認証をリセット(&amp;W)</translation>
    </message>
    <message>
        <source>For a lost or replaced phone: turns the person's one-time code off and ends their sessions</source>
        <translation>スマートフォンの紛失や機種変更のとき：この人のワンタイムコードをオフにし、セッションを終了します</translation>
    </message>
</context>
<context>
    <name>Gui::AdminText</name>
    <message>
        <source>Cannot reach the server.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>あなたのロールではこの操作はできません。</translation>
    </message>
    <message>
        <source>Not found; it may have been removed.</source>
        <translation>見つかりません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>Not possible in the current state.</source>
        <translation>現在の状態ではこの操作はできません。</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>サーバーが入力を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The server could not do this.</source>
        <translation>サーバーで処理できませんでした。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>アップロード担当</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Gui::FirstOwnerPage</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>The workspace could not be set up: %1</source>
        <translation>ワークスペースを準備できませんでした：%1</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>ローカルワークスペース</translation>
    </message>
    <message>
        <source>The local workspace does not answer: %1</source>
        <translation>ローカルワークスペースが応答しません：%1</translation>
    </message>
    <message>
        <source>The first owner could not be created: %1</source>
        <translation>最初のオーナーを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Create the first owner</source>
        <translation>最初のオーナーを作成</translation>
    </message>
    <message>
        <source>This local workspace has no account yet. Choose the email address and password of its first owner: you sign in with them from now on.</source>
        <translation>このローカルワークスペースにはまだアカウントがありません。最初のオーナーのメールアドレスとパスワードを決めてください。以後はこれでサインインします。</translation>
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
        <source>&amp;Repeat password:</source>
        <translation>パスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>パスワードをもう一度入力</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>&amp;Create owner and sign in</source>
        <translation>オーナーを作成してサインイン(&amp;C)</translation>
    </message>
    <message>
        <source>Create owner and sign in</source>
        <translation>オーナーを作成してサインイン</translation>
    </message>
</context>
<context>
    <name>Gui::UploadController</name>
    <message>
        <source>not a video file</source>
        <translation>動画ファイルではありません</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>ファイルが壊れているか不完全です</translation>
    </message>
    <message>
        <source>the file has no video</source>
        <translation>ファイルに映像がありません</translation>
    </message>
    <message>
        <source>the file holds nothing that can be played</source>
        <translation>ファイルに再生できるものがありません</translation>
    </message>
    <message>
        <source>The upload queue could not be read: %1</source>
        <translation>アップロードキューを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>encoding failed: %1</source>
        <translation>エンコードに失敗しました：%1</translation>
    </message>
    <message>
        <source>Sign in to upload: the encoded files wait until then.</source>
        <translation>アップロードするにはサインインしてください。エンコード済みのファイルはそれまで待機します。</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>サーバーに接続できません：%1</translation>
    </message>
    <message>
        <source>signed out; sign in again and retry</source>
        <translation>サインアウトされました。もう一度サインインして再試行してください</translation>
    </message>
    <message>
        <source>the server refused the video: %1</source>
        <translation>サーバーが動画を受け付けませんでした：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>アップロードに失敗しました：%1</translation>
    </message>
    <message>
        <source>the server did not confirm the video (%1)</source>
        <translation>サーバーが動画を確認しませんでした（%1）</translation>
    </message>
    <message>
        <source>cannot read the thumbnail: %1</source>
        <translation>サムネイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the server refused the thumbnail: %1</source>
        <translation>サーバーがサムネイルを受け付けませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Gui::LibraryModel</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Awaiting upload</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Public between dates</source>
        <translation>期間限定で公開</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>リンクを知っている人のみ</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>選択したグループのみ</translation>
    </message>
    <message>
        <source>Adaptive (HLS)</source>
        <translation>アダプティブ (HLS)</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
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
        <source>Visibility</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>Gui::LibraryPage</name>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>ライブラリを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Playback failed: %1</source>
        <translation>再生できませんでした：%1</translation>
    </message>
    <message>
        <source>Playback needs Qt Multimedia, which this build lacks.</source>
        <translation>再生には Qt Multimedia が必要ですが、このビルドには含まれていません。</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>変更を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>「%1」を削除できませんでした：%2</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>動画の削除</translation>
    </message>
    <message>
        <source>Delete “%1” from OneStream? Viewers will no longer be able to watch it, and this cannot be undone.</source>
        <translation>「%1」を OneStream から削除しますか？視聴者は見られなくなり、元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The video could not be opened.</source>
        <translation>動画を開けませんでした。</translation>
    </message>
    <message>
        <source>This video has no finished MP4 to play yet.</source>
        <translation>この動画には再生できる完成した MP4 がまだありません。</translation>
    </message>
    <message>
        <source>Downloading for playback…</source>
        <translation>再生のためにダウンロード中…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>動画をダウンロードできませんでした：%1</translation>
    </message>
    <message>
        <source>The video could not be saved for playback.</source>
        <translation>再生用に動画を保存できませんでした。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>タイトルを検索</translation>
    </message>
    <message>
        <source>All videos</source>
        <translation>すべての動画</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Awaiting upload</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>Show videos by status</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>詳細を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Sign in to see your organisation's videos.</source>
        <translation>サインインすると組織の動画が表示されます。</translation>
    </message>
</context>
<context>
    <name>Gui::UploadQueueModel</name>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>受け付けません：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>エンコード中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（一時停止中）</translation>
    </message>
    <message>
        <source>conforms</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>needs encoding</source>
        <translation>要エンコード</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>none (as is)</source>
        <translation>なし（そのまま）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>エンコーダー</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
</context>
<context>
    <name>Gui::UploadsPage</name>
    <message>
        <source>Add video files</source>
        <translation>動画ファイルを追加</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Testing which encoders work on this computer…</source>
        <translation>このコンピューターで使えるエンコーダーを確認中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>%1 を使います。</translation>
    </message>
    <message>
        <source>Cannot encode with this choice: %1</source>
        <translation>この選択ではエンコードできません：%1</translation>
    </message>
    <message>
        <source>Unavailable here: %1</source>
        <translation>ここでは使えません：%1</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Drop video files or folders here, or add them with the buttons below. Each file is checked at once; press Start to encode and upload. Interrupted uploads continue where they stopped.</source>
        <translation>動画ファイルやフォルダーをここにドロップするか、下のボタンで追加してください。各ファイルはすぐに確認されます。「開始」でエンコードとアップロードを始めます。中断したアップロードは止まったところから再開します。</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) did not finish last time.</source>
        <translation>
            <numerusform>前回 %n 件のアップロードが完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue them</source>
        <translation>続行する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>アップロードの操作</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>帯域制限(&amp;L):</translation>
    </message>
    <message>
        <source>Upload bandwidth limit</source>
        <translation>アップロードの帯域制限</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/秒</translation>
    </message>
    <message>
        <source>Upload only between</source>
        <translation>アップロードする時間帯</translation>
    </message>
    <message>
        <source>Uploads start at</source>
        <translation>アップロード開始時刻</translation>
    </message>
    <message>
        <source>Uploads stop at</source>
        <translation>アップロード終了時刻</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>OneStream conformance (MP4)</source>
        <translation>OneStream 推奨形式 (MP4)</translation>
    </message>
    <message>
        <source>Adaptive ladder (HLS)</source>
        <translation>アダプティブ配信 (HLS)</translation>
    </message>
    <message>
        <source>Upload as is</source>
        <translation>そのままアップロード</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>&amp;Encoder:</source>
        <translation>エンコーダー(&amp;E):</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>エンコーダー</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>アップロードキュー</translation>
    </message>
</context>
<context>
    <name>Gui::VideoMetadataDialog</name>
    <message>
        <source>Only playable between:</source>
        <translation>再生可能期間を指定:</translation>
    </message>
    <message>
        <source>Scheduled premiere at:</source>
        <translation>プレミア公開日時:</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>動画の詳細</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Public between dates</source>
        <translation>期間限定で公開</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>リンクを知っている人のみ</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>選択したグループのみ</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <source>Group IDs, separated by commas</source>
        <translation>グループ ID（カンマ区切り）</translation>
    </message>
    <message>
        <source>Public from</source>
        <translation>公開開始</translation>
    </message>
    <message>
        <source>Public until</source>
        <translation>公開終了</translation>
    </message>
    <message>
        <source>Playable from</source>
        <translation>再生可能開始</translation>
    </message>
    <message>
        <source>Playable until</source>
        <translation>再生可能終了</translation>
    </message>
    <message>
        <source>Premiere at</source>
        <translation>プレミア公開日時</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリー(&amp;C):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>公開範囲(&amp;V):</translation>
    </message>
    <message>
        <source>Public from:</source>
        <translation>公開開始:</translation>
    </message>
    <message>
        <source>Public until:</source>
        <translation>公開終了:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Playable from:</source>
        <translation>再生可能開始:</translation>
    </message>
    <message>
        <source>Playable until:</source>
        <translation>再生可能終了:</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <source>The end of the public period must come after its start.</source>
        <translation>公開期間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Name at least one group.</source>
        <translation>グループを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>The end of the playback window must come after its start.</source>
        <translation>再生可能期間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>T&amp;humbnail:</source>
        <translation>サムネイル(&amp;H):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The best poster frame (adaptive ladder) or none</source>
        <translation>最適なポスターフレーム（アダプティブ配信）またはなし</translation>
    </message>
    <message>
        <source>Thumbnail image file</source>
        <translation>サムネイル画像ファイル</translation>
    </message>
    <message>
        <source>Choose a thumbnail image</source>
        <translation>サムネイル画像を選択</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>The thumbnail file does not exist.</source>
        <translation>サムネイルのファイルがありません。</translation>
    </message>
</context>
<context>
    <name>Gui::VideoPlayer</name>
    <message>
        <source>Playback needs Qt Multimedia, which this build lacks.</source>
        <translation>再生には Qt Multimedia が必要ですが、このビルドには含まれていません。</translation>
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
        <source>Affected component's status</source>
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
        <source>Sign in to see this month's availability and the uptime history.</source>
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
        <source>Notices and incident updates sent to your organisation's owners and admins. Select one and press Enter to mark it as read.</source>
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
<context>
    <name>Gui::InviteLinksPanel</name>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>上限到達</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認制</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>Choose a deadline in the future.</source>
        <translation>未来の期限を選んでください。</translation>
    </message>
    <message>
        <source>Created the link. Pass on its sign-up code; it is shown only now.</source>
        <translation>リンクを作成しました。登録コードを相手に伝えてください（表示は今回のみです）。</translation>
    </message>
    <message>
        <source>Revoke this invite link? Nobody can sign up through it any more.</source>
        <translation>この招待リンクを無効にしますか？以後このリンクからは登録できません。</translation>
    </message>
    <message>
        <source>Revoked the invite link.</source>
        <translation>招待リンクを無効にしました。</translation>
    </message>
    <message>
        <source>Approved the account of %1.</source>
        <translation>%1 のアカウントを承認しました。</translation>
    </message>
    <message>
        <source>Rejected the sign-up of %1.</source>
        <translation>%1 の登録を却下しました。</translation>
    </message>
    <message>
        <source>Invite links</source>
        <translation>招待リンク</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>登録数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Sign-up &amp;cap:</source>
        <translation>登録上限(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Default r&amp;ole:</source>
        <translation>既定のロール(&amp;O):</translation>
    </message>
    <message>
        <source>Sign-up code:</source>
        <translation>登録コード:</translation>
    </message>
    <message>
        <source>Sign-up cap</source>
        <translation>登録上限</translation>
    </message>
    <message>
        <source>Deadline of the link</source>
        <translation>リンクの期限</translation>
    </message>
    <message>
        <source>Role of new accounts</source>
        <translation>新規アカウントのロール</translation>
    </message>
    <message>
        <source>An admin must &amp;approve new accounts</source>
        <translation>新規アカウントは管理者の承認が必要(&amp;A)</translation>
    </message>
    <message>
        <source>An admin must approve new accounts</source>
        <translation>新規アカウントは管理者の承認が必要</translation>
    </message>
    <message>
        <source>Create &amp;link</source>
        <translation>リンクを作成(&amp;L)</translation>
    </message>
    <message>
        <source>Sign-up code of the new link</source>
        <translation>新しいリンクの登録コード</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the sign-up code</source>
        <translation>登録コードをコピー</translation>
    </message>
    <message>
        <source>Re&amp;voke link</source>
        <translation>リンクを無効化(&amp;V)</translation>
    </message>
    <message>
        <source>Pending sign-ups</source>
        <translation>承認待ちの登録</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>承認(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
</context>
</TS>
