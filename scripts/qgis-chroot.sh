#!/usr/bin/env bash
# The whole test suite (scripts/test.sh: ruff, pytest, home-folder check) on
# another QGIS release, from Debian's own packages in a Debian chroot:
#
#   scripts/qgis-chroot.sh RELEASE [pytest arguments]
#
#   RELEASE  Debian suite             QGIS        make target
#   340      Debian 13 "trixie"       3.40 LTR    make test-qgis340
#   344      Debian unstable "sid"    3.44 LTR    make test-qgis344
#
# A host's apt offers one QGIS only (3.22 on Debian 12), so each other release
# lives in a root filesystem made with debootstrap, built once and kept in
# .build/qgis<RELEASE>-rootfs (git-ignored; 3.3 GB for trixie, 4.2 for sid). Later runs reuse it,
# and its own venv (the chroot's Python, never the host's .venv), and go
# straight to the tests. Delete the folder to rebuild it from scratch: for sid,
# that is how a run gets today's unstable (a kept rootfs is not upgraded; each
# run prints the exact QGIS package version it ran on and when it was built).
#
# Distribution problems. A failure of Debian itself while building (debootstrap,
# apt-get update, a package that cannot be installed today, a download the
# mirror refuses) or a suite that no longer offers the release's QGIS ends the
# run with "DISTRIBUTION PROBLEM" and exit status 75 (EX_TEMPFAIL), never 1:
# the plugin was not tested, it did not fail. Everything else (pip, npm, the
# suite) exits with its own status. .ci/run reports 75 as a distribution
# problem, and stays red (see its header).
#
# Qt 6 lookout. A release with lookout suites (344: sid and experimental)
# refreshes its package lists after the suite and says whether Debian offers a
# Qt 6 build of QGIS (QGIS 4) yet. Never a failure.
#
# Mounts. Everything this script mounts (the checkout, /proc, /dev, ...) is
# mounted inside a private mount and PID namespace (unshare): the host never
# sees those mounts, so nothing on the host (`make clean`, `rm -rf .build`) can
# reach the checkout through the rootfs, and the kernel drops the mounts and
# ends every process left in the chroot when the run ends, however it ends.
# The EXIT trap unmounts them in order all the same.
#
# No package cache is shared between the chroots: of the ~1,250 packages each
# installs, trixie and sid have 140 (13 MB of 865 MB) in the same version, and
# downloading is ~20 s of a ~200 s build (measured with debootstrap --cache-dir
# and a shared /var/cache/apt/archives, then dropped).
#
# Environment: QGIS<RELEASE>_ROOTFS (where the rootfs lives, e.g.
# QGIS344_ROOTFS), DEBIAN_MIRROR (default: the Debian mirror the host's apt
# uses).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SELF=$REPO/scripts/qgis-chroot.sh

DISTRIBUTION_PROBLEM=75  # exit status: Debian, not the plugin (see above)

usage() {
    echo "usage: scripts/qgis-chroot.sh {340|344} [pytest arguments]" >&2
    exit 2
}

# The release table: which Debian suite has which QGIS.
#   SUITE           the suite debootstrap installs
#   EXTRA_SUITES    more suites of the same mirror in the chroot's apt sources
#   SECURITY_SUITE  the security archive's suite ("" when the suite has none)
#   LOOKOUT_SUITES  suites only looked at (apt-cache), never installed from
#   QGIS_SERIES     the QGIS the suite must offer (python3-qgis's version prefix)
#   DISTRO          for messages
release_table() {
    case $1 in
        340)
            SUITE=trixie EXTRA_SUITES="trixie-updates" SECURITY_SUITE=trixie-security
            LOOKOUT_SUITES="" QGIS_SERIES=3.40 DISTRO='Debian 13 "trixie"'
            ;;
        344)
            SUITE=sid EXTRA_SUITES="" SECURITY_SUITE=""
            LOOKOUT_SUITES="experimental" QGIS_SERIES=3.44 DISTRO='Debian unstable "sid"'
            ;;
        *) usage ;;
    esac
}

