// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logging category of cdrmodels, default Warning. Any thread.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModels)
