// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logging category of cdrstorage, default Warning. Never log a secret or a raw record. Any thread.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
