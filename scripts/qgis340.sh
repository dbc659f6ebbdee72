#!/usr/bin/env bash
# The whole test suite (scripts/test.sh: ruff, pytest, home-folder check) on a
# second QGIS release: QGIS 3.40 LTR with Python 3.13, from Debian 13 "trixie".
#
#   scripts/qgis340.sh [pytest arguments]        (make test-qgis340)
#
# A host's apt offers one QGIS only (3.22 on Debian 12, 3.40 on Debian 13), so
# the second one lives in a Debian 13 root filesystem made with debootstrap,
# built once and kept in .build/qgis340-rootfs (git-ignored; ~3.3 GB). Later
# runs reuse it, and its own venv (Python 3.13, never the host's .venv), and go
# straight to the tests. Delete the folder to rebuild it from scratch.
#
# Mounts. Everything this script mounts (the checkout, /proc, /dev, ...) is
# mounted inside a private mount and PID namespace (unshare): the host never
# sees those mounts, so nothing on the host (`make clean`, `rm -rf .build`) can
# reach the checkout through the rootfs, and the kernel drops the mounts and
# ends every process left in the chroot when the run ends, however it ends.
# The EXIT trap unmounts them in order all the same.
#
# Environment: QGIS340_ROOTFS (where the rootfs lives), DEBIAN_MIRROR (default:
# the Debian mirror the host's apt uses).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

SUITE=trixie
ROOTFS=${QGIS340_ROOTFS:-$REPO/.build/qgis340-rootfs}
CHECKOUT=/work/checkout                # where the checkout appears inside the chroot
CHROOT_VENV=/opt/arcgis-token-auth/venv  # the chroot's venv, kept in the rootfs
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

say() { echo "qgis340: $*"; }
die() {
    echo "qgis340: $*" >&2
    exit 1
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
    interruptible debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$target" "$mirror" \
        >"$target.debootstrap.log" 2>&1 || {
        tail -n 30 "$target.debootstrap.log" >&2
        die "debootstrap failed (log: $target.debootstrap.log)"
    }
    say "base system in $((SECONDS - started)) s"

    rm -f "$target/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n' "$mirror" "$SUITE" "$SUITE"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [[ -n $security ]]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$security" "$SUITE"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } >"$target/etc/apt/sources.list.d/debian.sources"
    # No services start in a chroot (package scripts ask policy-rc.d).
    printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
    chmod 755 "$target/usr/sbin/policy-rc.d"

    mount_chroot_filesystems "$target"
    sync_local_cas "$target"
    # The project's own setup installs QGIS and the rest of its Debian
    # packages, and the venv: one list of packages, the same as on the host.
    started=$SECONDS
    interruptible in_chroot "$target" scripts/setup.sh
    in_chroot "$target" apt-get clean
    say "QGIS, Debian packages and venv installed in $((SECONDS - started)) s"
    unmount_all

    mv "$target" "$ROOTFS"
    rm -f "$target.debootstrap.log"
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
    local versions status=0
    started=$SECONDS
    interruptible in_chroot "$ROOTFS" scripts/test.sh "$@" || status=$?
    versions=$(in_chroot "$ROOTFS" "$CHROOT_VENV/bin/python" -c \
        'import platform; from qgis.core import Qgis; print(f"QGIS {Qgis.QGIS_VERSION}, Python {platform.python_version()}")' \
        2>/dev/null || echo "QGIS unknown")
    say "suite on $versions (Debian 13 chroot) finished in $((SECONDS - started)) s, exit status $status"
    return "$status"
}

if [[ ${1:-} == --inside-namespace ]]; then
    shift
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
    "$REPO/scripts/qgis340.sh" --inside-namespace "$@" || status=$?

leftover=$(mounts_under "$ROOTFS")
[[ -z $leftover ]] || die "still mounted on the host (unexpected): $leftover"
host_qgis=$(dpkg-query -W -f='${Version}' python3-qgis 2>/dev/null || true)
if [[ $host_qgis == 3.40.* ]]; then
    say "note: this host's own QGIS is $host_qgis too, so 'make test' here tests the same release"
fi
exit "$status"
