#!/bin/sh
# Puts Handbook Studio in the applications menu and `handbook` / `handbook-studio` on the PATH, for the programs
# in the folder this script is in. Nothing is downloaded; the folder itself is not changed.
#
#   ./install-desktop-entry.sh            for you only (~/.local)
#   sudo ./install-desktop-entry.sh       for every user of this computer (/usr/local)
#   ./install-desktop-entry.sh --remove   takes the menu entry and the commands out again (same user as above)
#   --prefix DIR (first)                  installs into DIR/share and DIR/bin instead (an image, a shared folder)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=
if [ "${1:-}" = "--prefix" ]; then
    [ $# -ge 2 ] || { echo "--prefix needs a folder" >&2; exit 2; }
    prefix=$2
    shift 2
fi
if [ -n "$prefix" ]; then
    data=$prefix/share
    bin=$prefix/bin
elif [ "$(id -u)" -eq 0 ]; then
    data=/usr/local/share
    bin=/usr/local/bin
else
    data=${XDG_DATA_HOME:-$HOME/.local/share}
    bin=$HOME/.local/bin
fi
apps=$data/applications
icons=$data/icons/hicolor/256x256/apps

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/handbook-studio.desktop" "$icons/handbook-studio.png"
    for name in handbook-studio handbook; do
        # Only our own links: a `handbook` command of another program stays.
        if [ -L "$bin/$name" ] && [ "$(readlink "$bin/$name")" = "$here/$name" ]; then
            rm -f "$bin/$name"
        fi
    done
    echo "Handbook Studio's menu entry and commands were removed. Delete $here to remove the program itself."
    exit 0
fi

mkdir -p "$apps" "$icons" "$bin"
cp "$here/handbook-studio.png" "$icons/handbook-studio.png"
# The menu entry runs this folder's program, whatever the PATH is.
sed "s|^Exec=handbook-studio\$|Exec=\"$here/handbook-studio\"|" "$here/handbook-studio.desktop" \
    >"$apps/handbook-studio.desktop"
chmod 644 "$apps/handbook-studio.desktop"
for name in handbook-studio handbook; do
    if [ -e "$bin/$name" ] && ! [ -L "$bin/$name" ]; then
        echo "Left $bin/$name as it is (not a link to Handbook Studio); run $here/$name instead." >&2
    else
        ln -sf "$here/$name" "$bin/$name"
    fi
done
echo "Handbook Studio is in the applications menu ($apps/handbook-studio.desktop);"
echo "the commands handbook-studio and handbook are in $bin."
