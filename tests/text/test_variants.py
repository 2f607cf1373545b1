"""Documents written for these tests in the layouts of real copies, with other content and kinds.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md (the rules
a perfect parser follows) — never taken from the parser's output.
"""

from __future__ import annotations

import datetime

import pytest
from _views import signatures, tasks, word_keys

from nghiquyet import (
    Division,
    DocumentKind,
    DocumentSystem,
    Secrecy,
    SigningAuthority,
    Urgency,
    parse_text,
    to_text,
)

CHI_THI_TWO_COLUMNS = """\
ĐẢNG BỘ TỈNH NGHỆ AN                     ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY NGHỆ AN
      *
Số 12-CT/TU                     Vinh, ngày 3 tháng 2 năm 2026

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy
về tăng cường công tác phòng, chống thiên tai
năm 2026

Thời gian qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đạt nhiều kết quả.

Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu:

1- Các cấp ủy, tổ chức đảng quán triệt sâu sắc nội dung Chỉ thị này.

2- Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát cơ chế, chính sách.

3- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các đoàn thể chính trị - xã hội vận động nhân dân tham gia.

4- Giao Ban Tuyên giáo tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc,
định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

Chỉ thị này được phổ biến đến chi bộ.

                                           T/M BAN THƯỜNG VỤ
Nơi nhận:                                       BÍ THƯ
- Ban Bí thư,
- Văn phòng Trung ương Đảng,             (Đã ký)
- Lưu Văn phòng Tỉnh ủy.
                                         Nguyễn Đức Trung
"""

QUY_CHE_ONE_FIELD_PER_LINE = """\
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY QUẬN BA ĐÌNH
*
Số 05-QC/QU
ĐẢNG CỘNG SẢN VIỆT NAM
Ba Đình, ngày 15 tháng 3 năm 2026

QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ quận
khóa XIII, nhiệm kỳ 2025 - 2030

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành.

Điều 2. Nguyên tắc làm việc
1. Tập trung dân chủ.
2. Đề cao trách nhiệm cá nhân.

Chương II
NHIỆM VỤ, QUYỀN HẠN

Điều 3. Nhiệm vụ của Ban Chấp hành
Lãnh đạo toàn diện các mặt công tác.

Nơi nhận:
- Thành ủy Hà Nội,
- Các đồng chí Quận ủy viên,
- Lưu.

T/M BAN CHẤP HÀNH
BÍ THƯ

Lê Văn Bình
"""

BAO_CAO_MARKDOWN_TABLE = """\
| ĐẢNG BỘ TỈNH QUẢNG NAM<br>HUYỆN ỦY NÚI THÀNH<br>\\* | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| Số 45-BC/HU | Núi Thành, ngày 20 tháng 6 năm 2026 |

**BÁO CÁO**

**sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026**

**I. KẾT QUẢ ĐẠT ĐƯỢC**

**1. Công tác chính trị, tư tưởng**

a) Tổ chức quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.

- Mở 12 lớp học tập.

b) Công tác tuyên truyền được đẩy mạnh.

**2. Công tác tổ chức, cán bộ**

Kiện toàn 5 cấp ủy cơ sở.

**II. PHƯƠNG HƯỚNG NHIỆM VỤ**

Tiếp tục thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương.

**Nơi nhận:**
- Ban Thường vụ Tỉnh ủy,
- Lưu VP.

**K/T BÍ THƯ**
**PHÓ BÍ THƯ**

**Trần Văn Nam**
"""

THONG_BAO_OCR_DAMAGED = """\
ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ HOẰNG HÓA
*
Sô 21-TB/ĐU
ĐÁNG CỘNG SÁN VIỆT NAM
Hoằng Hóa, ngày 10 tháng 11 năm 2025

THÔNG BÁO
KÉT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
về công tác chuẩn bị Đại hội chi bộ

Ngày 8/11/2025, Ban Thường vụ Đảng ủy họp, kết luận như sau:

1. Giao Văn phòng Đảng ủy tham mưu kế hoạch tổ chức.

2. Ủy ban nhân dân xã có trách nhiệm bố trí kinh phí.

3. Đề nghị Ủy ban Mặt trận Tổ quốc xã phối hợp tuyên truyền.

Nơi nhận:
- Ban Thường vụ Huyện ủy,
- Lưu VP.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Phạm Thị Hoa
"""

