# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test: the Debian packages listed
# in packaging/debian-packages.txt, then a Release configure in build/.
# Sourced, not run.

TIEOUT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TIEOUT_BUILD_DIR=${TIEOUT_BUILD_DIR:-$TIEOUT_ROOT/build}
TIEOUT_PACKAGE_LIST=$TIEOUT_ROOT/packaging/debian-packages.txt

tieout_packages() {
    sed -e 's/#.*//' "$TIEOUT_PACKAGE_LIST" | awk 'NF && $1 !~ /:$/ { print $1 }'
}

tieout_missing_packages() {
    local package
    for package in $(tieout_packages); do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            echo "$package"
        fi
    done
}

# Installs what is missing when root; otherwise prints the exact command and stops.
tieout_ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Tieout builds on Debian 12: dpkg-query was not found." >&2
        exit 1
    fi
    local missing
    missing=$(tieout_missing_packages | tr '\n' ' ' | sed 's/ $//')
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing the Debian packages Tieout needs: $missing"
        apt-get update
        # shellcheck disable=SC2086 # one word per package
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    else
        echo "Tieout needs Debian packages that are not installed. Install them with:" >&2
        echo >&2
        echo "    sudo apt-get install -y --no-install-recommends $missing" >&2
        echo >&2
        echo "then run this command again." >&2
        exit 1
    fi
}

# Configures a build from a preset of CMakePresets.json, where each
# configuration is written once: tieout_configure_preset PRESET DIR.
# (Warnings are errors when CI=true: cmake/Warnings.cmake decides.)
tieout_configure_preset() {
    cmake -S "$TIEOUT_ROOT" --preset "$1" -B "$2" >/dev/null
}

# The Release build in build/ (or $TIEOUT_BUILD_DIR).
tieout_configure() {
    tieout_configure_preset release "$TIEOUT_BUILD_DIR"
}

tieout_jobs() {
    nproc 2>/dev/null || echo 2
}
