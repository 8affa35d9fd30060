#pragma once

// Plays a local file with Qt Multimedia (QMediaPlayer + QVideoWidget) when the build has it;
// an audio output is attached only when the system has an audio device. Without Qt Multimedia
// the widget says so and available() is false.

#include <QWidget>

namespace Gui {

class VideoPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit VideoPlayer(QWidget* parent = nullptr);
    ~VideoPlayer() override;

    [[nodiscard]] static bool available();
    [[nodiscard]] bool hasAudio() const { return m_hasAudio; }
    void play(const QString& file);
    void stop();
    [[nodiscard]] QString source() const { return m_source; }

signals:
    void errorOccurred(const QString& message);

private:
    QObject* m_player = nullptr;
    bool m_hasAudio = false;
    QString m_source;
};

} // namespace Gui
