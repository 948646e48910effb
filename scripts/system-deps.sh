#!/usr/bin/env bash
# Debian packages prr's tests and features use: pdftotext (fast PDF text), tesseract (OCR of
# scanned pages), dovecot (a real IMAP server for the reply-source tests), chromium (the
# Datasette browsing test). Installs what is missing when run as root; otherwise says what to run.
set -euo pipefail
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v chromium >/dev/null || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "Missing Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
else SUDO=""; fi
echo "Installing Debian packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# dovecot's package starts a system service we do not use; tests run their own instance.
(command -v systemctl >/dev/null && $SUDO systemctl disable --now dovecot 2>/dev/null) || true
