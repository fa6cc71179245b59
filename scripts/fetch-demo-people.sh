#!/usr/bin/env bash
# Rebuilds assets/demo/cameraman.jpg from the Debian package python3-skimage (see assets/demo/SOURCE.md).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download python3-skimage && dpkg -x python3-skimage_*.deb x)
data="$work/x/usr/lib/python3/dist-packages/skimage/data"
node -e "
const sharp = require('sharp');
(async () => {
  await sharp('$data/camera.png').extract({ left: 96, top: 30, width: 220, height: 272 }).jpeg({ quality: 88 }).toFile('assets/demo/cameraman.jpg');
})();
"
