// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The active filters as removable chips above the call table ("Provider: Plivo ×",
// "MOS 3.0 to 3.5 ×", "Fetch only from: +91… ×"), plus "Clear all". The bar hides itself when
// nothing filters. It only shows and reports: whoever owns the filter removes the part when
// removeRequested() arrives. Table filter parts come from CallFilter::activeParts(); other
// owners (the fetch bar's fetch-only filters, later ones) add chips under their own keys.
// GUI thread only.

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace cdr {

class FilterChipsBar : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        QString key;   ///< what removeRequested() reports
        QString label; ///< what the chip says
    };

    explicit FilterChipsBar(QWidget *parent = nullptr);

    /// Replaces the chips of one owner ("table", "fetch", ...); the others stay.
    void setChips(const QString &owner, const QList<Chip> &chips);
    /// Every chip, in the order shown (for tests and accessibility).
    QList<Chip> chips() const;

Q_SIGNALS:
    void removeRequested(const QString &owner, const QString &key);
    void clearAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    QList<std::pair<QString, QList<Chip>>> m_owners;
    QHBoxLayout *m_layout = nullptr;
    QToolButton *m_clearAll = nullptr;
    QLabel *m_label = nullptr;
    QList<QWidget *> m_chipWidgets;
};

} // namespace cdr
