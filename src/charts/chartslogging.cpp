// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartslogging.h"

Q_LOGGING_CATEGORY(lcCharts, "cdr.charts", QtWarningMsg)
