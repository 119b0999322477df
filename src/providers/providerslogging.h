// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logging category of the provider layer, default Warning. URLs and statuses may be logged;
// secrets and auth headers never are. Any thread.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProviders)
