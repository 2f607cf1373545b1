"""Lines from positioned pieces: rows by height, columns by gaps, words never run together."""

from __future__ import annotations

from nghiquyet.originals._layout import Piece, drop_running, page_lines


def _piece(text: str, left: float, top: float, width: float | None = None) -> Piece:
    right = left + (width if width is not None else 6 * len(text))
    return Piece(text=text, left=left, right=right, top=top, bottom=top + 12)


def test_touching_ocr_words_stay_apart_touching_pdf_runs_join() -> None:
    pieces = [_piece("TT-BCT", 100, 50), _piece("ngày", 136, 50)]
    assert [line.text.strip() for line in page_lines(pieces, height=800, words=True)] == ["TT-BCT ngày"]
    assert [line.text.strip() for line in page_lines(pieces, height=800)] == ["TT-BCTngày"]


def test_columns_rows_and_order() -> None:
    pieces = [
        _piece("Ngày", 100, 100),
        _piece("ĐẢNG CỘNG SẢN VIỆT NAM", 330, 51),
        _piece("THỊ ỦY THUẬN THÀNH", 60, 50),
        _piece("Số 706-KL/TU", 70, 66),
    ]
    lines = page_lines(pieces, height=800)
    first_columns = [line.text.strip().split("   ")[0] for line in lines]
    assert first_columns == ["THỊ ỦY THUẬN THÀNH", "Số 706-KL/TU", "Ngày"]
    assert lines[0].text.split("   ")[-1].strip() == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert lines[0].top < lines[1].top < lines[2].top


def test_a_line_in_the_body_is_no_running_line() -> None:
    body = page_lines([_piece("Nội dung", 60, 400)], height=800)
    pages = [body, body, body]  # the same text mid-page on every page is the document's, not a footer
    kept, dropped = drop_running(pages)
    assert kept == pages
    assert dropped == []
