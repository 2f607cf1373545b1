"""Fixtures the tests make themselves: PDFs with a real text layer (pypdfium2 and a
TrueType font with Vietnamese letters from the system), and PNG images of their pages."""

from __future__ import annotations

import ctypes
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2", reason="the originals extra is not installed")
pdfium_c = pytest.importorskip("pypdfium2.raw")

FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
)

#: (x, y from the top, type size, text) on an A4 page of 595 x 842 points.
Run = tuple[float, float, float, str]


def font_bytes() -> bytes:
    for name in FONTS:
        if Path(name).is_file():
            return Path(name).read_bytes()
    pytest.skip("no TrueType font with Vietnamese letters (DejaVu or Liberation) to write a test PDF with")


def make_pdf(pages: Sequence[Sequence[Run]]) -> bytes:
    """A PDF whose pages carry the runs as text objects (a real text layer)."""
    data = font_bytes()
    document = pdfium.PdfDocument.new()
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = pdfium_c.FPDFText_LoadFont(document.raw, buffer, len(data), pdfium_c.FPDF_FONT_TRUETYPE, True)
    for runs in pages:
        page = document.new_page(595, 842)
        for x, y, size, text in runs:
            obj = pdfium_c.FPDFPageObj_CreateTextObj(document.raw, font, size)
            wide = (text + "\0").encode("utf-16-le")
            pdfium_c.FPDFText_SetText(
                obj, ctypes.cast(ctypes.create_string_buffer(wide), ctypes.POINTER(ctypes.c_ushort))
            )
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, 842 - y)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = _Sink()
    document.save(out)
    pdfium_c.FPDFFont_Close(font)
    return bytes(out.data)


class _Sink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk
        return len(chunk)


def make_png(pdf: bytes, *, dpi: int = 300) -> bytes:
    """The first page of ``pdf`` as a greyscale PNG image (a "scan" with no text layer)."""
    document = pdfium.PdfDocument(pdf)
    bitmap = document[0].render(scale=dpi / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    rows = b"".join(b"\0" + raw[row * stride : row * stride + width] for row in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


#: A short Party document: a two-column header, numbered divisions, the Nơi nhận beside the signature.
HEADER: list[Run] = [
    (70, 60, 12, "ĐẢNG BỘ TỈNH BẮC NINH"),
    (340, 60, 12, "ĐẢNG CỘNG SẢN VIỆT NAM"),
    (90, 76, 12, "THỊ ỦY THUẬN THÀNH"),
    (150, 92, 12, "*"),
    (95, 108, 12, "Số 706-KL/TU"),
    (320, 108, 12, "Thuận Thành, ngày 06 tháng 10 năm 2023"),
    (260, 150, 14, "KẾT LUẬN"),
    (150, 168, 12, "về công tác chuyển đổi số trên địa bàn thị xã"),
]
BODY: list[Run] = [
    (70, 200, 12, "I. ĐÁNH GIÁ TÌNH HÌNH"),
    (70, 218, 12, "Ban Thường vụ Thị ủy đánh giá cao kết quả thực hiện Nghị quyết số 12-NQ/TU"),
    (70, 234, 12, "ngày 15/3/2022 của Ban Chấp hành Đảng bộ tỉnh."),
    (70, 252, 12, "II. NHIỆM VỤ THỜI GIAN TỚI"),
    (70, 270, 12, "1. Ủy ban nhân dân thị xã chỉ đạo hoàn thành các chỉ tiêu trong năm 2024."),
]
CLOSING: list[Run] = [
    (70, 320, 12, "Nơi nhận:"),
    (360, 320, 12, "T/M BAN THƯỜNG VỤ"),
    (70, 336, 12, "- Ban Thường vụ Tỉnh ủy,"),
    (380, 336, 12, "BÍ THƯ"),
    (70, 352, 12, "- Lưu Văn phòng Thị ủy."),
    (365, 400, 12, "Nguyễn Văn An"),
]
