// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up baseline: the least a Qt Widgets program can show, a main
// window with one label of text, quitting after its first paint. Tieout's
// `--self-test`, which does the same after opening and analysing the
// bundled filings, is measured against it.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

namespace {

class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("Tieout start-up baseline"), &window);
    window.setCentralWidget(label);
    QuitAfterPaint quit;
    label->installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}
