"""Screenshot a briefing.html in headless Chromium (Debian's chromium + chromium-driver).

    .venv/bin/newsprism digest ../shared/seeds -o out/seeds
    .venv/bin/python docs/screenshot_briefing.py out/seeds/briefing.html docs/briefing-seeds.png

Takes the whole page (not only the first screen) at WIDTH CSS pixels, in the light colour scheme
unless --scheme dark.
Chromium runs offline with a fresh profile; the page itself forbids scripts and network.
"""

from __future__ import annotations

import argparse
import base64
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# the flags that keep Chromium quiet and offline in a container run as root
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)
WIDTH = 1100  # wide enough for the claims' three columns side by side, as on a laptop
MAX_HEIGHT = 12000  # the seeds' briefing is ~7300 px; a big corpus's is cut to its first screens


def chromium(profile: Path, width: int = WIDTH, height: int = 900) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))


def full_page_png(driver: webdriver.Chrome, width: int = WIDTH) -> bytes:
    height = min(int(driver.execute_script("return document.documentElement.scrollHeight")), MAX_HEIGHT)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    return base64.b64decode(shot["data"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="a briefing.html")
    parser.add_argument("png", type=Path, help="where to write the screenshot")
    parser.add_argument("--width", type=int, default=WIDTH)
    parser.add_argument("--scheme", choices=("light", "dark"), default="light", help="prefers-color-scheme")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as profile:
        driver = chromium(Path(profile), args.width)
        try:
            driver.execute_cdp_cmd(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": args.scheme}]},
            )
            driver.get(args.page.resolve().as_uri())
            shot = Image.open(BytesIO(full_page_png(driver, args.width)))
            # 256 colours keep the text's anti-aliasing and make the file a third of the size
            shot.convert("RGB").quantize(256).save(args.png, optimize=True)
        finally:
            driver.quit()
    print(f"wrote {args.png}")


if __name__ == "__main__":
    main()
