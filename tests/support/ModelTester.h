// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <memory>

// Qt's model tester on a model, in Fatal mode: from now on every signal the
// model sends (resets, rows inserted and removed, layout changes) and every
// index, parent, count and data value it gives back is checked, and a model
// that breaks a rule of QAbstractItemModel stops the test binary with
// qFatal — the crash is the failure, naming the rule in its message.
//
// Attach it before the model is filled, so the filling is checked too; a
// tester attached to a full model checks it once and then sees nothing.
// Keep what this returns for as long as the model changes: a tester that is
// destroyed checks nothing (hence [[nodiscard]]).
[[nodiscard]] inline std::unique_ptr<QAbstractItemModelTester> attachModelTester(QAbstractItemModel *model)
{
    EXPECT_NE(model, nullptr);
    if (model) {
        EXPECT_EQ(model->rowCount(), 0) << "attach the model tester before the model is filled";
    }
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}