CONG_VAN = """\
ĐẢNG BỘ TỈNH ĐỒNG NAI                      ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC TỈNH ỦY
        *                                  Biên Hòa, ngày 05 tháng 01 năm 2026
Số 310-CV/BTCTU
V/v báo cáo số lượng đảng viên

Kính gửi: Các huyện ủy, thành ủy trực thuộc Tỉnh ủy.

Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 10/12/2025 của Ban Tổ chức Trung ương,
Ban Tổ chức Tỉnh ủy đề nghị các đơn vị báo cáo trước ngày 15/01/2026.

Nơi nhận:                                  K/T TRƯỞNG BAN
- Như trên,                                 PHÓ TRƯỞNG BAN
- Lưu VT.
                                            Đỗ Văn Hùng
"""

HUONG_DAN_BLANK_NUMBER = """\
BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
*
Số    -HD/BTGTW              Hà Nội, ngày    tháng 4 năm 2026

HƯỚNG DẪN
tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng

I- MỤC ĐÍCH, YÊU CẦU

1- Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng.

II- NỘI DUNG TUYÊN TRUYỀN

1- Lịch sử Đảng.

2- Thành tựu đổi mới.

III- TỔ CHỨC THỰC HIỆN

Các ban tuyên giáo tỉnh ủy, thành ủy hướng dẫn tổ chức thực hiện.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn Hải
"""

STATE_DECISION = """\
ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH ĐỊNH                      Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND                 Bình Định, ngày 07 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:                            TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                         KT. CHỦ TỊCH
- Lưu: VT.                            PHÓ CHỦ TỊCH

                                      Lâm Hải Giang
"""

KET_LUAN_UNNUMBERED = """\
ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY YÊN THẾ
*
Số 88-KL/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Thế, ngày 2 tháng 5 năm 2026

KẾT LUẬN
của Ban Thường vụ Huyện ủy về công tác cán bộ

Ban Thường vụ Huyện ủy thống nhất chủ trương điều động đồng chí Hà Văn Tú.

Giao Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy thực hiện.

Nơi nhận:
- Như trên,
- Lưu.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Ngô Văn Dũng
"""

KET_LUAN_OCR_ONE_LINE_HEADER = """\
[OCR] [trang 1-2]
TÍNH ỦY HÀ GIANG ĐÁNG CỘNG SÁN VIỆT NAM
*
Sô 07-KL/TU Hà Giang, ngày 14 tháng 8 năm 2025
KÉT LUẬN
của Ban Thường vụ Tỉnh ủy về phát triển du lịch

===== Trang 1 =====
I. KẾT QUẢ

Du lịch tăng trưởng khá.

II. NHIỆM VỤ

1. Ủy ban nhân dân tỉnh có trách nhiệm xây dựng đề án.
2. Sở Văn hóa chủ trì tham mưu tổ chức sự kiện.

Nơi nhân: T/M BAN THƯỜNG VỤ
- Ban Bí thư, BÍ THƯ
- Lưu.
Nguyễn Văn Sơn
"""

JOINT_GUIDE_FROM_1_1 = """\
ĐẢNG BỘ TỈNH LONG AN
BAN THƯỜNG VỤ TỈNH ĐOÀN                ĐẢNG CỘNG SẢN VIỆT NAM
       *
Số 03-HD/TĐTN-BTG                 Tân An, ngày 2 tháng 3 năm 2026
                                       MẬT
                                      HỎA TỐC
HƯỚNG DẪN LIÊN TỊCH
về tổ chức tháng thanh niên

1.1. Mục đích

Phát huy vai trò thanh niên.

1.2. Yêu cầu

Thiết thực, hiệu quả.

2.1. Nội dung

Ra quân tình nguyện.

T/M BAN THƯỜNG VỤ TỈNH ĐOÀN          T/M BAN TUYÊN GIÁO TỈNH ỦY
BÍ THƯ                                TRƯỞNG BAN

Lê Văn Tâm                            Võ Thị Hằng
"""

