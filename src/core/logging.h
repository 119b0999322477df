// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One logging category per module, default Warning. Never log a secret. Any thread.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
