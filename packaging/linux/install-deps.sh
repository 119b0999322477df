#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build and test dependencies on Debian 12 (bookworm) / Ubuntu 24.04.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Recommends are installed on purpose: qt6-charts-dev's CMake config needs Qt6OpenGL, which
# qt6-base-dev only recommends (libqt6opengl6-dev); it is also named here to be sure.
$SUDO apt-get install -y -q \
    build-essential cmake ninja-build pkg-config \
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev \
    qt6-httpserver-dev qt6-websockets-dev \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins \
    libqt6sql6-sqlite qtkeychain-qt6-dev libsimdjson-dev libgl-dev \
    poppler-utils xvfb xauth fonts-dejavu-core
$SUDO apt-get install -y -q libsqlite3-dev  # cdrstorage: bulk load/insert through the SQLite C API
$SUDO apt-get install -y -q libphonenumber-dev  # cdrcore: destination country of a number (scorecard)
# The package check (.ci/run, packaging/linux/check-package.sh): desktop entry and AppStream validators;
# Devanagari for the Hindi translation.
$SUDO apt-get install -y -q desktop-file-utils appstream fonts-noto-core
# The team archive: libpq for the client, the PostgreSQL server for tst_pgarchive (it runs its own on loopback).
$SUDO apt-get install -y -q libpq-dev postgresql
