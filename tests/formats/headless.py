"""Drive Debian's headless Chromium from tests: screenshots, PDFs and element geometry."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

__all__ = ["Browser", "find_chromium"]

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)

# Writes the bounding boxes of the selected elements (and of their text, through a Range) into
# the DOM, where --dump-dom can read them.
_MEASURE = """
<script>
(() => {
  const box = (r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width});
  const out = {};
  for (const [name, selector] of Object.entries(%s)) {
    const element = document.querySelector(selector);
    if (!element) continue;
    const range = document.createRange();
    range.selectNodeContents(element);
    out[name] = {box: box(element.getBoundingClientRect()), text: box(range.getBoundingClientRect()),
                 font: getComputedStyle(element).fontFamily, size: getComputedStyle(element).fontSize};
  }
  const pre = document.createElement("pre");
  pre.id = "geometry";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


class Browser:
    """One headless Chromium binary and a scratch folder for its profile and outputs."""

    def __init__(self, binary: str, folder: Path) -> None:
        self.binary = binary
        self.folder = folder

    def _run(self, page: Path, *args: str) -> str:
        command = [self.binary, *_FLAGS, f"--user-data-dir={self.folder / 'profile'}", *args, page.as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
        return done.stdout

    def screenshot(self, page: Path, png: Path, width: int = 900, height: int = 1700) -> Path:
        self._run(page, f"--window-size={width},{height}", f"--screenshot={png}")
        return png

    def pdf(self, page: Path, pdf: Path) -> Path:
        self._run(page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
        return pdf

    def geometry(self, page_html: str, selectors: dict[str, str], width: int = 900) -> dict[str, Any]:
        """Boxes of ``selectors`` (name -> CSS selector) in a copy of the page, laid out ``width`` px wide."""
        copy = self.folder / "measured.html"
        copy.write_text(page_html.replace("</body>", _MEASURE % json.dumps(selectors) + "</body>"), encoding="utf-8")
        dom = self._run(copy, f"--window-size={width},1700", "--dump-dom")
        found = re.search(r'<pre id="geometry">(.*?)</pre>', dom, re.DOTALL)
        if found is None:
            raise RuntimeError("the measuring script did not run")
        result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
        return result
