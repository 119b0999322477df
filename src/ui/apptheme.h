// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Applies the theme chosen in Preferences to the running application: light and dark set the
// Fusion style and a palette; "follow the system" puts back the style and palette the
// application started with. Called at start and again whenever Preferences are accepted, so a
// new theme shows at once. GUI thread only.

#include <session/appsettings.h>

namespace cdr {

class AppTheme
{
public:
    static void apply(AppSettings::Theme theme);
    /// The dark palette (also for tests and previews).
    static QPalette darkPalette();
};

} // namespace cdr
