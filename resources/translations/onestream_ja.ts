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
</context>
</TS>