NGHI_QUYET_FLATTENED_CELLS = """\
|
**ĐẢNG BỘ TỈNH
BẮC NINH**
**HUYỆN ỦY GIA BÌNH**
*
Số 120-NQ/HU
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
*Gia Bình, ngày 09
tháng 9 năm 2025 *
|

**NGHỊ QUYẾT**

**HỘI NGHỊ LẦN THỨ MƯỜI BA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XX**

**về chuyển đổi số**

**PHẦN THỨ NHẤT**

**TÌNH HÌNH**

Đạt nhiều kết quả.

**PHẦN THỨ HAI**

**NHIỆM VỤ**

Tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị.

|
__Nơi nhận__:
- Tỉnh ủy Bắc Ninh,
- Lưu VP.
|
**T/M HUYỆN ỦY**
**BÍ THƯ**
**Nguyễn Văn A**
|
"""


NGHI_QUYET_NUMERIC_DATE_PARTS_AND_NESTED_MARKS = """\
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY BỘ Y TẾ
*                                   Hà Nội, ngày 05/01/2026
Số: 15 – NQ/ĐU
                                              KHẨN
NGHỊ QUYẾT
VỀ NHIỆM VỤ TRỌNG TÂM NĂM 2026
CỦA ĐẢNG BỘ BỘ Y TẾ

Phần I
ĐÁNH GIÁ KẾT QUẢ

Mục 1. Kết quả

a- Công tác chính trị tư tưởng đạt kết quả tốt.

b- Công tác tổ chức xây dựng Đảng.

Phần II
NHIỆM VỤ NĂM 2026

(1) Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

(2) Giao Ban Tổ chức Đảng ủy chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy tham mưu thực hiện,
báo cáo kết quả trước ngày 30/6/2026.

Nơi nhận:
- Đảng ủy Khối,
- Các chi bộ trực thuộc,
- Lưu VPĐU.

TM. BAN CHẤP HÀNH
K/T BÍ THƯ
PHÓ BÍ THƯ THƯỜNG TRỰC
[đã ký]
Trần Thị Mai
"""

CHUONG_TRINH_MARKDOWN = """\
# ĐẢNG BỘ TỈNH HẢI DƯƠNG

**BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN NAM SÁCH**

\\*

Số 210-CTr/HU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Nam Sách, ngày 18 tháng 10 năm 2025*

**CHƯƠNG TRÌNH HÀNH ĐỘNG**

**thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII**

**I. MỤC TIÊU**

Phấn đấu hoàn thành các chỉ tiêu.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Về xây dựng Đảng**

\\- Thực hiện Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương.

\\- Đảng ủy các xã có trách nhiệm chỉ đạo chi bộ.

**III. TỔ CHỨC THỰC HIỆN**

1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch.

2. Ủy ban Kiểm tra Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc.

**Nơi nhận:**

-   Ban Thường vụ Tỉnh ủy,
-   Lưu VP.

**T/M HUYỆN ỦY**

**BÍ THƯ**

**Phạm Văn Long**
"""


KET_LUAN_MARKDOWN_HEADINGS = """\
| ĐẢNG BỘ TỈNH GIA LAI | ĐẢNG CỘNG SẢN VIỆT NAM |
| --- | --- |
| **BAN THƯỜNG VỤ TỈNH ỦY** | |
| \\* | |
| Số 150-KL/TU | *Gia Lai, ngày 12 tháng 9 năm 2025* |

# KẾT LUẬN

## của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo bền vững

Tại cuộc họp ngày 10/9/2025, sau khi nghe Ban Cán sự đảng Ủy ban nhân dân tỉnh báo cáo,
Ban Thường vụ Tỉnh ủy kết luận như sau:

## I. ĐÁNH GIÁ CHUNG

Công tác giảm nghèo đạt kết quả quan trọng.

## II. NHIỆM VỤ THỜI GIAN TỚI

### 1. Ban Cán sự đảng Ủy ban nhân dân tỉnh

Chỉ đạo Ủy ban nhân dân tỉnh rà soát chính sách.

### 2. Các huyện ủy, thị ủy, thành ủy

Tăng cường lãnh đạo thực hiện.

### 3. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.

**Nơi nhận:**

- Ban Bí thư (để báo cáo),
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

**T/L BAN THƯỜNG VỤ**
**CHÁNH VĂN PHÒNG**

*(Đã ký)*

**Lê Văn Hùng**
"""


