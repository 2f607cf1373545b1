"""PDFs with a text layer: lines from positions, columns kept apart, page furniture out."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from made_originals import BODY, CLOSING, HEADER, make_pdf

import nghiquyet as nq
from nghiquyet.originals import extract


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(text.split())


def test_a_two_column_header_reads_as_a_layout_copy(tmp_path: Path) -> None:
    pdf = make_pdf([HEADER + BODY + CLOSING])
    lines = extract(pdf).text.splitlines()
    first = next(line for line in lines if "ĐẢNG BỘ TỈNH BẮC NINH" in line)
    left, _, right = first.strip().partition("   ")
    assert (left.strip(), right.strip()) == ("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG CỘNG SẢN VIỆT NAM")
    (tmp_path / "kl.pdf").write_bytes(pdf)
    document = nq.read_document(tmp_path / "kl.pdf")
    assert str(document.notation) == "706-KL/TU"
    assert document.date is not None
    assert document.date.isoformat() == "2023-10-06"
    assert document.issuer is not None
    assert document.issuer.name == "THỊ ỦY THUẬN THÀNH"
    assert [b.label for b in document.body if getattr(b, "label", None)][:2] == ["I", "II"]
    assert document.signatures[0].signer == "Nguyễn Văn An"
    assert [r.name for r in document.recipients] == ["Ban Thường vụ Tỉnh ủy", "Lưu Văn phòng Thị ủy"]


def test_no_word_of_the_layer_is_lost() -> None:
    runs = HEADER + BODY + CLOSING
    text = extract(make_pdf([runs])).text
    assert _words(text) == _words(" ".join(run[3] for run in runs))


def test_page_numbers_and_running_footers_are_left_out_and_said() -> None:
    footer = "Tài liệu này thuộc sở hữu của các cơ quan Đảng"
    pages = [
        [*HEADER, *BODY, (70, 800, 9, footer)],
        [(290, 30, 11, "2"), *CLOSING, (70, 800, 9, footer)],
        [(290, 30, 11, "3"), (70, 100, 12, "Phụ lục: danh sách đơn vị."), (70, 800, 9, footer)],
    ]
    extracted = extract(make_pdf(pages))
    assert footer not in extracted.text
    assert not any(line.strip() in ("2", "3") for line in extracted.text.splitlines())
    notes = " ".join(note.message for note in extracted.notes)
    assert footer in notes
    assert "3 pages" in notes
    assert [page.method for page in extracted.pages] == ["text", "text", "text"]


def test_runs_touching_are_one_word_apart_are_words_or_columns() -> None:
    import pypdfium2

    first = make_pdf([[(70, 100, 12, "Số 294")]])
    right = pypdfium2.PdfDocument(first)[0].get_objects().__next__().get_bounds()[2]
    shown = {}
    for gap in (0.0, 4.0, 60.0):
        runs = [(70, 100, 12, "Số 294"), (right + gap - 0.5, 100, 12, "-QĐ/TW")]
        shown[gap] = extract(make_pdf([runs])).text.strip()
    assert shown[0.0] == "Số 294-QĐ/TW"
    assert shown[4.0] == "Số 294 -QĐ/TW"
    assert shown[60.0].startswith("Số 294   ")
    assert shown[60.0].endswith("-QĐ/TW")


def test_a_page_without_text_or_image_is_blank_and_needs_no_ocr() -> None:
    extracted = extract(make_pdf([[], BODY]), ocr="never")
    assert [page.method for page in extracted.pages] == ["empty", "text"]


def test_bad_pdf_is_a_library_error(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\nthis is not a PDF at all")
    with pytest.raises(nq.NghiquyetError, match=r"not a PDF that can be opened") as raised:
        nq.read_document(tmp_path / "bad.pdf")
    assert raised.value.file == str(tmp_path / "bad.pdf")
    with pytest.raises(nq.NghiquyetError, match="ocr must be one of"):
        extract(make_pdf([BODY]), ocr="sometimes")


def test_a_pdf_whose_page_tree_names_a_missing_page_is_a_library_error(tmp_path: Path) -> None:
    data = make_pdf([HEADER, BODY])
    kids = re.search(rb"/Kids\[\s*(\d+) 0 R\s+(\d+) 0 R\s*\]", data)
    assert kids is not None, "two pages in the page tree"
    damaged = data[: kids.start(2)] + b"999" + data[kids.end(2) :]  # the second page is no object of the file
    (tmp_path / "damaged.pdf").write_bytes(damaged)
    with pytest.raises(nq.NghiquyetError, match="cannot all be read"):
        nq.read_document(tmp_path / "damaged.pdf")


def test_a_pdf_without_any_text_is_an_error_not_an_empty_document(tmp_path: Path) -> None:
    (tmp_path / "blank.pdf").write_bytes(make_pdf([[], []]))
    with pytest.raises(nq.FormatError, match="no text found in the PDF"):
        nq.read_document(tmp_path / "blank.pdf")


def test_a_word_broken_at_its_hyphen_is_put_back_together() -> None:
    runs = [
        (70, 100, 12, "Thực hiện Nghị định số 217/2025/NĐ-"),
        (70, 116, 12, "CP ngày 05/8/2025 của Chính phủ về phát triển kinh tế -"),
        (70, 132, 12, "xã hội của tỉnh."),
    ]
    lines = extract(make_pdf([runs])).text.splitlines()
    assert lines == [
        "Thực hiện Nghị định số 217/2025/NĐ-CP",
        "ngày 05/8/2025 của Chính phủ về phát triển kinh tế -",
        "xã hội của tỉnh.",
    ]


def test_a_long_pdf_read_by_several_processes_reads_as_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from nghiquyet.originals import pdf

    # Each page its own words, so that a page read twice, lost or out of order shows.
    pages = [[(70, 100, 12, f"Trang số {n}: mục {n} của văn bản dài."), (70, 140, 12, f"Đoạn {n}.")] for n in range(40)]
    data = make_pdf(pages)
    assert len(pages) >= pdf.PARALLEL_PAGES
    monkeypatch.setattr(pdf.os, "cpu_count", lambda: 2)
    in_parallel = extract(data)
    monkeypatch.setattr(pdf, "PARALLEL_PAGES", len(pages) + 1)
    in_one = extract(data)
    assert in_parallel == in_one
    assert [page.number for page in in_parallel.pages] == list(range(1, 41))
    assert "Trang số 39: mục 39" in in_parallel.text


def test_a_worker_of_a_pool_reads_its_pdf_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from nghiquyet.originals import pdf

    # In a worker of validate_many, the index or Dask, the cores are already taken.
    monkeypatch.setattr(pdf.multiprocessing, "parent_process", lambda: object())
    monkeypatch.setattr(pdf, "ProcessPoolExecutor", None)  # would fail if a pool were made
    pages = [[(70, 100, 12, f"Trang {n}.")] for n in range(pdf.PARALLEL_PAGES)]
    assert "Trang 15." in extract(make_pdf(pages)).text


def test_a_pdf_read_off_the_main_thread_is_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from nghiquyet.originals import pdf

    monkeypatch.setattr(pdf, "ProcessPoolExecutor", None)  # would fail if a pool were made
    pages = [[(70, 100, 12, f"Trang {n}.")] for n in range(pdf.PARALLEL_PAGES)]
    texts: list[str] = []
    reader = threading.Thread(target=lambda: texts.append(extract(make_pdf(pages)).text))
    reader.start()
    reader.join()
    assert "Trang 15." in texts[0]
