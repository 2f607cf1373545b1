"""The seed document's page in a real headless browser: where things land on the sheet."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any

import pytest
from headless import Browser, find_chromium
from seed_document import seed_as_printed

import nghiquyet as nq

MM = 96 / 25.4  # CSS pixels per millimetre


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Browser:
    binary = find_chromium()
    if binary is None:
        pytest.skip("no chromium on this machine (Debian: apt-get install chromium)")
    return Browser(binary, tmp_path_factory.mktemp("chromium"))


@pytest.fixture(scope="module")
def seed_page() -> str:
    return nq.to_html(seed_as_printed()).decode("utf-8")


SELECTORS = {
    "sheet": "article.sheet",
    "body": "body",
    "left": ".issuer-column",
    "right": ".party-column",
    "issuer": ".issuer-name",
    "party": ".party-title",
    "place": ".place-date",
    "title": "h1.document-title",
    "kind": "h1 .kind",
    "subject": "h1 .subject",
    "content": ".document-body",
    "paragraph": ".document-body p",
    "recipients": ".recipients",
    "signature": ".signature",
    "signer": ".signature .signer",
}


@pytest.fixture(scope="module")
def geometry(browser: Browser, seed_page: str) -> dict[str, Any]:
    return browser.geometry(seed_page, SELECTORS)


def _box(geometry: dict[str, Any], name: str, what: str = "box") -> dict[str, float]:
    assert name in geometry, f"{SELECTORS[name]} is not on the page"
    box: dict[str, float] = geometry[name][what]
    return box


def test_sheet_is_a4_wide_with_the_guide_margins(geometry: dict[str, Any]) -> None:
    sheet, left, right = _box(geometry, "sheet"), _box(geometry, "left"), _box(geometry, "right")
    assert sheet["width"] == pytest.approx(210 * MM, abs=1)
    assert left["left"] - sheet["left"] == pytest.approx(30 * MM, abs=1)
    assert sheet["right"] - right["right"] == pytest.approx(15 * MM, abs=1)
    assert left["top"] - sheet["top"] == pytest.approx(20 * MM, abs=1)


def test_text_is_set_in_times_new_roman(geometry: dict[str, Any]) -> None:
    assert geometry["body"]["font"].startswith('"Times New Roman"')
    assert geometry["paragraph"]["size"] == "18.6667px"  # 14 pt


def test_header_columns_side_by_side_at_the_top(geometry: dict[str, Any]) -> None:
    left, right, sheet = _box(geometry, "left"), _box(geometry, "right"), _box(geometry, "sheet")
    assert left["right"] <= right["left"]
    assert left["top"] == pytest.approx(right["top"], abs=2)
    assert left["top"] - sheet["top"] < 25 * MM
    # The issuer sits in the left column, the Party title and the date in the right one.
    issuer, party, place = _box(geometry, "issuer", "text"), _box(geometry, "party"), _box(geometry, "place", "text")
    assert left["left"] <= issuer["left"]
    assert issuer["right"] <= left["right"]
    assert right["left"] <= party["left"]
    assert party["right"] <= right["right"]
    assert party["bottom"] <= place["top"]


def test_title_is_centred_below_the_header(geometry: dict[str, Any]) -> None:
    left, right, content = _box(geometry, "left"), _box(geometry, "right"), _box(geometry, "content")
    middle = (content["left"] + content["right"]) / 2
    for name in ("kind", "subject"):
        text = _box(geometry, name, "text")
        assert text["top"] >= max(left["bottom"], right["bottom"])
        assert (text["left"] + text["right"]) / 2 == pytest.approx(middle, abs=3), name
    assert _box(geometry, "title")["bottom"] <= content["top"]


def test_signature_is_right_of_the_recipients_below_the_body(geometry: dict[str, Any]) -> None:
    recipients, signature, content = (
        _box(geometry, "recipients"),
        _box(geometry, "signature"),
        _box(geometry, "content"),
    )
    assert recipients["right"] <= signature["left"]
    assert signature["top"] >= content["bottom"]
    assert recipients["top"] >= content["bottom"]
    assert recipients["top"] == pytest.approx(signature["top"], abs=2)
    # Room for the seal between the position and the name.
    assert _box(geometry, "signer")["top"] - signature["top"] > 20 * MM


def test_screenshot_of_the_seed(browser: Browser, seed_page: str, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(seed_page, encoding="utf-8")
    png = browser.screenshot(page, tmp_path / "seed.png", width=900, height=1700).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (900, 1700)
    assert len(png) > 50_000  # a page of text, not a blank image


def test_prints_on_a4(browser: Browser, seed_page: str, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(seed_page, encoding="utf-8")
    pdf = browser.pdf(page, tmp_path / "seed.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    for width, height in boxes:
        assert (float(width), float(height)) == pytest.approx((595.3, 841.9), abs=1)  # A4 in points
