#include "ui/admin/importdialog.h"

#include "core/admin/userimport.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/importpreviewmodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

ImportDialog::ImportDialog(Admin::AdminClient& client, QString tenantId, QWidget* parent)
    : QDialog(parent), m_client(client), m_tenantId(std::move(tenantId)),
      m_preview(new ImportPreviewModel(this)), m_intro(new QLabel(this)),
      m_choose(new QPushButton(this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_import(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import users from CSV"));
    setAccessibleName(windowTitle());
    m_intro->setWordWrap(true);
    m_intro->setText(tr("One user per line: email, role, display name. The file is checked first "
                        "(nothing changes); rows with problems are marked and must be fixed "
                        "before importing. Owners and admins are invited one by one."));
    m_choose->setText(tr("C&hoose file…"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_preview);
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();
    m_import->setText(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_close->setText(tr("Close"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 480);
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::statusText() const
{
    return m_status->text();
}

bool ImportDialog::canImport() const
{
    return m_import->isEnabled();
}

void ImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a CSV file"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
    dialog->open();
}

void ImportDialog::setBusy(bool busy)
{
    m_choose->setEnabled(!busy);
    m_import->setEnabled(!busy && m_checked && m_importer && m_importer->problemCount() == 0 &&
                         !m_importer->rows().isEmpty());
    m_progress->setVisible(busy);
}

void ImportDialog::loadFile(const QString& path)
{
    m_checked = false;
    m_importer.reset();
    m_preview->setRows({});
    m_status->setText(tr("Reading %1…").arg(path));
    setBusy(true);
    Admin::readUserCsvAsync(path, this, [this](Core::Result<QList<Admin::ImportRow>> rows) {
        if (!rows) {
            m_status->setText(tr("Cannot read the file: %1").arg(rows.error().detail));
            setBusy(false);
            return;
        }
        m_importer = std::make_unique<Admin::UserImporter>(m_client, m_tenantId, *rows);
        m_preview->setRows(m_importer->rows());
        connect(m_importer.get(), &Admin::UserImporter::progress, this, [this](int done, int all) {
            m_progress->setRange(0, std::max(1, all));
            m_progress->setValue(done);
        });
        connect(m_importer.get(), &Admin::UserImporter::dryRunFinished, this, [this](int problems) {
            m_checked = true;
            showRows();
            const int rowsTotal = static_cast<int>(m_importer->rows().size());
            QString text =
                problems == 0
                    ? tr("%n row(s) checked; no problems. %1 already present.", nullptr, rowsTotal)
                          .arg(m_importer->alreadyPresent())
                    : tr("%n problem(s) found; the marked rows must be fixed.", nullptr, problems);
            for (const QString& problem : m_importer->fileProblems())
                text += QLatin1Char('\n') + problem;
            m_status->setText(text);
            setBusy(false);
        });
        connect(m_importer.get(), &Admin::UserImporter::committed, this,
                [this](int created, int present) {
                    m_status->setText(
                        tr("Imported %n user(s); %1 were already present.", nullptr, created)
                            .arg(present));
                    m_checked = false;
                    setBusy(false);
                    emit imported(created);
                });
        connect(m_importer.get(), &Admin::UserImporter::failed, this,
                [this](int status, const QString& detail) {
                    showRows();
                    m_status->setText(AdminText::failure(status, detail));
                    setBusy(false);
                });
        if (m_importer->rows().isEmpty()) {
            m_status->setText(tr("The file has no rows."));
            setBusy(false);
            return;
        }
        m_status->setText(
            tr("Checking %n row(s)…", nullptr, static_cast<int>(m_importer->rows().size())));
        m_importer->dryRun();
    });
}

void ImportDialog::showRows()
{
    if (m_importer)
        m_preview->setRows(m_importer->rows());
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    m_status->setText(tr("Importing…"));
    setBusy(true);
    m_importer->commit();
}

} // namespace Gui
