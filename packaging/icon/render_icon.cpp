// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the application icon's SVG to the PNG sizes of the hicolor theme,
// at build time, so the PNGs never drift from the SVG they come from:
//
//     tieout_render_icon ICON.svg OUT_DIR NAME SIZE...
//
// writes OUT_DIR/SIZExSIZE/apps/NAME.png for each SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    // No window is ever shown: the offscreen platform works on a build machine without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        err << "usage: tieout_render_icon ICON.svg OUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "tieout_render_icon: " << args.at(1) << " is not a valid SVG\n";
        return 1;
    }
    for (const QString &sizeText : args.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "tieout_render_icon: expected a size between 8 and 1024, not \"" << sizeText << "\"\n";
            return 2;
        }
        const QString folder = u"%1/%2x%2/apps"_s.arg(args.at(2)).arg(size);
        QString error;
        if (!QDir().mkpath(folder) || !writePng(render(svg, size), folder + u'/' + args.at(3) + u".png"_s, &error)) {
            err << "tieout_render_icon: " << (error.isEmpty() ? u"cannot create "_s + folder : error) << '\n';
            return 1;
        }
    }
    return 0;
}
