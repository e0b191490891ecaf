// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the .deb from the tree under test (CPack, as packaging/build-deb
// does), extracts it into a temporary root with dpkg-deb and checks what a
// Debian desktop would get: the control fields, the files and their owners,
// the extracted program running on the extracted examples, and the desktop
// entry, AppStream metainfo, icons, man page and lintian's verdict.
#include "support/ProcessRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"org.tieout.Tieout"_s;
const QString ReleaseExample = u"juniper-2007-04-23-q1-earnings-release.txt"_s;
const QString ProspectusExample = u"juniper-2004-04-27-prospectus-supplement-424b3.txt"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(TIEOUT_SOURCE_DIR) + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The package's lines of `dpkg-deb -c`: "-rw-r--r-- root/root 632 … ./usr/…".
struct PackagedFile
{
    QString mode;
    QString owner;
    QString path; // "/usr/bin/tieout"
};

class DebPackageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        const QString out = s_dir->filePath(u"out"_s);
        const ProcessRun cpack = ProcessRun::of(QStringLiteral(TIEOUT_CPACK_COMMAND),
                                                {u"--config"_s, QStringLiteral(TIEOUT_CPACK_CONFIG), u"-B"_s, out});
        const QStringList debs = QDir(out).entryList({u"tieout_*.deb"_s}, QDir::Files);
        if (cpack.exitCode != 0 || debs.size() != 1) {
            s_error = u"cpack exited %1 and wrote %2:\n%3%4"_s.arg(cpack.exitCode)
                          .arg(debs.join(u", "_s), cpack.out, cpack.err);
            return;
        }
        s_deb = out + u'/' + debs.constFirst();
        s_root = s_dir->filePath(u"root"_s);
        const ProcessRun extract = ProcessRun::of(u"dpkg-deb"_s, {u"-x"_s, s_deb, s_root});
        if (extract.exitCode != 0)
            s_error = u"dpkg-deb -x failed: "_s + extract.err;
    }

    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override { ASSERT_TRUE(s_error.isEmpty()) << qPrintable(s_error); }

    static QString installed(const QString &path) { return s_root + path; }

    static ProcessRun tieout(const QStringList &arguments)
    {
        // From a folder of its own, so nothing is found relative to the build tree.
        return ProcessRun::of(installed(u"/usr/bin/tieout"_s), arguments, s_dir->path());
    }

    static QString field(const QString &name)
    {
        return ProcessRun::of(u"dpkg-deb"_s, {u"--field"_s, s_deb, name}).out.trimmed();
    }

    static QList<PackagedFile> contents()
    {
        QList<PackagedFile> files;
        const QString listing = ProcessRun::of(u"dpkg-deb"_s, {u"--contents"_s, s_deb}).out;
        for (const QString &line : listing.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QRegularExpression(u"\\s+"_s));
            if (parts.size() >= 6)
                files.append({parts.at(0), parts.at(1), parts.last().mid(1)});
        }
        return files;
    }

    // The packages named after `key:` in packaging/debian-packages.txt.
    static QStringList listed(const QString &key)
    {
        QStringList names;
        const QString list = QString::fromUtf8(readAll(sourcePath(u"packaging/debian-packages.txt"_s)));
        const QRegularExpression line(u"^"_s + key + uR"(:\s*(\S+))"_s, QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &match : line.globalMatch(list))
            names << match.captured(1);
        return names;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_error;
    static inline QString s_deb;
    static inline QString s_root;
};

