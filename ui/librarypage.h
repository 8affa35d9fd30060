#pragma once

// The Library page: the tenant's videos (LibraryModel, paged as the view scrolls) with status,
// visibility and dates; search by title and a status filter; edit the details (PATCH), delete
// with confirmation (DELETE), and play the uploaded MP4 with Qt Multimedia when the build has
// it (audio only when an output device exists).

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTemporaryDir;

namespace Api {
class ApiClient;
}

namespace Gui {

class LibraryModel;
class VideoPlayer;

class LibraryPage : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPage(QWidget* parent = nullptr);
    ~LibraryPage() override;

    void setClient(Api::ApiClient* client);

    [[nodiscard]] LibraryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QString messageText() const;
    // Why playback is unavailable (empty when it is available).
    [[nodiscard]] static QString playbackUnavailableReason();

public slots:
    void refresh();
    void editSelected();
    // Asks for confirmation unless confirmed is true (tests), then deletes.
    void deleteSelected(bool confirmed = false);
    void playSelected();

signals:
    // A video's file was downloaded and handed to the player (local path).
    void playbackStarted(const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void showMessage(const QString& text);
    [[nodiscard]] int selectedRow() const;

    Api::ApiClient* m_client = nullptr;
    LibraryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_heading;
    QLineEdit* m_search;
    QComboBox* m_status;
    QPushButton* m_refresh;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_play;
    QTableView* m_table;
    VideoPlayer* m_player;
    QLabel* m_message;
    std::unique_ptr<QTemporaryDir> m_downloads;
};

} // namespace Gui
