#!/bin/sh
# Run by the .deb after install: the kiosk user and group, the reader udev rules, no sleep.
set -e
getent group kiosk >/dev/null || groupadd --system kiosk
id -u kiosk >/dev/null 2>&1 || useradd --system --create-home --gid kiosk --groups video,input,render,dialout,plugdev --shell /usr/sbin/nologin kiosk
RES=/opt/RealnameKiosk/resources/native
install -m 0644 "$RES/udev/99-realname-kiosk.rules" /etc/udev/rules.d/99-realname-kiosk.rules
install -D -m 0644 "$RES/linux/no-sleep.conf" /etc/systemd/logind.conf.d/realname-kiosk.conf
install -m 0644 "$RES/linux/realname-kiosk.service" /etc/systemd/system/realname-kiosk.service
udevadm control --reload-rules || true
udevadm trigger --subsystem-match=tty --subsystem-match=usb --subsystem-match=hidraw || true
systemctl mask sleep.target suspend.target hibernate.target hybrid-sleep.target >/dev/null 2>&1 || true
systemctl daemon-reload || true
echo "realname-kiosk: run 'systemctl enable --now realname-kiosk' after provisioning (see docs/operations.md)"