[[ $# -ge 1 ]] || usage
INSIDE=0
if [[ $1 == --inside-namespace ]]; then
    INSIDE=1
    shift
    [[ $# -ge 1 ]] || usage
fi
RELEASE=$1
shift
release_table "$RELEASE"

rootfs_variable=QGIS${RELEASE}_ROOTFS
ROOTFS=${!rootfs_variable:-$REPO/.build/qgis$RELEASE-rootfs}
CHECKOUT=/work/checkout                  # where the checkout appears inside the chroot
CHROOT_VENV=/opt/arcgis-token-auth/venv  # the chroot's venv, kept in the rootfs
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
BUILT_STAMP=/opt/arcgis-token-auth/built  # in the rootfs: when it was built (UTC)

say() { echo "qgis$RELEASE: $*"; }
die() {
    echo "qgis$RELEASE: $*" >&2
    exit 1
}
# The run ends here, and says why the plugin was not tested.
distribution_problem() {
    {
        echo "qgis$RELEASE: DISTRIBUTION PROBLEM ($DISTRO): $*"
        echo "qgis$RELEASE: Debian itself failed, not the plugin: QGIS $QGIS_SERIES was not tested (exit status $DISTRIBUTION_PROBLEM)."
    } >&2
    exit "$DISTRIBUTION_PROBLEM"
}

# Paths mounted under $1, as the current mount namespace sees them.
mounts_under() {
    findmnt --raw --noheadings --output TARGET | awk -v root="$1" '$0 == root || index($0, root "/") == 1'
}

# ---------------------------------------------------------------------------
# Inside the private namespace (the script re-runs itself there, see the end).
# ---------------------------------------------------------------------------
MOUNTED=()

mount_tracked() {  # mount ARGS... TARGET; remembered for unmount_all
    mount "$@"
    MOUNTED+=("${*: -1}")
}

unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        # A busy mount (a process still running in the chroot) is detached
        # lazily: it is private to this namespace and goes with it.
        umount "${MOUNTED[i]}" 2>/dev/null || umount --lazy "${MOUNTED[i]}" || true
    done
    MOUNTED=()
}

# Every process in this PID namespace other than this script (PID 1) was
# started by this run (Xvfb left by a crashed test, an emulator server...).
# shellcheck disable=SC2317  # called from the EXIT trap
stop_leftover_processes() {
    local entry pid
    for entry in /proc/[0-9]*; do
        pid=${entry#/proc/}
        [[ $pid == 1 || $pid == "$BASHPID" ]] && continue
        kill -TERM "$pid" 2>/dev/null || true
    done
}

# shellcheck disable=SC2317  # the EXIT trap
cleanup_namespace() {
    local status=$?
    trap - EXIT
    stop_leftover_processes
    unmount_all
    exit "$status"
}

mount_chroot_filesystems() {
    local root=$1
    mkdir -p "$root$CHECKOUT"
    mount_tracked -t proc proc "$root/proc"
    mount_tracked -t sysfs -o ro sysfs "$root/sys"
    mount_tracked --bind /dev "$root/dev"
    mount_tracked --bind /dev/pts "$root/dev/pts"
    # Shared memory (Qt, Xvfb) and /tmp (pytest's session folder, Xvfb's
    # sockets) are fresh for each run.
    mount_tracked -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
    mount_tracked -t tmpfs -o mode=1777,nosuid,nodev tmp "$root/tmp"
    mount_tracked --bind "$REPO" "$root$CHECKOUT"
    # Name resolution as on the host (pip reaches PyPI; "localhost" for the emulator).
    local file
    for file in /etc/resolv.conf /etc/hosts; do
        rm -f "$root$file"
        cp -L "$file" "$root$file"
    done
}

# Runs "$@" as a background job and waits for it: a trapped INT or TERM (Ctrl-C)
# interrupts `wait` at once, where a foreground command would first have to end.
interruptible() {
    "$@" &
    wait "$!"
}

in_chroot() {  # in_chroot ROOT COMMAND...: run COMMAND in ROOT's checkout folder, with a clean environment
    local root=$1
    shift
    local passed=() name
    # Only what a network or a PyPI mirror may need comes from the host.
    for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_INDEX_URL PIP_DEFAULT_TIMEOUT CI; do
        [[ -n ${!name:-} ]] && passed+=("$name=${!name}")
    done
    # shellcheck disable=SC2016  # $0 and $@ belong to the chroot's bash
    chroot "$root" /usr/bin/env -i \
        HOME=/root USER=root LOGNAME=root SHELL=/bin/bash LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH="$CHROOT_PATH" DEBIAN_FRONTEND=noninteractive \
        ARCGIS_TOKEN_AUTH_VENV="$CHROOT_VENV" "${passed[@]}" \
        /bin/bash -c 'cd "$0" && exec "$@"' "$CHECKOUT" "$@"
}

# The chroot trusts the CAs the host's administrator added (a company's or a
# sandbox's TLS proxy in front of PyPI), the Debian way: update-ca-certificates.
sync_local_cas() {
    local root=$1 target=$1/usr/local/share/ca-certificates
    [[ -d /usr/local/share/ca-certificates ]] || return 0
    if ! diff -r -q /usr/local/share/ca-certificates "$target" >/dev/null 2>&1; then
        say "trusting the host's local CA certificates in the chroot"
        rm -rf "$target"
        cp -r /usr/local/share/ca-certificates "$target"
        # (quiet: it warns about the bundle file it is about to rewrite)
        in_chroot "$root" update-ca-certificates >/dev/null 2>&1
    fi
}

# The Debian mirror the host's apt uses ("Label: Debian" after apt-get update).
debian_mirror() {
    local label=$1 fallback=$2 uri
    # shellcheck disable=SC2016  # $(REPO_URI) is apt's placeholder, not the shell's
    uri=$(apt-get indextargets --format '$(REPO_URI)' "Label: $label" 'Identifier: Packages' 2>/dev/null | head -n 1 || true)
    echo "${uri:-$fallback}"
}

write_apt_sources() {  # write_apt_sources ROOT MIRROR SECURITY_MIRROR
    local root=$1 mirror=$2 security=$3
    rm -f "$root/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n' "$mirror" "$SUITE${EXTRA_SUITES:+ $EXTRA_SUITES}"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [[ -n $security && -n $SECURITY_SUITE ]]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s\nComponents: main\n' "$security" "$SECURITY_SUITE"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
        if [[ -n $LOOKOUT_SUITES ]]; then
            # Looked at only (the Qt 6 lookout); these suites' Release files say
            # NotAutomatic, and this pin keeps apt from ever installing from them.
            printf '\nTypes: deb\nURIs: %s\nSuites: %s\nComponents: main\n' "$mirror" "$LOOKOUT_SUITES"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } >"$root/etc/apt/sources.list.d/debian.sources"
    # A mirror the host's apt takes with an expired Release file (a frozen
    # snapshot; the host's administrator set Acquire::Check-Valid-Until
    # "false") is taken the same way here. Otherwise apt's default: refused.
    local check_valid_until=""
    eval "$(apt-config shell check_valid_until Acquire::Check-Valid-Until 2>/dev/null || true)"
    if [[ $check_valid_until == false ]]; then
        printf 'Acquire::Check-Valid-Until "false";  // as on the host (scripts/qgis-chroot.sh)\n' \
            >"$root/etc/apt/apt.conf.d/99host-check-valid-until"
    fi
    if [[ -n $LOOKOUT_SUITES ]]; then
        local suite
        for suite in $LOOKOUT_SUITES; do
            printf 'Package: *\nPin: release a=%s\nPin-Priority: -1\n\n' "$suite"
        done >"$root/etc/apt/preferences.d/lookout-only"
    fi
}

# apt-get in the chroot; on failure, the end of what it said is the distribution problem.
apt_in_chroot() {  # apt_in_chroot ROOT WHAT-FAILED APT-GET-ARGUMENTS...
    local root=$1 what=$2 log
    shift 2
    log=$(mktemp)
    if ! interruptible in_chroot "$root" apt-get "$@" >"$log" 2>&1; then
        grep -v '^\(Reading\|Building\|Selecting\|Preparing\|Unpacking\|Setting up\|Processing\|Get:\|Hit:\)' "$log" | tail -n 25 >&2
        rm -f "$log"
        distribution_problem "$what"
    fi
    rm -f "$log"
}

build_rootfs() {
    local target=$ROOTFS.partial mirror security
    mirror=${DEBIAN_MIRROR:-$(debian_mirror Debian http://deb.debian.org/debian)}
    mirror=${mirror%/}
    security=$(debian_mirror Debian-Security "")
    security=${security%/}

    # A half-built rootfs from an interrupted run: start over (nothing can be
    # mounted in it: this namespace has just been made and mounted nothing).
    [[ -z $(mounts_under "$target") ]] || die "$target has mounts; not removing it"
    rm -rf "$target"
    mkdir -p "$(dirname "$target")"

    say "debootstrap $SUITE from $mirror into $target"
    local started=$SECONDS
    interruptible debootstrap --variant=minbase --include=ca-certificates \
        "$SUITE" "$target" "$mirror" >"$target.debootstrap.log" 2>&1 || {
        grep -E '^(E|W):' "$target.debootstrap.log" | tail -n 20 >&2 || tail -n 20 "$target.debootstrap.log" >&2
        distribution_problem "debootstrap $SUITE failed (log: $target.debootstrap.log)"
    }
    say "base system in $((SECONDS - started)) s"

    write_apt_sources "$target" "$mirror" "$security"
    # No services start in a chroot (package scripts ask policy-rc.d).
    printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
    chmod 755 "$target/usr/sbin/policy-rc.d"

    mount_chroot_filesystems "$target"
    sync_local_cas "$target"

    # Debian's part first, so that what Debian cannot do today is told apart
    # from what the project's setup does: QGIS and the rest of the project's
    # Debian packages (one list, scripts/setup.sh's, the same as on the host).
    started=$SECONDS
    local packages candidate
    read -r -a packages <<<"$(in_chroot "$target" scripts/setup.sh --apt-packages)"
    apt_in_chroot "$target" "apt-get update failed: the $SUITE package lists could not be fetched from $mirror" update
    candidate=$(in_chroot "$target" apt-cache policy python3-qgis | awk '$1 == "Candidate:" { print $2 }')
    case $candidate in
        "" | "(none)") distribution_problem "$SUITE offers no python3-qgis today" ;;
        "$QGIS_SERIES".* | *:"$QGIS_SERIES".*) ;;
        *) distribution_problem "$SUITE offers QGIS $candidate today, not $QGIS_SERIES: update the release table in scripts/qgis-chroot.sh" ;;
    esac
    say "$SUITE offers python3-qgis $candidate; installing: ${packages[*]}"
    apt_in_chroot "$target" "the project's Debian packages cannot be installed from $SUITE today (apt's words above)" \
        install --simulate "${packages[@]}"
    apt_in_chroot "$target" "installing the project's Debian packages from $SUITE failed (apt's words above)" \
        install -y "${packages[@]}"
    say "QGIS and the Debian packages installed in $((SECONDS - started)) s"

    # The project's own setup: the venv (pip) and npm ci. Not Debian's.
    started=$SECONDS
    interruptible in_chroot "$target" scripts/setup.sh
    say "venv and Node packages installed in $((SECONDS - started)) s"
    in_chroot "$target" apt-get clean
    mkdir -p "$(dirname "$target$BUILT_STAMP")"
    date -u +%Y-%m-%dT%H:%MZ >"$target$BUILT_STAMP"
    unmount_all

    mv "$target" "$ROOTFS"
    rm -f "$target.debootstrap.log"
}

# Does Debian offer a Qt 6 build of QGIS (QGIS 4) yet? Looks at the rootfs's
# suite and its lookout suites, in fresh package lists; only says what it found.
qt6_lookout() {
    local root=$1 found newest
    [[ -n $LOOKOUT_SUITES ]] || return 0
    if ! in_chroot "$root" apt-get update -qq >/dev/null 2>&1; then
        say "Qt 6 lookout: the package lists could not be refreshed; not checked"
        return 0
    fi
    # Every version of every package named *qgis* whose name or dependencies
    # say Qt 6 (libqt6*, qt6-*, python3-pyqt6), in any suite the chroot knows;
    # and the qgis versions each suite has.
    local find_qt6 newest_qgis
    find_qt6=$(cat <<'SCRIPT'
apt-cache show $(apt-cache pkgnames | grep -i qgis) 2>/dev/null | awk '
    /^Package: / { name = $2; version = ""; qt6 = (name ~ /qt6/) }
    /^Version: / { version = $2 }
    /^(Pre-)?Depends: / && /(libqt6|qt6-|pyqt6)/ { qt6 = 1 }
    /^$/ { if (qt6) print name " " version; qt6 = 0 }
    END { if (qt6) print name " " version }' | sort -u
SCRIPT
)
    newest_qgis=$(cat <<'SCRIPT'
apt-cache madison qgis | awk -F' [|] ' '{ split($3, where, " "); sub("/.*", "", where[2]); printf "%s%s %s", sep, where[2], $2; sep = ", " }'
SCRIPT
)
    found=$(in_chroot "$root" /bin/bash -c "$find_qt6" || true)
    newest=$(in_chroot "$root" /bin/bash -c "$newest_qgis" || true)
    if [[ -n $found ]]; then
        say "Qt 6 lookout: Debian offers a Qt 6 build of QGIS (QGIS 4): $(echo "$found" | head -n 5 | paste -sd, -)" \
            "— time to test it for real (add it to the release table)"
    else
        say "Qt 6 lookout: no Qt 6 build of QGIS in Debian $SUITE or $LOOKOUT_SUITES today (qgis: ${newest:-none});" \
            "tests/unit/test_qt6_readiness.py stays the QGIS 4 guard"
    fi
}

run_inside_namespace() {
    # As PID 1 of the namespace, this shell gets only the signals it traps;
    # exiting runs cleanup_namespace, which stops what runs in the chroot.
    trap cleanup_namespace EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    local started=$SECONDS
    if [[ ! -d $ROOTFS ]]; then
        build_rootfs
        say "rootfs ready in $((SECONDS - started)) s: $ROOTFS"
    fi

    mount_chroot_filesystems "$ROOTFS"
    sync_local_cas "$ROOTFS"
    local versions package built status=0
    started=$SECONDS
    interruptible in_chroot "$ROOTFS" scripts/test.sh "$@" || status=$?
    local suite_seconds=$((SECONDS - started))
    versions=$(in_chroot "$ROOTFS" "$CHROOT_VENV/bin/python" -c \
        'import platform; from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR; print(f"QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, Python {platform.python_version()}")' \
        2>/dev/null || echo "QGIS unknown")
    package=$(in_chroot "$ROOTFS" dpkg-query -W -f='${Version}' python3-qgis 2>/dev/null || echo unknown)
    # (a rootfs built before the stamp existed: its dpkg status file's date)
    built=$(cat "$ROOTFS$BUILT_STAMP" 2>/dev/null || date -u -r "$ROOTFS/var/lib/dpkg/status" +%Y-%m-%dT%H:%MZ)
    say "suite on $versions; Debian package python3-qgis $package ($DISTRO chroot, built $built)" \
        "finished in $suite_seconds s, exit status $status"
    [[ $package == "$QGIS_SERIES".* || $package == *:"$QGIS_SERIES".* ]] ||
        say "warning: this rootfs has QGIS $package, not $QGIS_SERIES; delete $ROOTFS to rebuild it"
    qt6_lookout "$ROOTFS"
    return "$status"
}

if ((INSIDE)); then
    run_inside_namespace "$@"
    exit $?
fi

# ---------------------------------------------------------------------------
# On the host.
# ---------------------------------------------------------------------------
[[ $(id -u) -eq 0 ]] || die "run as root (debootstrap, chroot and mount need it)"
if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq debootstrap >/dev/null
fi
mkdir -p "$(dirname "$ROOTFS")"

# One run at a time per rootfs: two would install into and test in one tree.
exec 9>"$ROOTFS.lock"
flock --nonblock 9 || die "another run is using $ROOTFS"

# --pid --fork --mount-proc: this script becomes PID 1 of a new PID namespace,
# so every process the run leaves behind ends with it; --kill-child: so does
# the script, if unshare itself is killed.
status=0
unshare --mount --propagation private --pid --fork --mount-proc --kill-child \
    "$SELF" --inside-namespace "$RELEASE" "$@" || status=$?

leftover=$(mounts_under "$ROOTFS")
[[ -z $leftover ]] || die "still mounted on the host (unexpected): $leftover"
host_qgis=$(dpkg-query -W -f='${Version}' python3-qgis 2>/dev/null || true)
if [[ $host_qgis == "$QGIS_SERIES".* ]]; then
    say "note: this host's own QGIS is $host_qgis too, so 'make test' here tests the same release"
fi
exit "$status"