QUY_DINH_MOTTO_FIRST_PARTS_IN_WORDS = """\
ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY PHƯỜNG 1
*
Số 07-QĐ/ĐU
Đà Lạt, ngày 3 tháng 7 năm 2025

QUY ĐỊNH
về chức năng, nhiệm vụ của Ủy ban Kiểm tra Đảng ủy phường

Phần thứ nhất
QUY ĐỊNH CHUNG

Điều 1. Phạm vi áp dụng

Quy định này áp dụng đối với Ủy ban Kiểm tra.

Phần thứ hai
NHIỆM VỤ

Điều 2. Nhiệm vụ

Ủy ban Kiểm tra Đảng ủy phường có trách nhiệm tham mưu cho Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

Võ Văn Tân
"""

STATE_DECREE = """\
CHÍNH PHỦ
-------
Số: 45/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 10 tháng 3 năm 2025

NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Cán bộ, công chức

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

Chính phủ ban hành Nghị định quy định chi tiết.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định chi tiết.

Chương II
ĐIỀU KHOẢN THI HÀNH

Điều 2. Hiệu lực thi hành

Nghị định này có hiệu lực từ ngày ký.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT, TCCV (2b).

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Hòa Bình
"""


def _top(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(b.label, b.heading) for b in doc.body if isinstance(b, Division)]