TEST_F(DebPackageTest, ControlFieldsNameThePackageAndItsDependencies)
{
    EXPECT_EQ(field(u"Package"_s), u"tieout"_s);
    EXPECT_EQ(field(u"Version"_s), QStringLiteral(TIEOUT_VERSION));
    EXPECT_EQ(field(u"Architecture"_s), ProcessRun::of(u"dpkg"_s, {u"--print-architecture"_s}).out.trimmed());
    EXPECT_EQ(field(u"Section"_s), u"misc"_s);
    EXPECT_TRUE(field(u"Description"_s).startsWith(u"financial statement viewer for equity analysts\n"_s));
    EXPECT_TRUE(field(u"Maintainer"_s).contains(u'@'));

    // dpkg-shlibdeps found the libraries the program links.
    const QString depends = field(u"Depends"_s);
    for (const QString &library : {u"libc6 "_s, u"libqt6core6 "_s, u"libqt6gui6 "_s, u"libqt6widgets6 "_s,
                                   u"libqt6printsupport6 "_s, u"libqt6svg6 "_s, u"libqcustomplot2.1-qt6 "_s})
        EXPECT_TRUE(depends.contains(library)) << qPrintable(library) << " missing from: " << qPrintable(depends);

    // The rest come from the one package list.
    const QString recommends = field(u"Recommends"_s);
    const QStringList wanted = listed(u"deb-recommends"_s);
    EXPECT_FALSE(wanted.isEmpty());
    for (const QString &name : wanted)
        EXPECT_TRUE(recommends.contains(name)) << qPrintable(name) << " missing from: " << qPrintable(recommends);
    for (const QString &name : listed(u"deb-depends"_s))
        EXPECT_TRUE(depends.contains(name)) << qPrintable(name) << " missing from: " << qPrintable(depends);
}

TEST_F(DebPackageTest, InstallsWhatADesktopApplicationNeeds)
{
    QStringList expected = {
        u"/usr/bin/tieout"_s,
        u"/usr/share/applications/"_s + AppId + u".desktop"_s,
        u"/usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s,
        u"/usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
        u"/usr/share/man/man1/tieout.1.gz"_s,
        u"/usr/share/doc/tieout/copyright"_s,
        u"/usr/share/doc/tieout/changelog.gz"_s,
        u"/usr/share/doc/tieout/json.md"_s,
        u"/usr/share/tieout/examples/"_s + ReleaseExample,
        u"/usr/share/tieout/examples/"_s + ProspectusExample,
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected << u"/usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(AppId);

    QStringList packaged;
    for (const PackagedFile &file : contents()) {
        packaged << file.path;
        EXPECT_TRUE(file.path.startsWith(u"/usr/"_s)) << qPrintable(file.path);
        EXPECT_EQ(file.owner, u"root/root"_s) << qPrintable(file.path);
        if (file.path == u"/usr/bin/tieout"_s)
            EXPECT_EQ(file.mode, u"-rwxr-xr-x"_s);
        else if (file.mode.startsWith(u'd'))
            EXPECT_EQ(file.mode, u"drwxr-xr-x"_s) << qPrintable(file.path);
        else
            EXPECT_EQ(file.mode, u"-rw-r--r--"_s) << qPrintable(file.path);
    }
    for (const QString &path : expected) {
        EXPECT_TRUE(packaged.contains(path)) << qPrintable(path) << " is not in the package";
        EXPECT_TRUE(QFile::exists(installed(path))) << qPrintable(path) << " was not extracted";
    }
}

TEST_F(DebPackageTest, ExamplesAreTheBundledFilingsByteForByte)
{
    for (const QString &name : {ReleaseExample, ProspectusExample}) {
        const QByteArray example = readAll(installed(u"/usr/share/tieout/examples/"_s + name));
        EXPECT_FALSE(example.isEmpty()) << qPrintable(name);
        EXPECT_EQ(example, readAll(sourcePath(u"resources/filings/"_s + name))) << qPrintable(name);
    }
}

TEST_F(DebPackageTest, InstalledProgramPrintsItsVersion)
{
    const ProcessRun run = tieout({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.startsWith(u"tieout "_s + QStringLiteral(TIEOUT_VERSION) + u" (Qt 6."_s))
        << qPrintable(run.out);
}

TEST_F(DebPackageTest, InstalledProgramChecksTheInstalledExamples)
{
    const ProcessRun release = tieout({u"check"_s, installed(u"/usr/share/tieout/examples/"_s + ReleaseExample)});
    EXPECT_EQ(release.exitCode, 0) << qPrintable(release.out + release.err);
    EXPECT_TRUE(release.out.contains(u"63 checks, 124 figures, all tie"_s)) << qPrintable(release.out);

    // The prospectus's one known discrepancy: 29,792 shares filed, 29,791.46 computed.
    const ProcessRun prospectus = tieout({u"check"_s, installed(u"/usr/share/tieout/examples/"_s + ProspectusExample)});
    EXPECT_EQ(prospectus.exitCode, 1) << qPrintable(prospectus.out + prospectus.err);
    EXPECT_TRUE(prospectus.out.contains(u"9 checks, 9 figures, 1 fails"_s)) << qPrintable(prospectus.out);
    EXPECT_TRUE(prospectus.out.contains(u"reported 29792, computed 29791.46"_s)) << qPrintable(prospectus.out);
}

TEST_F(DebPackageTest, InstalledProgramNeverReachesIntoTheBuildTree)
{
    const ProcessRun dynamic = ProcessRun::of(u"readelf"_s, {u"--dynamic"_s, installed(u"/usr/bin/tieout"_s)});
    ASSERT_EQ(dynamic.exitCode, 0) << qPrintable(dynamic.err);
    EXPECT_FALSE(dynamic.out.contains(u"RPATH"_s) || dynamic.out.contains(u"RUNPATH"_s)) << qPrintable(dynamic.out);
    // Hardened as Debian's own packages: the GOT is resolved at start-up and read-only.
    EXPECT_TRUE(dynamic.out.contains(u"BIND_NOW"_s)) << qPrintable(dynamic.out);

    const QByteArray program = readAll(installed(u"/usr/bin/tieout"_s));
    ASSERT_FALSE(program.isEmpty());
    EXPECT_FALSE(program.contains(QByteArrayLiteral(TIEOUT_SOURCE_DIR)));
    EXPECT_FALSE(program.contains(QByteArrayLiteral(TIEOUT_BINARY_DIR)));

    // With no file it opens the filings compiled into it.
    const ProcessRun check = tieout({u"check"_s});
    EXPECT_TRUE(check.out.contains(u"72 checks, 133 figures, 1 fails"_s)) << qPrintable(check.out + check.err);
}

TEST_F(DebPackageTest, DesktopEntryValidatesAndOpensFiles)
{
    const QString path = installed(u"/usr/share/applications/"_s + AppId + u".desktop"_s);
    const ProcessRun validate = ProcessRun::of(u"desktop-file-validate"_s, {path});
    EXPECT_EQ(validate.exitCode, 0);
    EXPECT_EQ(validate.out + validate.err, QString());

    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.contains(u"\nExec=tieout %F\n"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"\nIcon="_s + AppId + u'\n')) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"\nCategories=Office;Finance;\n"_s)) << qPrintable(text);
    // Text releases and HTML exhibits as downloaded from EDGAR.
    EXPECT_TRUE(text.contains(u"\nMimeType=text/plain;text/html;\n"_s)) << qPrintable(text);
}

