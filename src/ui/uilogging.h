// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logging category of the UI module (cdr.ui), default Warning. Any thread.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
