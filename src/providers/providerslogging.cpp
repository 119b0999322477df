// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerslogging.h"

Q_LOGGING_CATEGORY(lcProviders, "cdr.providers", QtWarningMsg)