TEST_F(DebPackageTest, MetainfoValidatesAndNamesTheDesktopEntry)
{
    const QString path = installed(u"/usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s);
    const ProcessRun validate = ProcessRun::of(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, path});
    EXPECT_EQ(validate.exitCode, 0) << qPrintable(validate.out + validate.err);
    EXPECT_FALSE(validate.out.contains(QRegularExpression(u"^[EW]:"_s, QRegularExpression::MultilineOption)))
        << qPrintable(validate.out);

    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.contains(u"<launchable type=\"desktop-id\">"_s + AppId + u".desktop</launchable>"_s));
    EXPECT_TRUE(text.contains(u"<release version=\""_s + QStringLiteral(TIEOUT_VERSION) + u'"'));
    EXPECT_GE(text.count(u"<screenshot"_s), 2);
}

TEST_F(DebPackageTest, IconIsRenderedAtEveryThemeSize)
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage icon(installed(u"/usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(AppId)));
        ASSERT_FALSE(icon.isNull()) << size;
        EXPECT_EQ(icon.size(), QSize(size, size));
        // The page fills the middle; the corners of the square stay transparent.
        EXPECT_EQ(icon.pixelColor(size / 2, size / 2).alpha(), 255) << size;
        EXPECT_EQ(icon.pixelColor(0, size - 1).alpha(), 0) << size;
    }
    EXPECT_EQ(readAll(installed(u"/usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s)),
              readAll(sourcePath(u"resources/icons/tieout.svg"_s)));
}

TEST_F(DebPackageTest, ManPageRendersWithoutWarnings)
{
    const ProcessRun unzip = ProcessRun::of(u"gzip"_s, {u"-dc"_s, installed(u"/usr/share/man/man1/tieout.1.gz"_s)});
    ASSERT_EQ(unzip.exitCode, 0) << qPrintable(unzip.err);
    QTemporaryDir dir;
    const QString page = dir.filePath(u"tieout.1"_s);
    QFile file(page);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(unzip.out.toUtf8());
    file.close();

    const ProcessRun groff = ProcessRun::of(u"groff"_s, {u"-mandoc"_s, u"-Tutf8"_s, u"-ww"_s, u"-z"_s, page});
    EXPECT_EQ(groff.exitCode, 0);
    EXPECT_EQ(groff.err, QString());
    EXPECT_TRUE(unzip.out.contains(u".TH TIEOUT 1 "_s));
    EXPECT_TRUE(unzip.out.contains(u"\"Tieout "_s + QStringLiteral(TIEOUT_VERSION) + u'"'));
}

TEST_F(DebPackageTest, ManPageDocumentsEveryCommandAndOption)
{
    const QString page = QString::fromUtf8(readAll(sourcePath(u"packaging/tieout.1.in"_s))).replace(u"\\-"_s, u"-"_s);
    const ProcessRun help = tieout({u"--help"_s});
    ASSERT_EQ(help.exitCode, 0);

    // The commands "tieout --help" lists, and every option each one takes.
    const QString commandsPart = help.out.mid(help.out.indexOf(u"Subcommands"_s));
    const QRegularExpression command(uR"(^  ([a-z][a-z-]+)\s)"_s, QRegularExpression::MultilineOption);
    const QRegularExpression option(uR"((?:^|\s)(--[a-z][a-z-]+))"_s, QRegularExpression::MultilineOption);
    QStringList commands;
    for (const QRegularExpressionMatch &match : command.globalMatch(commandsPart))
        commands << match.captured(1);
    EXPECT_EQ(commands, (QStringList{u"inspect"_s, u"check"_s, u"trace"_s, u"export-chart"_s, u"report"_s, u"compare"_s,
                                     u"fetch"_s, u"export-xlsx"_s}));

    QStringList options;
    for (const QRegularExpressionMatch &match : option.globalMatch(help.out))
        options << match.captured(1);
    for (const QString &name : commands) {
        EXPECT_TRUE(page.contains(u"\n.SS "_s + name + u'\n')) << "no section for " << qPrintable(name);
        const ProcessRun commandHelp = tieout({name, u"--help"_s});
        for (const QRegularExpressionMatch &match : option.globalMatch(commandHelp.out))
            options << match.captured(1);
    }
    options.removeAll(u"--help-all"_s); // Qt's own
    options.removeDuplicates();
    EXPECT_GE(options.size(), 17);
    for (const QString &name : options) {
        const QRegularExpression whole(QRegularExpression::escape(name) + u"(?![a-z-])"_s);
        EXPECT_TRUE(page.contains(whole)) << "the man page does not mention " << qPrintable(name);
    }
}

TEST_F(DebPackageTest, LintianFindsNothingToReport)
{
    const ProcessRun lintian = ProcessRun::of(
        u"lintian"_s, {u"--display-info"_s, u"--pedantic"_s, u"--fail-on"_s, u"error,warning,info,pedantic"_s, s_deb});
    // lintian reads the binary with `strings` and drops brackets, so machine
    // code such as "t)HiE" reads as a misspelt "tHiE". Words of ours are in
    // lower case or capitalised; a capital inside a word is such noise.
    static const QRegularExpression noise(uR"(^I: tieout: spelling-error-in-binary \S+[A-Z]\S* .*\n?)"_s,
                                          QRegularExpression::MultilineOption);
    QString out = lintian.out;
    const bool onlyNoise = lintian.exitCode != 0 && !out.isEmpty() && out.remove(noise).isEmpty();
    EXPECT_TRUE(lintian.exitCode == 0 || onlyNoise) << qPrintable(lintian.out + lintian.err);
    EXPECT_EQ(out, QString());
}

} // namespace