def test_chi_thi_of_a_provincial_committee_with_dash_items_and_requests() -> None:
    doc = parse_text(CHI_THI_TWO_COLUMNS)
    assert doc.kind is DocumentKind.CHI_THI
    assert str(doc.notation) == "12-CT/TU"
    assert doc.issuer is not None
    assert doc.issuer.name == "TỈNH ỦY NGHỆ AN"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH NGHỆ AN"
    assert (doc.place, doc.date) == ("Vinh", datetime.date(2026, 2, 3))
    assert doc.subject == "về tăng cường công tác phòng, chống thiên tai năm 2026"
    # "1-" items have no heading: each is headed by its first sentence, tasks included
    assert [label for label, _ in _top(doc)] == ["1", "2", "3", "4"]
    assert _top(doc)[2][1] == (
        "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các đoàn thể chính trị - xã hội vận động nhân dân tham gia."
    )
    assert tasks(doc) == [
        (["Ủy ban Mặt trận Tổ quốc tỉnh", "các đoàn thể chính trị - xã hội"], []),
        (["Ban Tuyên giáo tỉnh ủy"], ["Văn phòng Tỉnh ủy"]),
    ]
    assert [r.name for r in doc.recipients] == ["Ban Bí thư", "Văn phòng Trung ương Đảng", "Lưu Văn phòng Tỉnh ủy"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Đức Trung")]


def test_a_task_heading_is_printed_once() -> None:
    doc = parse_text(CHI_THI_TWO_COLUMNS)
    text = to_text(doc)
    assert text.count("Giao Ban Tuyên giáo tỉnh ủy chủ trì") == 1
    assert parse_text(text).body == doc.body


def test_quy_che_with_chapters_and_articles_header_one_field_per_line() -> None:
    doc = parse_text(QUY_CHE_ONE_FIELD_PER_LINE)
    assert doc.kind is DocumentKind.QUY_CHE
    assert str(doc.notation) == "05-QC/QU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY QUẬN BA ĐÌNH"
    assert (doc.place, doc.date) == ("Ba Đình", datetime.date(2026, 3, 15))
    assert _top(doc) == [("I", "QUY ĐỊNH CHUNG"), ("II", "NHIỆM VỤ, QUYỀN HẠN")]
    outline = [d.label for d in doc.divisions()]
    assert outline == ["I", "1", "2", "1", "2", "II", "3"]
    assert [r.name for r in doc.recipients] == ["Thành ủy Hà Nội", "Các đồng chí Quận ủy viên", "Lưu"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN CHẤP HÀNH", "BÍ THƯ", "Lê Văn Bình")]


def test_bao_cao_in_a_markdown_table_with_br_and_four_levels() -> None:
    doc = parse_text(BAO_CAO_MARKDOWN_TABLE)
    assert doc.kind is DocumentKind.BAO_CAO
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY NÚI THÀNH"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH QUẢNG NAM"
    assert (doc.place, doc.date) == ("Núi Thành", datetime.date(2026, 6, 20))
    assert doc.subject == "sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026"
    assert _top(doc) == [("I", "KẾT QUẢ ĐẠT ĐƯỢC"), ("II", "PHƯƠNG HƯỚNG NHIỆM VỤ")]
    assert [d.label for d in doc.divisions()] == ["I", "1", "a", "b", "2", "II"]
    dated = sorted((str(r.notation), r.date) for r in doc.references())
    assert dated == [("21-KL/TW", datetime.date(2021, 10, 25)), ("57-NQ/TW", datetime.date(2024, 12, 22))]
    assert signatures(doc) == [(SigningAuthority.KT, "BÍ THƯ", "PHÓ BÍ THƯ", "Trần Văn Nam")]


def test_thong_bao_ket_luan_with_ocr_damage_in_the_header() -> None:
    doc = parse_text(THONG_BAO_OCR_DAMAGED)
    assert doc.kind is DocumentKind.THONG_BAO
    assert str(doc.notation) == "21-TB/ĐU"  # "Sô 21-TB/ĐU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ HOẰNG HÓA"
    assert doc.subject == "về công tác chuẩn bị Đại hội chi bộ"
    assert tasks(doc) == [
        (["Văn phòng Đảng ủy"], []),
        (["Ủy ban nhân dân xã"], []),
        (["Ủy ban Mặt trận Tổ quốc xã"], []),
    ]
    assert signatures(doc) == [(SigningAuthority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Phạm Thị Hoa")]


def test_cong_van_with_v_v_and_recipients_beside_the_signature() -> None:
    doc = parse_text(CONG_VAN)
    assert doc.kind is DocumentKind.CONG_VAN
    assert str(doc.notation) == "310-CV/BTCTU"
    assert doc.subject == "V/v báo cáo số lượng đảng viên"
    assert (doc.place, doc.date) == ("Biên Hòa", datetime.date(2026, 1, 5))
    ((notation, date),) = [(str(r.notation), r.date) for r in doc.references()]
    assert (notation, date) == ("12-HD/BTCTW", datetime.date(2025, 12, 10))
    assert [r.name for r in doc.recipients] == ["Như trên", "Lưu VT"]
    assert signatures(doc) == [(SigningAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đỗ Văn Hùng")]


def test_huong_dan_with_blank_number_and_day() -> None:
    doc = parse_text(HUONG_DAN_BLANK_NUMBER)
    assert doc.kind is DocumentKind.HUONG_DAN
    assert doc.notation is not None
    assert doc.notation.number is None
    assert str(doc.notation) == "-HD/BTGTW"
    assert doc.date is None
    assert doc.place == "Hà Nội"
    assert _top(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG TUYÊN TRUYỀN"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert [d.label for d in doc.divisions()] == ["I", "1", "II", "1", "2", "III"]


def test_state_decision_with_tm_and_kt() -> None:
    doc = parse_text(STATE_DECISION)
    assert doc.system is DocumentSystem.STATE
    assert doc.kind is DocumentKind.QUYET_DINH
    assert str(doc.notation) == "12/QĐ-UBND"
    assert (doc.place, doc.date) == ("Bình Định", datetime.date(2026, 1, 7))
    assert [label for label, _ in _top(doc)] == ["1", "2"]
    assert [r.name for r in doc.recipients] == ["Như Điều 2", "Lưu: VT"]
    # the outer authority is the signature's; "KT. CHỦ TỊCH" is the inner mark
    assert signatures(doc) == [(SigningAuthority.STATE_TM, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lâm Hải Giang")]


def test_a_document_without_numbered_divisions() -> None:
    doc = parse_text(KET_LUAN_UNNUMBERED)
    assert not list(doc.divisions())
    assert tasks(doc) == [(["Ban Tổ chức Huyện ủy"], ["Văn phòng Huyện ủy"])]
    assert doc.subject == "về công tác cán bộ"


def test_ocr_one_line_header_and_columns_joined_by_one_space() -> None:
    doc = parse_text(KET_LUAN_OCR_ONE_LINE_HEADER)
    assert doc.kind is DocumentKind.KET_LUAN  # "KÉT LUẬN"
    assert str(doc.notation) == "07-KL/TU"
    assert (doc.place, doc.date) == ("Hà Giang", datetime.date(2025, 8, 14))
    assert _top(doc) == [("I", "KẾT QUẢ"), ("II", "NHIỆM VỤ")]
    assert tasks(doc) == [(["Ủy ban nhân dân tỉnh"], []), (["Sở Văn hóa"], [])]
    assert [r.name for r in doc.recipients] == ["Ban Bí thư", "Lưu"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Sơn")]


def test_joint_guide_numbered_from_1_1_with_marks_and_two_signatures() -> None:
    doc = parse_text(JOINT_GUIDE_FROM_1_1)
    assert doc.kind is DocumentKind.HUONG_DAN
    assert doc.title == "HƯỚNG DẪN LIÊN TỊCH"
    assert doc.subject == "về tổ chức tháng thanh niên"
    assert (doc.secrecy, doc.urgency) == (Secrecy.MAT, Urgency.HOA_TOC)
    assert [label for label, _ in _top(doc)] == ["1.1", "1.2", "2.1"]
    assert signatures(doc) == [
        (SigningAuthority.TM, "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Lê Văn Tâm"),
        (SigningAuthority.TM, "BAN TUYÊN GIÁO TỈNH ỦY", "TRƯỞNG BAN", "Võ Thị Hằng"),
    ]


def test_flattened_table_cells_parts_in_words_and_a_conference_in_words() -> None:
    doc = parse_text(NGHI_QUYET_FLATTENED_CELLS)
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY GIA BÌNH"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH BẮC NINH"
    assert (doc.place, doc.date) == ("Gia Bình", datetime.date(2025, 9, 9))
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (13, "XX")
    assert doc.subject == "về chuyển đổi số"
    assert _top(doc) == [("THỨ NHẤT", "TÌNH HÌNH"), ("THỨ HAI", "NHIỆM VỤ")]
    assert [r.name for r in doc.recipients] == ["Tỉnh ủy Bắc Ninh", "Lưu VP"]
    assert signatures(doc) == [(SigningAuthority.TM, "HUYỆN ỦY", "BÍ THƯ", "Nguyễn Văn A")]


def test_numeric_date_parts_sections_letters_and_parenthesised_numbers() -> None:
    doc = parse_text(NGHI_QUYET_NUMERIC_DATE_PARTS_AND_NESTED_MARKS)
    assert doc.kind is DocumentKind.NGHI_QUYET
    assert str(doc.notation) == "15-NQ/ĐU"  # "Số: 15 – NQ/ĐU"
    assert (doc.place, doc.date) == ("Hà Nội", datetime.date(2026, 1, 5))  # "ngày 05/01/2026"
    assert doc.urgency is Urgency.KHAN
    assert _top(doc) == [("I", "ĐÁNH GIÁ KẾT QUẢ"), ("II", "NHIỆM VỤ NĂM 2026")]
    assert [d.label for d in doc.divisions()] == ["I", "1", "a", "b", "II", "1", "2"]
    (task,) = doc.tasks()
    assert ([b.name for b in task.lead], [b.name for b in task.partners]) == (
        ["Ban Tổ chức Đảng ủy"],
        ["Ủy ban Kiểm tra Đảng ủy"],
    )
    assert task.deadline is not None
    assert task.deadline.date == datetime.date(2026, 6, 30)
    # the outer mark is the signature's authority; "K/T BÍ THƯ" is kept as a note
    assert signatures(doc) == [(SigningAuthority.STATE_TM, "BAN CHẤP HÀNH", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Thị Mai")]


def test_chuong_trinh_hanh_dong_in_markdown_with_escaped_bullets() -> None:
    doc = parse_text(CHUONG_TRINH_MARKDOWN)
    assert doc.kind is DocumentKind.CHUONG_TRINH
    assert doc.title == "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    assert doc.subject == "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
    assert doc.conference is None  # a congress (Đại hội) is not a numbered Hội nghị
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN NAM SÁCH"
    assert _top(doc) == [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert [d.label for d in doc.divisions()] == ["I", "II", "1", "III", "1", "2"]
    assert [(str(r.notation), r.date) for r in doc.references()] == [("21-KL/TW", datetime.date(2021, 10, 25))]
    # "Các cấp ủy, tổ chức đảng xây dựng …" assigns to everyone without Giao/Đề nghị: not a task
    assert tasks(doc) == [(["Đảng ủy các xã"], []), (["Ủy ban Kiểm tra Huyện ủy"], ["Văn phòng Huyện ủy"])]
    assert signatures(doc) == [(SigningAuthority.TM, "HUYỆN ỦY", "BÍ THƯ", "Phạm Văn Long")]


def test_ket_luan_with_markdown_headings_and_a_table_header() -> None:
    doc = parse_text(KET_LUAN_MARKDOWN_HEADINGS)
    assert doc.kind is DocumentKind.KET_LUAN
    assert str(doc.notation) == "150-KL/TU"
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN THƯỜNG VỤ TỈNH ỦY"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH GIA LAI"
    assert (doc.place, doc.date) == ("Gia Lai", datetime.date(2025, 9, 12))
    assert doc.subject == "về công tác giảm nghèo bền vững"  # without the "của Ban Thường vụ Tỉnh ủy" author
    assert _top(doc) == [("I", "ĐÁNH GIÁ CHUNG"), ("II", "NHIỆM VỤ THỜI GIAN TỚI")]
    assert [d.label for d in doc.divisions()] == ["I", "II", "1", "2", "3"]
    # a heading that assigns work is a task too
    assert tasks(doc) == [(["Văn phòng Tỉnh ủy"], [])]
    assert [(r.name, r.purpose) for r in doc.recipients] == [
        ("Ban Bí thư", "để báo cáo"),
        ("Các đồng chí Tỉnh ủy viên", None),
        ("Lưu Văn phòng Tỉnh ủy", None),
    ]
    assert signatures(doc) == [(SigningAuthority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Văn Hùng")]


def test_quy_dinh_with_the_motto_first_and_parts_in_lower_case_words() -> None:
    doc = parse_text(QUY_DINH_MOTTO_FIRST_PARTS_IN_WORDS)
    assert doc.kind is DocumentKind.QUY_DINH  # printed QĐ, titled QUY ĐỊNH
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY PHƯỜNG 1"
    assert (doc.place, doc.date) == ("Đà Lạt", datetime.date(2025, 7, 3))
    assert [(d.label.upper(), d.heading) for d in doc.body if isinstance(d, Division)] == [
        ("THỨ NHẤT", "QUY ĐỊNH CHUNG"),
        ("THỨ HAI", "NHIỆM VỤ"),
    ]
    assert tasks(doc) == [(["Ủy ban Kiểm tra Đảng ủy phường"], [])]
    assert doc.recipients == ()
    assert signatures(doc) == [(SigningAuthority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Võ Văn Tân")]


def test_a_state_decree_is_read_as_far_as_it_goes() -> None:
    doc = parse_text(STATE_DECREE)
    assert doc.system is DocumentSystem.STATE
    assert doc.kind is DocumentKind.NGHI_DINH  # a state kind, by the code its notation prints (NĐ)
    assert doc.title == "NGHỊ ĐỊNH"
    assert doc.subject == "Quy định chi tiết một số điều của Luật Cán bộ, công chức"
    assert str(doc.notation) == "45/2025/NĐ-CP"
    assert (doc.place, doc.date) == ("Hà Nội", datetime.date(2025, 3, 10))
    assert _top(doc) == [("I", "NHỮNG QUY ĐỊNH CHUNG"), ("II", "ĐIỀU KHOẢN THI HÀNH")]
    assert [str(r.notation) for r in doc.references()] == ["63/2025/QH15"]
    assert [r.name for r in doc.recipients] == ["Ban Bí thư Trung ương Đảng", "Lưu: VT, TCCV"]
    assert signatures(doc) == [(SigningAuthority.STATE_TM, "CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình")]
    assert any("state document" in w.message for w in doc.warnings)


ALL = [
    CHI_THI_TWO_COLUMNS,
    QUY_CHE_ONE_FIELD_PER_LINE,
    BAO_CAO_MARKDOWN_TABLE,
    THONG_BAO_OCR_DAMAGED,
    CONG_VAN,
    HUONG_DAN_BLANK_NUMBER,
    STATE_DECISION,
    KET_LUAN_UNNUMBERED,
    KET_LUAN_OCR_ONE_LINE_HEADER,
    JOINT_GUIDE_FROM_1_1,
    NGHI_QUYET_FLATTENED_CELLS,
    NGHI_QUYET_NUMERIC_DATE_PARTS_AND_NESTED_MARKS,
    CHUONG_TRINH_MARKDOWN,
    KET_LUAN_MARKDOWN_HEADINGS,
    QUY_DINH_MOTTO_FIRST_PARTS_IN_WORDS,
    STATE_DECREE,
]


def test_no_word_of_the_variants_is_lost() -> None:
    for text in ALL:
        source = "\n".join(
            line for line in text.replace("<br>", " ").split("\n") if not line.startswith(("=====", "[OCR]"))
        )
        missing = word_keys(source) - word_keys(to_text(parse_text(text)))
        assert not missing, (dict(missing), text[:40])


def test_a_topic_before_a_colon_heads_the_item_and_a_label_before_a_colon_does_not() -> None:
    doc = parse_text(
        "KẾT LUẬN\nvề một số vấn đề\n\n"
        "1. Về quốc phòng: Giữ vững ổn định chính trị. Tăng cường tuần tra.\n\n"
        "2. Điều 3: Về quyền của đảng viên\n\nĐảng viên có quyền được thông tin.\n"
    )
    first, second = doc.body
    assert isinstance(first, Division)
    assert first.heading == "Về quốc phòng:"
    assert [getattr(b, "text", None) for b in first.children] == ["Giữ vững ổn định chính trị. Tăng cường tuần tra."]
    assert isinstance(second, Division)
    assert second.heading == "Điều 3: Về quyền của đảng viên"


_SHORT_HEADER = "ĐẢNG BỘ TỈNH AN GIANG\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 12-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
_SHORT_HEADER += "Châu Thành, ngày 1 tháng 2 năm 2026\n\n"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        (
            "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\ntại buổi làm việc với Đảng ủy xã Hòa Bình",
            "tại buổi làm việc với Đảng ủy xã Hòa Bình",
        ),
        (
            "THÔNG BÁO\nKết luận của Thường trực Huyện ủy về công tác cán bộ",
            "về công tác cán bộ",
        ),
        ("THÔNG BÁO KẾT LUẬN\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ CÔNG TÁC CÁN BỘ", "VỀ CÔNG TÁC CÁN BỘ"),
        # "CỦA BỘ CHÍNH TRỊ" belongs to the cited Chỉ thị here, not to the author
        (
            "BÁO CÁO\nKẾT QUẢ 5 NĂM THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW\nCỦA BỘ CHÍNH TRỊ",
            "KẾT QUẢ 5 NĂM THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ",
        ),
    ],
)
def test_the_author_line_is_not_the_subject(title: str, subject: str) -> None:
    doc = parse_text(f"{_SHORT_HEADER}{title}\n\nNội dung văn bản.\n\n1. Mục một.\n")
    assert doc.subject == subject


_BODY = "KẾT LUẬN\nvề công tác cán bộ\n\n1. Nội dung một.\n\n"


@pytest.mark.parametrize(
    "closing",
    [
        # one table row, cells broken with <br>
        "| **Nơi nhận:**<br>- Ban Thường vụ Tỉnh ủy,<br>- Lưu VP. "
        "| **T/M BAN THƯỜNG VỤ**<br>**PHÓ BÍ THƯ**<br><br>**Nguyễn Văn Bình** |\n|---|---|\n",
        # one row per line of each column
        "| **Nơi nhận:** | **T/M BAN THƯỜNG VỤ** |\n|---|---|\n| - Ban Thường vụ Tỉnh ủy, | **PHÓ BÍ THƯ** |\n"
        "| - Lưu VP. | |\n| | **Nguyễn Văn Bình** |\n",
        # pdftotext -layout
        "Nơi nhận:                              T/M BAN THƯỜNG VỤ\n"
        "- Ban Thường vụ Tỉnh ủy,                   PHÓ BÍ THƯ\n"
        "- Lưu VP.\n\n                                       Nguyễn Văn Bình\n",
    ],
)
def test_recipients_and_signature_side_by_side_in_a_table(closing: str) -> None:
    doc = parse_text(_BODY + closing)
    assert [r.name for r in doc.recipients] == ["Ban Thường vụ Tỉnh ủy", "Lưu VP"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Bình")]
