#include "ui/videoplayer.h"

#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

#ifdef ONESTREAM_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QVideoWidget>
#endif

namespace Gui {

VideoPlayer::VideoPlayer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoPlayer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
#ifdef ONESTREAM_HAVE_MULTIMEDIA
    // The player (and its media backend) is created on the first play().
    Q_UNUSED(layout)
#else
    layout->addWidget(
        new QLabel(tr("Playback needs Qt Multimedia, which this build lacks."), this));
#endif
}

VideoPlayer::~VideoPlayer() = default;

bool VideoPlayer::available()
{
#ifdef ONESTREAM_HAVE_MULTIMEDIA
    return true;
#else
    return false;
#endif
}

void VideoPlayer::play(const QString& file)
{
    m_source = file;
#ifdef ONESTREAM_HAVE_MULTIMEDIA
    auto* player = static_cast<QMediaPlayer*>(m_player);
    if (!player) {
        auto* video = new QVideoWidget(this);
        video->setMinimumHeight(180);
        layout()->addWidget(video);
        player = new QMediaPlayer(this);
        player->setVideoOutput(video);
        // Audio only where the system has an output device.
        if (!QMediaDevices::audioOutputs().isEmpty()) {
            player->setAudioOutput(new QAudioOutput(player));
            m_hasAudio = true;
        }
        connect(player, &QMediaPlayer::errorOccurred, this,
                [this](QMediaPlayer::Error, const QString& text) { emit errorOccurred(text); });
        m_player = player;
    }
    player->setSource(QUrl::fromLocalFile(file));
    player->play();
#endif
}

void VideoPlayer::stop()
{
#ifdef ONESTREAM_HAVE_MULTIMEDIA
    if (m_player)
        static_cast<QMediaPlayer*>(m_player)->stop();
#endif
}

} // namespace Gui
