#pragma once

// CSV import of users: choose a file (read and parsed off the GUI thread), see a preview where
// the automatic dry run marks each bad row with its problem, then import with progress. The
// dialog is window-modal through open(), never exec() (no nested event loop).

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Admin {
class AdminClient;
class UserImporter;
} // namespace Admin

namespace Gui {

class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Admin::AdminClient& client, QString tenantId, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and runs the dry run.
    void loadFile(const QString& path);
    [[nodiscard]] ImportPreviewModel* preview() const { return m_preview; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool canImport() const;

public slots:
    void chooseFile();
    void startImport();

signals:
    // After a successful commit.
    void imported(int created);

private:
    void setBusy(bool busy);
    void showRows();

    Admin::AdminClient& m_client;
    QString m_tenantId;
    std::unique_ptr<Admin::UserImporter> m_importer;
    ImportPreviewModel* m_preview;
    QLabel* m_intro;
    QPushButton* m_choose;
    QTableView* m_table;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_import;
    QPushButton* m_close;
    bool m_checked = false;
};

} // namespace Gui
