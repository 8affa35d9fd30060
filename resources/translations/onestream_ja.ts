<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Gui::MainWindow</name>
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
        <source>Sign in to see your organisation&apos;s videos.</source>
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
</TS>
