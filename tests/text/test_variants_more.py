"""A second round of documents written for these tests, in kinds and layouts the first did not cover.

Every expectation is read off the text by hand, following ../shared/corpus/FACTS.md (the rules
a perfect parser follows) — never taken from the parser's output.
"""

from __future__ import annotations

import datetime

import pytest
from _views import signatures, tasks, word_keys

from nghiquyet import Division, DocumentKind, SigningAuthority, Table, parse_text, to_text
from nghiquyet.text.normalize import fold

BAO_CAO_WITH_A_TABLE_OF_FIGURES = """\
ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY CAN LỘC
*
Số 118-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Can Lộc, ngày 28 tháng 10 năm 2026

BÁO CÁO
kết quả công tác phát triển đảng viên 9 tháng năm 2026

I. KẾT QUẢ THỰC HIỆN

1. Công tác tạo nguồn

Thực hiện Chỉ thị số 28-CT/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy, các tổ chức cơ sở đảng đã rà soát,
lập danh sách quần chúng ưu tú.

2. Kết quả kết nạp đảng viên

| TT | Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Đảng bộ xã Thiên Lộc | 12 | 10 | 83,3 |
| 2 | Đảng bộ xã Vượng Lộc | 15 | 16 | 106,7 |
| 3 | Chi bộ Công an huyện | 5 | 5 | 100 |
|  | Tổng cộng | 32 | 31 | 96,9 |

II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM

1. Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy hướng dẫn các chi bộ hoàn thiện hồ sơ.

2. Đề nghị Đảng ủy các xã đẩy mạnh phát triển đảng viên ở thôn, xóm chưa có chi bộ.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (để b/c),
- Ban Tổ chức Tỉnh ủy (để b/c),
- Các tổ chức cơ sở đảng (để thực hiện),
- Lưu Văn phòng Huyện ủy.

T/L BAN THƯỜNG VỤ
PHÓ CHÁNH VĂN PHÒNG
PHỤ TRÁCH

Nguyễn Thị Lan
"""

QUY_CHE_PHOI_HOP_OF_TWO_ISSUERS = """\
TỈNH ỦY BẮC GIANG                 TỈNH ỦY BẮC GIANG             ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC                       BAN DÂN VẬN
     *                                 *                  Bắc Giang, ngày 14 tháng 7 năm 2026
Số 05-QC/BTCTU-BDVTU

QUY CHẾ PHỐI HỢP
giữa Ban Tổ chức Tỉnh ủy và Ban Dân vận Tỉnh ủy
trong công tác cán bộ

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định nguyên tắc, nội dung phối hợp giữa hai ban.

Điều 2. Nguyên tắc phối hợp

1. Bảo đảm sự lãnh đạo của Ban Thường vụ Tỉnh ủy.

2. Chủ động, thường xuyên trao đổi thông tin.

Điều 3. Tổ chức thực hiện

Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Dân vận Tỉnh ủy định kỳ sơ kết việc thực hiện Quy chế.

  K/T TRƯỞNG BAN DÂN VẬN                      K/T TRƯỞNG BAN TỔ CHỨC
      PHÓ TRƯỞNG BAN                              PHÓ TRƯỞNG BAN

        (Đã ký)                                      (Đã ký)

     Hoàng Văn Tú                                 Ngô Thị Mai

Nơi nhận:
- Thường trực Tỉnh ủy (để b/c),
- Các huyện ủy, thành ủy,
- Lưu BTC, BDV.
"""

TO_TRINH = """\
ĐẢNG BỘ TỈNH TÂY NINH
ĐẢNG ỦY XÃ MỸ YÊN
*
Số 07-TTr/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Mỹ Yên, ngày 02 tháng 9 năm 2026

TỜ TRÌNH
về việc đề nghị chuẩn y bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã
nhiệm kỳ 2025 - 2030

Kính gửi: Ban Thường vụ Tỉnh ủy Tây Ninh.

Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra,
giám sát và kỷ luật của Đảng;

Đảng ủy xã kính trình Ban Thường vụ Tỉnh ủy xem xét, chuẩn y các đồng chí sau:

1. Đồng chí Lê Văn Phúc, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.

2. Đồng chí Trần Thị Hồng, cán bộ Văn phòng Đảng ủy xã.

Kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định.

Nơi nhận:
- Như trên,
- Lưu VP.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ

Trần Minh Tâm
"""

THONG_TRI = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM
           *
Số 08-TT/TW                       Hà Nội, ngày 10 tháng 5 năm 2026

THÔNG TRI
về lãnh đạo tổ chức kỷ niệm 101 năm Ngày Báo chí cách mạng Việt Nam

Để tổ chức tốt các hoạt động kỷ niệm, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số việc sau:

1- Tổ chức các hoạt động kỷ niệm trang trọng, thiết thực, tiết kiệm.

2- Ban Tuyên giáo Trung ương chủ trì, phối hợp với Hội Nhà báo Việt Nam, Đài Truyền hình Việt Nam hướng dẫn
nội dung tuyên truyền.

3- Giao Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Thông tri này.

Thông tri này phổ biến đến chi bộ.

                                              T/M BAN BÍ THƯ
Nơi nhận:                                 THƯỜNG TRỰC BAN BÍ THƯ
- Các tỉnh ủy, thành ủy,
- Các ban đảng, ban cán sự đảng, đảng đoàn,
- Lưu Văn phòng Trung ương Đảng.
                                                Trần Cẩm Tú
"""

DE_AN_SIX_LEVELS = """\
TỈNH ỦY ĐỒNG THÁP                      ĐẢNG CỘNG SẢN VIỆT NAM
        *
Số 15-ĐA/TU                    Đồng Tháp, ngày 20 tháng 8 năm 2026

ĐỀ ÁN
nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030

PHẦN THỨ NHẤT
THỰC TRẠNG SINH HOẠT CHI BỘ

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về nội dung sinh hoạt

1.1. Sinh hoạt thường kỳ

a) Các chi bộ duy trì sinh hoạt định kỳ hằng tháng.

- Nội dung sinh hoạt bám sát nhiệm vụ chính trị.

+ Nhiều chi bộ chọn chuyên đề phù hợp.

b) Tỷ lệ đảng viên dự sinh hoạt đạt trên 95%.

1.2. Sinh hoạt chuyên đề

Chi bộ tổ chức sinh hoạt chuyên đề ít nhất mỗi quý một lần.

2. Về hình thức sinh hoạt

Nhiều chi bộ ứng dụng công nghệ thông tin.

II. HẠN CHẾ, NGUYÊN NHÂN

Một số chi bộ sinh hoạt còn hình thức.

PHẦN THỨ HAI
MỤC TIÊU VÀ GIẢI PHÁP

I. MỤC TIÊU

Đến năm 2030, 100% chi bộ đạt yêu cầu về chất lượng sinh hoạt.

II. GIẢI PHÁP

1. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung sinh hoạt chi bộ.

2. Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm kiểm tra, giám sát việc thực hiện Đề án.

PHẦN THỨ BA
TỔ CHỨC THỰC HIỆN

Giao Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.

Nơi nhận:
- Ban Tổ chức Trung ương (để b/c),
- Các huyện ủy, thành ủy (để thực hiện),
- Lưu VPTU.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Lê Quốc Phong
"""

NGHI_QUYET_OF_A_COMMUNE_CONFERENCE = """\
ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ THÀNH VINH
*
Số 45-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Thành Vinh, ngày 25 tháng 12 năm 2026

NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA XXVI
về nhiệm vụ phát triển kinh tế - xã hội năm 2027

Ngày 22/12/2026, Ban Chấp hành Đảng bộ xã họp Hội nghị lần thứ mười hai, đánh giá tình hình năm 2026
và quyết định nhiệm vụ năm 2027.

I. ĐÁNH GIÁ KẾT QUẢ NĂM 2026

Kinh tế tăng trưởng khá, đời sống nhân dân được cải thiện.

II. MỤC TIÊU, NHIỆM VỤ NĂM 2027

1. Mục tiêu

Thu nhập bình quân đầu người đạt 75 triệu đồng.

2. Nhiệm vụ, giải pháp

Tập trung xây dựng nông thôn mới kiểu mẫu.

III. TỔ CHỨC THỰC HIỆN

1. Ủy ban nhân dân xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã xây dựng kế hoạch thực hiện.

2. Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Nghị quyết.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (để b/c),
- Các chi bộ trực thuộc,
- Lưu VP.

T/M ĐẢNG ỦY
BÍ THƯ

Lê Văn Hải
"""

KE_HOACH_HEADER_IN_PIPE_CELLS = """\
| ĐẢNG CỘNG SẢN VIỆT NAM | ĐẢNG BỘ TỈNH PHÚ THỌ |
|---|---|
| Hy Cương, ngày 08 tháng 4 năm 2026 | ĐẢNG ỦY XÃ HY CƯƠNG |
| | \\* |
| | Số 33-KH/ĐU |

**KẾ HOẠCH**

**tổ chức các hoạt động kỷ niệm Giỗ Tổ Hùng Vương năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

Giáo dục truyền thống uống nước nhớ nguồn.

**II. NỘI DUNG**

1- Tổ chức lễ dâng hương tại Đền Hùng.

2- Tuyên truyền trên hệ thống loa truyền thanh.

**Nơi nhận:**
- Ban Thường vụ Tỉnh ủy,
- Lưu VP.

**T/M ĐẢNG ỦY**
**BÍ THƯ**

**Đinh Công Sứ**
"""

THONG_BAO_INTERLEAVED_CLOSING = """\
ĐẢNG BỘ TỈNH BẮC GIANG                         ĐẢNG CỘNG SẢN VIỆT NAM
    HUYỆN ỦY YÊN THẾ
           *                              Yên Thế, ngày 19 tháng 5 năm 2026
     Số 286-TB/HU

                                THÔNG BÁO
           KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
            về công tác phòng, chống tham nhũng

Ngày 15/5/2026, Ban Thường vụ Huyện ủy họp, kết luận như sau:

1. Ủy ban Kiểm tra Huyện ủy chủ trì, phối hợp với Thanh tra huyện kiểm tra việc kê khai tài sản.

2. Đề nghị Ủy ban Mặt trận Tổ quốc huyện tăng cường giám sát.

Nơi nhận:                                                  T/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (để b/c),                                  BÍ THƯ
- Ủy ban Kiểm tra Tỉnh ủy (để b/c),
- Các tổ chức cơ sở đảng (để thực hiện),                        (Đã ký)
- Ủy ban Mặt trận Tổ quốc huyện
  (để phối hợp),                                        HUYỆN ỦY YÊN THẾ
- Các đồng chí Huyện ủy viên,                                  *
- Lưu Văn phòng Huyện ủy.
                                                         Phạm Văn Đông
"""

KE_HOACH_OCR_BROKEN_DIACRITICS = """\
ĐẢNG BỘ TỈNH NINH BÌNH
HUYỆN ỦY KIM SƠN
*
Số 52-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Kim Sơn, ngày 6 tháng 3 năm 2026

KÉ HOẠCH
tổ chức hội nghị học tập, quán triệt Nghị quyết

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của cán bộ, đảng viên.

II. TỔ CHỨC THỰC HIỆN

Văn phòng Huyện ủy có trách nhiệm chuẩn bị hội trường.

Nơỉ nhân:
- Ban Thường vụ Tỉnh ủy,
- Lưu VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Vũ Đức Toàn
"""

QUYET_DINH_ARTICLES_AFTER_THE_DECISION_LINE = """\
ĐẢNG BỘ TỈNH QUẢNG NINH
HUYỆN ỦY TIÊN YÊN
*
Số 1520-QĐ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tiên Yên, ngày 16 tháng 6 năm 2026

QUYẾT ĐỊNH
về việc thành lập Đoàn kiểm tra
-----

- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra,
giám sát và kỷ luật của Đảng;
- Xét đề nghị của Ủy ban Kiểm tra Huyện ủy,

BAN THƯỜNG VỤ HUYỆN ỦY
QUYẾT ĐỊNH:
Điều 1. Thành lập Đoàn kiểm tra của Ban Thường vụ Huyện ủy, gồm các đồng chí:
1. Đồng chí Nguyễn Văn An, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, Trưởng đoàn.
2. Đồng chí Lê Thị Bích, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, thành viên.
Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát năm 2026.
Điều 3. Văn phòng Huyện ủy, Ủy ban Kiểm tra Huyện ủy và các đồng chí có tên tại Điều 1 thi hành Quyết định này.

Nơi nhận:
- Như Điều 3,
- Thường trực Huyện ủy,
- Lưu VP, UBKT.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hoàng Văn Thắng
"""

KET_LUAN_LETTERED_PARTS = """\
BAN CHẤP HÀNH TRUNG ƯƠNG               ĐẢNG CỘNG SẢN VIỆT NAM
        *
Số 125-KL/TW                     Hà Nội, ngày 15 tháng 3 năm 2026

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về tiếp tục thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế

Tại phiên họp ngày 10/3/2026, Bộ Chính trị kết luận như sau:

A- TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN

I- NHỮNG KẾT QUẢ ĐẠT ĐƯỢC

1- Công tác lãnh đạo, chỉ đạo được quan tâm.

2- Tổ chức bộ máy từng bước tinh gọn.

II- HẠN CHẾ, YẾU KÉM

Việc tinh giản biên chế có nơi còn cơ học.

B- NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI

I- QUAN ĐIỂM

Tinh giản biên chế phải gắn với cơ cấu lại đội ngũ.

II- TỔ CHỨC THỰC HIỆN

1- Ban Tổ chức Trung ương chủ trì, phối hợp với Ban cán sự đảng Bộ Nội vụ theo dõi việc thực hiện Kết luận.

2- Đề nghị Đảng đoàn Quốc hội chỉ đạo rà soát pháp luật liên quan.

                                                 T/M BỘ CHÍNH TRỊ
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
                                                   Trần Cẩm Tú
"""

CONG_VAN_KINH_GUI_LINES = """\
TỈNH ỦY KHÁNH HÒA                         ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO VÀ DÂN VẬN
        *                           Khánh Hòa, ngày 12 tháng 11 năm 2026
Số 245-CV/BTGDVTU
V/v tuyên truyền kỷ niệm Ngày
Quốc phòng toàn dân

Kính gửi:
        - Các đảng ủy trực thuộc Tỉnh ủy,
        - Ban Tuyên giáo và Dân vận các đảng ủy cơ sở.

Thực hiện Hướng dẫn số 95-HD/BTGDVTW, ngày 20 tháng 10 năm 2026 của Ban Tuyên giáo và Dân vận Trung ương,
Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các đơn vị:

1. Tổ chức tuyên truyền sâu rộng về Ngày Quốc phòng toàn dân.

2. Báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 25/12/2026.

Nơi nhận:
- Như trên,
- Thường trực Tỉnh ủy (để b/c),
- Lưu VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
THƯỜNG TRỰC

Võ Thị Ngọc Hà
"""

KET_LUAN_LAYOUT_INDENTED_WITH_LETTER_DASHES = """\
                                                      ĐẢNG CỘNG SẢN VIỆT NAM
   ĐẢNG BỘ TỈNH SƠN LA                               ---------------
  HUYỆN ỦY MAI SƠN
          *                                  Mai Sơn, ngày 09 tháng 02 năm 2026
  Số: 215 - KL/HU

                                  KẾT LUẬN
              của Ban Thường vụ Huyện ủy về công tác quốc phòng, quân sự
                                 địa phương năm 2026
                                      -----

       Tại hội nghị ngày 05/02/2026, sau khi nghe Ban Chỉ huy Quân sự huyện báo cáo, Ban Thường vụ
  Huyện ủy kết luận như sau:
       1- Về kết quả
       a- Công tác giáo dục quốc phòng được quan tâm.
       b- Lực lượng dân quân được củng cố.
       2- Về nhiệm vụ
       Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện xây dựng kế hoạch diễn tập.

  Nơi nhận:                                              T/M BAN THƯỜNG VỤ
  - Thường trực Tỉnh ủy (b/c),                                  PHÓ BÍ THƯ
  - Đảng ủy Quân sự tỉnh (b/c),
  - Như kính gửi,
  - Lưu VT.                                                  Cầm Văn Hùng
"""

BAO_CAO_BOLD_MARKDOWN_DASH_NUMBERS = """\
**ĐẢNG BỘ TỈNH GIA LAI**
**ĐẢNG ỦY XÃ IA GRAI**
\\*
Số 88-BC/ĐU
**ĐẢNG CỘNG SẢN VIỆT NAM**
*Ia Grai, ngày 30 tháng 6 năm 2026*

**BÁO CÁO**
**Sơ kết 6 tháng đầu năm thực hiện Nghị quyết số 12-NQ/ĐU, ngày 15/01/2026 của Ban Chấp hành Đảng bộ xã**

**I- KẾT QUẢ THỰC HIỆN**
**1- Công tác lãnh đạo**
Đảng ủy ban hành Kế hoạch số 05-KH/ĐU để thực hiện.
**2- Kết quả cụ thể**
- Thu ngân sách đạt 60% dự toán;
+ Thu nội địa đạt 58%.
**II- NHIỆM VỤ 6 THÁNG CUỐI NĂM**
Đề nghị Ủy ban nhân dân xã tập trung chỉ đạo thu ngân sách.

***Nơi nhận:***
- Ban Thường vụ Tỉnh ủy (để báo cáo);
- Lưu VP.

**T/M ĐẢNG ỦY**
**PHÓ BÍ THƯ THƯỜNG TRỰC**
*(Đã ký)*
**Rơ Mah Thuận**
"""

QUY_DINH_ARTICLES_WITH_A_COLON_AND_RECIPIENTS_ON_ONE_LINE = """\
ĐẢNG BỘ TỈNH QUẢNG TRỊ                   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN
VÀ DOANH NGHIỆP TỈNH
        *                          Đông Hà, ngày 21 tháng 4 năm 2026
Số 03-QĐ/ĐUK

QUY ĐỊNH
về chế độ sinh hoạt của chi bộ trực thuộc

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1: Phạm vi, đối tượng
1. Quy định này áp dụng đối với các chi bộ trực thuộc.
2. Đối tượng áp dụng gồm:
a) Chi bộ cơ sở;
b) Chi bộ trực thuộc đảng bộ cơ sở.

Điều 2: Nguyên tắc
Bảo đảm nguyên tắc tập trung dân chủ.

Chương II
NỘI DUNG SINH HOẠT

Điều 3: Sinh hoạt thường kỳ
(1) Chi bộ sinh hoạt mỗi tháng một lần.
(2) Văn phòng Đảng ủy Khối có trách nhiệm theo dõi, tổng hợp.

Nơi nhận: - Ban Thường vụ Tỉnh ủy (để b/c), - Các chi bộ trực thuộc (để thực hiện), - Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Hồ Thị Thu Hằng
"""

CHUONG_TRINH_PARTS_IN_ROMAN = """\
TỈNH ỦY THÁI BÌNH
*
Số 20-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thái Bình, ngày 12 tháng 1 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng

Phần I
MỤC TIÊU

Phát triển tỉnh nhanh, bền vững.

Phần II
NHIỆM VỤ, GIẢI PHÁP

1. Các cấp ủy, tổ chức đảng quán triệt Nghị quyết.

2. Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Đảng đoàn Hội đồng nhân dân tỉnh cụ thể hóa chủ trương.

Phần III
TỔ CHỨC THỰC HIỆN

Giao Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền.

                                                   T/M BAN CHẤP HÀNH
Nơi nhận:                                          BÍ THƯ
- Ban Bí thư (để b/c),
- Các huyện ủy, thành ủy,                           (Đã ký)
- Lưu VPTU.
                                                  Ngô Đông Hải
"""

THONG_BAO_OPINION_OF_THE_SECRETARY = """\
ĐẢNG BỘ TỈNH ĐẮK LẮK
ĐẢNG ỦY PHƯỜNG TÂN LẬP
*
Số 41-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 3 tháng 8 năm 2026

THÔNG BÁO
Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY PHƯỜNG
tại buổi làm việc với Chi bộ Khối phố 5

Ngày 30/7/2026, đồng chí Bí thư Đảng ủy phường làm việc với Chi bộ Khối phố 5. Sau khi nghe báo cáo,
đồng chí Bí thư kết luận:

1. Chi bộ Khối phố 5 có trách nhiệm củng cố tổ chức.

2. Giao Ủy ban nhân dân phường phối hợp hỗ trợ kinh phí.

Nơi nhận:
- Chi bộ Khối phố 5,
- Lưu VP.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Y Khu Niê
"""

BIEN_BAN_SIGNED_BY_ROLES = """\
ĐẢNG BỘ XÃ TÂN PHÚ
CHI BỘ ẤP 3
*
Số 05-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Phú, ngày 5 tháng 1 năm 2026

BIÊN BẢN
sinh hoạt chi bộ thường kỳ tháng 01 năm 2026

Thời gian: 19 giờ 30 phút, ngày 05/01/2026.
Địa điểm: Nhà văn hóa ấp 3.
Thành phần: 15/17 đảng viên.

I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 12

Chi bộ lãnh đạo hoàn thành các chỉ tiêu.

II. NHIỆM VỤ THÁNG 01

Chi ủy có trách nhiệm phân công đảng viên phụ trách hộ.

Hội nghị kết thúc lúc 21 giờ cùng ngày.

        THƯ KÝ                                   CHỦ TRÌ HỘI NGHỊ

     Trần Văn Bé                                   Nguyễn Văn An
"""


def _top(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(b.label.upper(), b.heading) for b in doc.body if isinstance(b, Division)]


def _outline(doc) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    found: list[tuple[str, ...]] = []

    def walk(blocks, path: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
        for block in blocks:
            if isinstance(block, Division):
                here = (*path, block.label.upper())
                found.append(here)
                walk(block.children, here)

    walk(doc.body, ())
    return found


def _recipients(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.name, r.purpose) for r in doc.recipients]


def _dated(doc) -> list[tuple[str, datetime.date | None]]:  # type: ignore[no-untyped-def]
    return sorted({(str(r.notation), r.date) for r in doc.references() if r.notation is not None})


def _tables(blocks) -> list[Table]:  # type: ignore[no-untyped-def]
    found: list[Table] = []
    for block in blocks:
        if isinstance(block, Table):
            found.append(block)
        found.extend(_tables(getattr(block, "children", ())))
    return found


def test_bao_cao_with_a_pipe_table_of_figures_in_the_body() -> None:
    doc = parse_text(BAO_CAO_WITH_A_TABLE_OF_FIGURES)
    assert doc.kind is DocumentKind.BAO_CAO
    assert str(doc.notation) == "118-BC/HU"
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY CAN LỘC"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH HÀ TĨNH"
    assert (doc.place, doc.date) == ("Can Lộc", datetime.date(2026, 10, 28))
    assert doc.subject == "kết quả công tác phát triển đảng viên 9 tháng năm 2026"
    assert _top(doc) == [("I", "KẾT QUẢ THỰC HIỆN"), ("II", "NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM")]
    # the numbered rows of the table are cells, not divisions
    assert _outline(doc) == [("I",), ("I", "1"), ("I", "2"), ("II",), ("II", "1"), ("II", "2")]
    (table,) = _tables(doc.body)
    assert table.rows[0] == ("TT", "Đơn vị", "Chỉ tiêu", "Kết nạp", "Tỷ lệ (%)")
    assert table.rows[-1] == ("", "Tổng cộng", "32", "31", "96,9")
    assert _dated(doc) == [("28-CT/TU", datetime.date(2024, 3, 15))]
    assert tasks(doc) == [(["Ban Tổ chức Huyện ủy"], ["Ủy ban Kiểm tra Huyện ủy"]), (["Đảng ủy các xã"], [])]
    assert _recipients(doc) == [
        ("Ban Thường vụ Tỉnh ủy", "để b/c"),
        ("Ban Tổ chức Tỉnh ủy", "để b/c"),
        ("Các tổ chức cơ sở đảng", "để thực hiện"),
        ("Lưu Văn phòng Huyện ủy", None),
    ]
    assert signatures(doc) == [
        (SigningAuthority.TL, "BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH", "Nguyễn Thị Lan")
    ]


def test_quy_che_phoi_hop_of_two_issuers_signed_side_by_side() -> None:
    doc = parse_text(QUY_CHE_PHOI_HOP_OF_TWO_ISSUERS)
    assert doc.kind is DocumentKind.QUY_CHE
    assert str(doc.notation) == "05-QC/BTCTU-BDVTU"
    # two issuer columns under one parent: one joint issuer, the parent once
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN TỔ CHỨC - BAN DÂN VẬN"
    assert doc.issuer.parent is not None
    assert (doc.issuer.parent.name, doc.issuer.parent.parent) == ("TỈNH ỦY BẮC GIANG", None)
    assert doc.notation is not None
    assert doc.notation.number == 5
    assert (doc.place, doc.date) == ("Bắc Giang", datetime.date(2026, 7, 14))
    assert doc.subject == "giữa Ban Tổ chức Tỉnh ủy và Ban Dân vận Tỉnh ủy trong công tác cán bộ"
    assert _top(doc) == [
        ("1", "Phạm vi điều chỉnh"),
        ("2", "Nguyên tắc phối hợp"),
        ("3", "Tổ chức thực hiện"),
    ]
    assert _outline(doc) == [("1",), ("2",), ("2", "1"), ("2", "2"), ("3",)]
    assert tasks(doc) == [(["Ban Tổ chức Tỉnh ủy"], ["Ban Dân vận Tỉnh ủy"])]
    assert signatures(doc) == [
        (SigningAuthority.KT, "TRƯỞNG BAN DÂN VẬN", "PHÓ TRƯỞNG BAN", "Hoàng Văn Tú"),
        (SigningAuthority.KT, "TRƯỞNG BAN TỔ CHỨC", "PHÓ TRƯỞNG BAN", "Ngô Thị Mai"),
    ]
    assert _recipients(doc) == [
        ("Thường trực Tỉnh ủy", "để b/c"),
        ("Các huyện ủy, thành ủy", None),
        ("Lưu BTC, BDV", None),
    ]


def test_to_trinh_of_a_commune_committee_with_kinh_gui() -> None:
    doc = parse_text(TO_TRINH)
    assert doc.kind is DocumentKind.TO_TRINH
    assert str(doc.notation) == "07-TTr/ĐU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ MỸ YÊN"
    assert (doc.place, doc.date) == ("Mỹ Yên", datetime.date(2026, 9, 2))
    assert doc.subject == ("về việc đề nghị chuẩn y bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã nhiệm kỳ 2025 - 2030")
    assert [label for label, _ in _top(doc)] == ["1", "2"]
    assert _dated(doc) == [("22-QĐ/TW", datetime.date(2021, 7, 28))]
    assert _recipients(doc) == [("Như trên", None), ("Lưu VP", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "ĐẢNG ỦY", "PHÓ BÍ THƯ", "Trần Minh Tâm")]


def test_thong_tri_of_the_secretariat_signed_beside_the_recipients() -> None:
    doc = parse_text(THONG_TRI)
    assert doc.kind is DocumentKind.THONG_TRI
    assert str(doc.notation) == "08-TT/TW"
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert (doc.place, doc.date) == ("Hà Nội", datetime.date(2026, 5, 10))
    assert doc.subject == "về lãnh đạo tổ chức kỷ niệm 101 năm Ngày Báo chí cách mạng Việt Nam"
    assert [label for label, _ in _top(doc)] == ["1", "2", "3"]
    # "Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng …": a "Yêu cầu X" sentence is an assignment
    assert tasks(doc) == [
        (["các cấp ủy", "tổ chức đảng"], []),
        (["Ban Tuyên giáo Trung ương"], ["Hội Nhà báo Việt Nam", "Đài Truyền hình Việt Nam"]),
        (["Văn phòng Trung ương Đảng"], []),
    ]
    assert [name for name, _ in _recipients(doc)] == [
        "Các tỉnh ủy, thành ủy",
        "Các ban đảng, ban cán sự đảng, đảng đoàn",
        "Lưu Văn phòng Trung ương Đảng",
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Cẩm Tú")]


def test_de_an_with_parts_in_words_and_six_levels() -> None:
    doc = parse_text(DE_AN_SIX_LEVELS)
    assert doc.kind is DocumentKind.DE_AN
    assert str(doc.notation) == "15-ĐA/TU"
    assert doc.issuer is not None
    assert doc.issuer.name == "TỈNH ỦY ĐỒNG THÁP"
    assert (doc.place, doc.date) == ("Đồng Tháp", datetime.date(2026, 8, 20))
    assert doc.subject == "nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030"
    assert _top(doc) == [
        ("THỨ NHẤT", "THỰC TRẠNG SINH HOẠT CHI BỘ"),
        ("THỨ HAI", "MỤC TIÊU VÀ GIẢI PHÁP"),
        ("THỨ BA", "TỔ CHỨC THỰC HIỆN"),
    ]
    one, two, three = "THỨ NHẤT", "THỨ HAI", "THỨ BA"
    assert _outline(doc) == [
        (one,),
        (one, "I"),
        (one, "I", "1"),
        (one, "I", "1", "1.1"),
        (one, "I", "1", "1.1", "A"),
        (one, "I", "1", "1.1", "B"),
        (one, "I", "1", "1.2"),
        (one, "I", "2"),
        (one, "II"),
        (two,),
        (two, "I"),
        (two, "II"),
        (two, "II", "1"),
        (two, "II", "2"),
        (three,),
    ]
    assert tasks(doc) == [
        (["Ban Tổ chức Tỉnh ủy"], ["Ban Tuyên giáo Tỉnh ủy"]),
        (["Ủy ban Kiểm tra Tỉnh ủy"], []),
        (["Văn phòng Tỉnh ủy"], []),
    ]
    assert _recipients(doc) == [
        ("Ban Tổ chức Trung ương", "để b/c"),
        ("Các huyện ủy, thành ủy", "để thực hiện"),
        ("Lưu VPTU", None),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Quốc Phong")]


def test_nghi_quyet_of_a_commune_conference_numbered_in_words() -> None:
    doc = parse_text(NGHI_QUYET_OF_A_COMMUNE_CONFERENCE)
    assert doc.kind is DocumentKind.NGHI_QUYET
    assert str(doc.notation) == "45-NQ/ĐU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ THÀNH VINH"
    assert (doc.place, doc.date) == ("Thành Vinh", datetime.date(2026, 12, 25))
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (12, "XXVI")
    assert doc.subject == "về nhiệm vụ phát triển kinh tế - xã hội năm 2027"
    assert _top(doc) == [
        ("I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2026"),
        ("II", "MỤC TIÊU, NHIỆM VỤ NĂM 2027"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert tasks(doc) == [
        (["Ủy ban nhân dân xã"], ["Ủy ban Mặt trận Tổ quốc xã"]),
        (["Văn phòng Đảng ủy"], []),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Hải")]


def test_header_fields_in_pipe_cells_in_another_order() -> None:
    doc = parse_text(KE_HOACH_HEADER_IN_PIPE_CELLS)
    assert doc.kind is DocumentKind.KE_HOACH
    assert str(doc.notation) == "33-KH/ĐU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ HY CƯƠNG"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH PHÚ THỌ"
    assert (doc.place, doc.date) == ("Hy Cương", datetime.date(2026, 4, 8))
    assert doc.subject == "tổ chức các hoạt động kỷ niệm Giỗ Tổ Hùng Vương năm 2026"
    assert _top(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG")]
    assert _outline(doc) == [("I",), ("II",), ("II", "1"), ("II", "2")]
    assert _recipients(doc) == [("Ban Thường vụ Tỉnh ủy", None), ("Lưu VP", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Đinh Công Sứ")]


def test_layout_export_with_recipients_and_signature_interleaved_and_a_seal() -> None:
    doc = parse_text(THONG_BAO_INTERLEAVED_CLOSING)
    assert doc.kind is DocumentKind.THONG_BAO
    assert str(doc.notation) == "286-TB/HU"
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY YÊN THẾ"
    assert (doc.place, doc.date) == ("Yên Thế", datetime.date(2026, 5, 19))
    assert doc.subject == "về công tác phòng, chống tham nhũng"
    assert tasks(doc) == [
        (["Ủy ban Kiểm tra Huyện ủy"], ["Thanh tra huyện"]),
        (["Ủy ban Mặt trận Tổ quốc huyện"], []),
    ]
    assert _recipients(doc) == [
        ("Thường trực Tỉnh ủy", "để b/c"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "để b/c"),
        ("Các tổ chức cơ sở đảng", "để thực hiện"),
        ("Ủy ban Mặt trận Tổ quốc huyện", "để phối hợp"),
        ("Các đồng chí Huyện ủy viên", None),
        ("Lưu Văn phòng Huyện ủy", None),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Phạm Văn Đông")]


def test_ocr_broken_diacritics_in_the_kind_and_the_recipients_label() -> None:
    doc = parse_text(KE_HOACH_OCR_BROKEN_DIACRITICS)
    assert doc.kind is DocumentKind.KE_HOACH  # "KÉ HOẠCH"
    assert str(doc.notation) == "52-KH/HU"
    assert doc.subject == "tổ chức hội nghị học tập, quán triệt Nghị quyết"
    assert _top(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")]
    assert tasks(doc) == [(["Văn phòng Huyện ủy"], [])]
    assert _recipients(doc) == [("Ban Thường vụ Tỉnh ủy", None), ("Lưu VP", None)]  # "Nơỉ nhân:"
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Vũ Đức Toàn")]


def test_party_decision_with_articles_right_after_the_decision_line() -> None:
    doc = parse_text(QUYET_DINH_ARTICLES_AFTER_THE_DECISION_LINE)
    assert doc.kind is DocumentKind.QUYET_DINH
    assert str(doc.notation) == "1520-QĐ/HU"
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY TIÊN YÊN"
    assert (doc.place, doc.date) == ("Tiên Yên", datetime.date(2026, 6, 16))
    assert doc.subject == "về việc thành lập Đoàn kiểm tra"
    assert _outline(doc) == [("1",), ("1", "1"), ("1", "2"), ("2",), ("3",)]
    assert _top(doc)[1] == (
        "2",
        "Đoàn kiểm tra có nhiệm vụ kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát năm 2026.",
    )
    assert _dated(doc) == [("296-QĐ/TW", datetime.date(2025, 5, 30))]
    assert _recipients(doc) == [("Như Điều 3", None), ("Thường trực Huyện ủy", None), ("Lưu VP, UBKT", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Thắng")]


def test_ket_luan_with_lettered_parts_and_roman_sections_under_them() -> None:
    doc = parse_text(KET_LUAN_LETTERED_PARTS)
    assert doc.kind is DocumentKind.KET_LUAN
    assert str(doc.notation) == "125-KL/TW"
    assert doc.subject == (
        "về tiếp tục thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế"
    )
    assert _top(doc) == [("A", "TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN"), ("B", "NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")]
    assert _outline(doc) == [
        ("A",),
        ("A", "I"),
        ("A", "I", "1"),
        ("A", "I", "2"),
        ("A", "II"),
        ("B",),
        ("B", "I"),
        ("B", "II"),
        ("B", "II", "1"),
        ("B", "II", "2"),
    ]
    assert _dated(doc) == [("39-NQ/TW", datetime.date(2015, 4, 17))]
    assert tasks(doc) == [
        (["Ban Tổ chức Trung ương"], ["Ban cán sự đảng Bộ Nội vụ"]),
        (["Đảng đoàn Quốc hội"], []),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BỘ CHÍNH TRỊ", None, "Trần Cẩm Tú")]


def test_cong_van_with_kinh_gui_lines_and_a_two_line_position() -> None:
    doc = parse_text(CONG_VAN_KINH_GUI_LINES)
    assert doc.kind is DocumentKind.CONG_VAN
    assert str(doc.notation) == "245-CV/BTGDVTU"
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "TỈNH ỦY KHÁNH HÒA"
    assert (doc.place, doc.date) == ("Khánh Hòa", datetime.date(2026, 11, 12))
    assert doc.subject == "V/v tuyên truyền kỷ niệm Ngày Quốc phòng toàn dân"
    # the addressees are not divisions: the body is numbered 1., 2.
    assert [label for label, _ in _top(doc)] == ["1", "2"]
    assert _dated(doc) == [("95-HD/BTGDVTW", datetime.date(2026, 10, 20))]
    assert _recipients(doc) == [("Như trên", None), ("Thường trực Tỉnh ủy", "để b/c"), ("Lưu VT", None)]
    assert signatures(doc) == [(SigningAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Võ Thị Ngọc Hà")]


def test_layout_export_indented_with_a_dash_letters_and_a_colon_after_so() -> None:
    doc = parse_text(KET_LUAN_LAYOUT_INDENTED_WITH_LETTER_DASHES)
    assert doc.kind is DocumentKind.KET_LUAN
    assert str(doc.notation) == "215-KL/HU"  # "Số: 215 - KL/HU"
    assert doc.issuer is not None
    assert doc.issuer.name == "HUYỆN ỦY MAI SƠN"
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH SƠN LA"
    assert (doc.place, doc.date) == ("Mai Sơn", datetime.date(2026, 2, 9))
    assert doc.subject == "về công tác quốc phòng, quân sự địa phương năm 2026"
    assert _top(doc) == [("1", "Về kết quả"), ("2", "Về nhiệm vụ")]
    assert _outline(doc) == [("1",), ("1", "A"), ("1", "B"), ("2",)]
    assert tasks(doc) == [(["Ban Chỉ huy Quân sự huyện"], ["Công an huyện"])]
    assert _recipients(doc) == [
        ("Thường trực Tỉnh ủy", "b/c"),
        ("Đảng ủy Quân sự tỉnh", "b/c"),
        ("Như kính gửi", None),
        ("Lưu VT", None),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Cầm Văn Hùng")]


def test_bao_cao_in_bold_markdown_with_dash_numbers_and_a_cited_resolution_in_the_subject() -> None:
    doc = parse_text(BAO_CAO_BOLD_MARKDOWN_DASH_NUMBERS)
    assert doc.kind is DocumentKind.BAO_CAO
    assert str(doc.notation) == "88-BC/ĐU"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ IA GRAI"
    assert (doc.place, doc.date) == ("Ia Grai", datetime.date(2026, 6, 30))
    # "của Ban Chấp hành Đảng bộ xã" is the cited Nghị quyết's author, not the report's
    assert doc.subject == (
        "Sơ kết 6 tháng đầu năm thực hiện Nghị quyết số 12-NQ/ĐU, ngày 15/01/2026 của Ban Chấp hành Đảng bộ xã"
    )
    assert _top(doc) == [("I", "KẾT QUẢ THỰC HIỆN"), ("II", "NHIỆM VỤ 6 THÁNG CUỐI NĂM")]
    assert _outline(doc) == [("I",), ("I", "1"), ("I", "2"), ("II",)]
    assert _dated(doc) == [("05-KH/ĐU", None), ("12-NQ/ĐU", datetime.date(2026, 1, 15))]
    assert tasks(doc) == [(["Ủy ban nhân dân xã"], [])]
    assert _recipients(doc) == [("Ban Thường vụ Tỉnh ủy", "để báo cáo"), ("Lưu VP", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Rơ Mah Thuận")]
    assert doc.signatures[0].note == "(Đã ký)"


def test_quy_dinh_with_chapters_articles_with_a_colon_and_points() -> None:
    doc = parse_text(QUY_DINH_ARTICLES_WITH_A_COLON_AND_RECIPIENTS_ON_ONE_LINE)
    assert doc.kind is DocumentKind.QUY_DINH
    assert str(doc.notation) == "03-QĐ/ĐUK"
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"  # wrapped over two lines
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "ĐẢNG BỘ TỈNH QUẢNG TRỊ"
    assert (doc.place, doc.date) == ("Đông Hà", datetime.date(2026, 4, 21))
    assert _top(doc) == [("I", "NHỮNG QUY ĐỊNH CHUNG"), ("II", "NỘI DUNG SINH HOẠT")]
    assert _outline(doc) == [
        ("I",),
        ("I", "1"),
        ("I", "1", "1"),
        ("I", "1", "2"),
        ("I", "1", "2", "A"),
        ("I", "1", "2", "B"),
        ("I", "2"),
        ("II",),
        ("II", "3"),
        ("II", "3", "1"),
        ("II", "3", "2"),
    ]
    assert tasks(doc) == [(["Văn phòng Đảng ủy Khối"], [])]
    assert _recipients(doc) == [
        ("Ban Thường vụ Tỉnh ủy", "để b/c"),
        ("Các chi bộ trực thuộc", "để thực hiện"),
        ("Lưu VP", None),
    ]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Hồ Thị Thu Hằng")]


def _words_of(names: list[str]) -> set[str]:
    return {w for name in names for w in fold(name).split()} - {"va", "cac"}


def test_chuong_trinh_hanh_dong_with_parts_in_roman_numerals() -> None:
    doc = parse_text(CHUONG_TRINH_PARTS_IN_ROMAN)
    assert doc.kind is DocumentKind.CHUONG_TRINH
    assert doc.title == "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    assert doc.subject == "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
    assert doc.conference is None  # a Đại hội is not a numbered Hội nghị
    assert _top(doc) == [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert _outline(doc) == [("I",), ("II",), ("II", "1"), ("II", "2"), ("III",)]
    # "Các cấp ủy, tổ chức đảng quán triệt …" is not introduced by Giao / Đề nghị / Yêu cầu: no task
    found = tasks(doc)
    assert found[0] == (["Ban cán sự đảng Ủy ban nhân dân tỉnh"], ["Đảng đoàn Hội đồng nhân dân tỉnh"])
    assert [(_words_of(lead), partners) for lead, partners in found[1:]] == [
        (_words_of(["Ban Tuyên giáo và Dân vận Tỉnh ủy"]), [])
    ]
    assert _recipients(doc) == [("Ban Bí thư", "để b/c"), ("Các huyện ủy, thành ủy", None), ("Lưu VPTU", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN CHẤP HÀNH", "BÍ THƯ", "Ngô Đông Hải")]


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY PHƯỜNG\ntại buổi làm việc với Chi bộ Khối phố 5", None),
        ("Ý kiến chỉ đạo của Thường trực Đảng ủy phường về công tác dân vận", "về công tác dân vận"),
    ],
)
def test_the_opinion_of_a_leader_is_the_author_line(title: str, subject: str | None) -> None:
    text = THONG_BAO_OPINION_OF_THE_SECRETARY
    if subject is not None:
        text = text.replace(
            "Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY PHƯỜNG\ntại buổi làm việc với Chi bộ Khối phố 5", title
        )
    doc = parse_text(text)
    assert doc.subject == (subject or "tại buổi làm việc với Chi bộ Khối phố 5")
    assert tasks(doc) == [(["Chi bộ Khối phố 5"], []), (["Ủy ban nhân dân phường"], [])]
    assert signatures(doc) == [(SigningAuthority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Y Khu Niê")]


ALL = [
    BAO_CAO_WITH_A_TABLE_OF_FIGURES,
    QUY_CHE_PHOI_HOP_OF_TWO_ISSUERS,
    TO_TRINH,
    THONG_TRI,
    DE_AN_SIX_LEVELS,
    NGHI_QUYET_OF_A_COMMUNE_CONFERENCE,
    KE_HOACH_HEADER_IN_PIPE_CELLS,
    THONG_BAO_INTERLEAVED_CLOSING,
    KE_HOACH_OCR_BROKEN_DIACRITICS,
    QUYET_DINH_ARTICLES_AFTER_THE_DECISION_LINE,
    KET_LUAN_LETTERED_PARTS,
    CONG_VAN_KINH_GUI_LINES,
    KET_LUAN_LAYOUT_INDENTED_WITH_LETTER_DASHES,
    BAO_CAO_BOLD_MARKDOWN_DASH_NUMBERS,
    QUY_DINH_ARTICLES_WITH_A_COLON_AND_RECIPIENTS_ON_ONE_LINE,
    CHUONG_TRINH_PARTS_IN_ROMAN,
    THONG_BAO_OPINION_OF_THE_SECRETARY,
    BIEN_BAN_SIGNED_BY_ROLES,
]


def test_no_word_of_these_variants_is_lost() -> None:
    for text in ALL:
        # the parent printed above each of two issuer columns is one body, read once
        source = text.replace("TỈNH ỦY BẮC GIANG                 TỈNH ỦY BẮC GIANG", "TỈNH ỦY BẮC GIANG")
        missing = word_keys(source) - word_keys(to_text(parse_text(text)))
        assert not missing, (dict(missing), text[:40])


def test_these_variants_read_back_from_their_own_text() -> None:
    for text in ALL:
        doc = parse_text(text)
        again = parse_text(to_text(doc))
        assert (again.kind, again.notation, again.subject) == (doc.kind, doc.notation, doc.subject)
        assert again.body == doc.body
        assert (again.recipients, again.signatures) == (doc.recipients, doc.signatures)


_NQ_HEADER = "ĐẢNG BỘ TỈNH AN GIANG\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 12-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
_NQ_HEADER += "Châu Thành, ngày 1 tháng 2 năm 2026\n\nNGHỊ QUYẾT\n"


@pytest.mark.parametrize(
    ("conference", "ordinal", "term"),
    [
        ("HỘI NGHỊ LẦN THỨ HAI MƯƠI MỐT\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI", 21, "XVI"),
        ("HỘI NGHỊ LẦN THỨ MƯỜI LĂM BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXV", 15, "XXV"),
        ("HỘI NGHỊ LẦN THỨ MƯỜI TƯ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXV", 14, "XXV"),
        ("HỘI NGHỊ LẦN THỨ HAI MƯƠI TƯ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ KHÓA XVII", 24, "XVII"),
        ("HỘI NGHỊ LẦN THỨ BA MƯƠI\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nKHÓA XV", 30, "XV"),
        ("HỘI NGHỊ LẦN THỨ BA BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA I", 3, "I"),
        ("HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII", 7, "XIII"),
    ],
)
def test_conference_ordinals_of_two_and_three_words(conference: str, ordinal: int, term: str) -> None:
    doc = parse_text(f"{_NQ_HEADER}{conference}\nvề công tác cán bộ\n\n1. Nội dung một.\n")
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (ordinal, term)
    assert doc.conference.body is not None
    assert doc.conference.body.name.startswith("BAN CHẤP HÀNH")
    assert doc.subject == "về công tác cán bộ"


def test_a_conference_in_words_is_read_from_the_opening_paragraph() -> None:
    text = _NQ_HEADER.replace("NGHỊ QUYẾT", "KẾT LUẬN").replace("12-NQ", "12-KL")
    text += "CỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nvề công tác cán bộ\n\n"
    text += "Ngày 20/1/2026, Hội nghị lần thứ hai mươi mốt Ban Chấp hành Đảng bộ huyện khóa XXV đã họp.\n\n"
    text += "1. Nội dung một.\n"
    doc = parse_text(text)
    assert doc.conference is not None
    assert (doc.conference.ordinal, doc.conference.term) == (21, "XXV")


_TB = "ĐẢNG BỘ TỈNH AN GIANG\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 34-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
_TB += "Châu Thành, ngày 1 tháng 2 năm 2026\n\nTHÔNG BÁO\nvề công tác cán bộ\n\n1. Nội dung một.\n\n"
_TB += "Nơi nhận:\n- Lưu VP.\n\n{mark} BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n"


@pytest.mark.parametrize(
    ("mark", "authority"),
    [
        # the slash lost or misread in a scan: still the Party's "thay mặt"
        ("TM", SigningAuthority.TM),
        ("T.M", SigningAuthority.TM),
        ("TM/", SigningAuthority.TM),
        ("T/M.", SigningAuthority.TM),
        ("KT", SigningAuthority.KT),
        ("T.L", SigningAuthority.TL),
        # the state's marks keep their dot
        ("TM.", SigningAuthority.STATE_TM),
        ("KT.", SigningAuthority.STATE_KT),
    ],
)
def test_signing_marks_as_scanned_or_typed(mark: str, authority: SigningAuthority) -> None:
    doc = parse_text(_TB.format(mark=mark))
    assert signatures(doc) == [(authority, "BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn An")]
    assert _recipients(doc) == [("Lưu VP", None)]


def test_a_body_line_that_begins_with_two_capitals_is_not_a_signature() -> None:
    text = _TB.replace("1. Nội dung một.", "1. Nội dung một.\n\nKT xã hội phát triển ổn định.")
    doc = parse_text(text.format(mark="T/M"))
    assert [b.label for b in doc.body if isinstance(b, Division)] == ["1"]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn An")]


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        (
            "Đề nghị Đảng ủy, Ủy ban nhân dân các xã, thị trấn chỉ đạo thực hiện.",
            ["Đảng ủy", "Ủy ban nhân dân các xã, thị trấn"],  # one body in every commune and town
            [],
        ),
        (
            "Trung tâm Chính trị huyện chủ trì, phối hợp với Ban Tổ chức Huyện ủy tổ chức lớp bồi dưỡng.",
            ["Trung tâm Chính trị huyện"],
            ["Ban Tổ chức Huyện ủy"],
        ),
        (
            "Giao Đảng ủy Công an huyện chủ trì, phối hợp với Viện Kiểm sát nhân dân huyện, Tòa án nhân dân huyện"
            " xử lý dứt điểm.",
            ["Đảng ủy Công an huyện"],
            ["Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện"],
        ),
        (
            "Ban Chỉ huy Quân sự huyện có trách nhiệm huy động lực lượng.",
            ["Ban Chỉ huy Quân sự huyện"],
            [],
        ),
        (
            "Yêu cầu các cấp ủy, tổ chức đảng quan tâm lãnh đạo.",
            ["các cấp ủy", "tổ chức đảng"],
            [],
        ),
    ],
)
def test_bodies_whose_names_hold_words_that_are_also_verbs(sentence: str, lead: list[str], partners: list[str]) -> None:
    doc = parse_text(_TB.replace("1. Nội dung một.", f"1. {sentence}").format(mark="T/M"))
    assert tasks(doc) == [(lead, partners)]


_CV_CLOSING = "Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.\n\nNội dung.\n\nNơi nhận:\n- Lưu VT.\n\n"
_CV_CLOSING += "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nVõ Thị Hà\n"


@pytest.mark.parametrize(
    "header",
    [
        # the date beside the first line of the V/v (pdftotext -layout), its rest indented below
        "TỈNH ỦY KHÁNH HÒA                         ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n"
        "        *\nSố 245-CV/BTGDVTU\n"
        "V/v tuyên truyền kỷ niệm Ngày           Khánh Hòa, ngày 12 tháng 11 năm 2026\n    Quốc phòng toàn dân\n\n",
        # one field per line
        "TỈNH ỦY KHÁNH HÒA\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 245-CV/BTGDVTU\nV/v tuyên truyền kỷ niệm Ngày\n"
        "Quốc phòng toàn dân\nĐẢNG CỘNG SẢN VIỆT NAM\nKhánh Hòa, ngày 12 tháng 11 năm 2026\n\n",
    ],
)
def test_a_wrapped_v_v_beside_or_above_other_fields(header: str) -> None:
    doc = parse_text(header + _CV_CLOSING)
    assert doc.subject == "V/v tuyên truyền kỷ niệm Ngày Quốc phòng toàn dân"
    assert (doc.place, doc.date) == ("Khánh Hòa", datetime.date(2026, 11, 12))
    assert str(doc.notation) == "245-CV/BTGDVTU"
    assert signatures(doc) == [(SigningAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Võ Thị Hà")]


@pytest.mark.parametrize(
    ("closing", "signer", "position"),
    [
        ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNGUYỄN VĂN BÌNH\n", "NGUYỄN VĂN BÌNH", "PHÓ BÍ THƯ"),
        ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\n\nVŨ ĐỨC TOÀN\n", "VŨ ĐỨC TOÀN", "PHÓ BÍ THƯ"),
        # a second line of the position after the gap is still the position
        (
            "T/L BAN THƯỜNG VỤ\nPHÓ CHÁNH VĂN PHÒNG\n\nPHỤ TRÁCH\n\nLê Thị Hoa\n",
            "Lê Thị Hoa",
            "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH",
        ),
    ],
)
def test_a_signer_printed_in_capitals(closing: str, signer: str, position: str) -> None:
    doc = parse_text("KẾT LUẬN\nvề công tác cán bộ\n\n1. Nội dung một.\n\nNơi nhận:\n- Lưu VP.\n\n" + closing)
    ((_authority, on_behalf_of, read_position, read_signer),) = signatures(doc)
    assert (on_behalf_of, read_position, read_signer) == ("BAN THƯỜNG VỤ", position, signer)
    assert parse_text(to_text(doc)).signatures == doc.signatures


def test_bien_ban_of_a_cell_signed_by_its_secretary_and_chair_side_by_side() -> None:
    doc = parse_text(BIEN_BAN_SIGNED_BY_ROLES)
    assert doc.kind is DocumentKind.BIEN_BAN
    assert str(doc.notation) == "05-BB/CB"
    assert doc.issuer is not None
    assert doc.issuer.name == "CHI BỘ ẤP 3"
    assert doc.subject == "sinh hoạt chi bộ thường kỳ tháng 01 năm 2026"
    assert _top(doc) == [("I", "ĐÁNH GIÁ TÌNH HÌNH THÁNG 12"), ("II", "NHIỆM VỤ THÁNG 01")]
    assert doc.recipients == ()
    # no "Nơi nhận", no T/M: the roles and names under them still sign
    assert signatures(doc) == [
        (None, None, "THƯ KÝ", "Trần Văn Bé"),
        (None, None, "CHỦ TRÌ HỘI NGHỊ", "Nguyễn Văn An"),
    ]


def test_a_two_column_table_of_figures_in_the_body_is_a_table() -> None:
    text = BAO_CAO_WITH_A_TABLE_OF_FIGURES.replace(
        "| TT | Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
        "| 1 | Đảng bộ xã Thiên Lộc | 12 | 10 | 83,3 |\n| 2 | Đảng bộ xã Vượng Lộc | 15 | 16 | 106,7 |\n"
        "| 3 | Chi bộ Công an huyện | 5 | 5 | 100 |\n|  | Tổng cộng | 32 | 31 | 96,9 |\n",
        "| Đơn vị | Kết nạp |\n|---|---|\n| 1. Đảng bộ xã Thiên Lộc | 10 |\n| 2. Đảng bộ xã Vượng Lộc | 16 |\n"
        "| 3. Chi bộ Công an huyện | 5 |\n",
    )
    assert text != BAO_CAO_WITH_A_TABLE_OF_FIGURES
    doc = parse_text(text)
    assert _outline(doc) == [("I",), ("I", "1"), ("I", "2"), ("II",), ("II", "1"), ("II", "2")]
    (table,) = _tables(doc.body)
    assert table.rows == (
        ("Đơn vị", "Kết nạp"),
        ("1. Đảng bộ xã Thiên Lộc", "10"),
        ("2. Đảng bộ xã Vượng Lộc", "16"),
        ("3. Chi bộ Công an huyện", "5"),
    )
    assert parse_text(to_text(doc)).body == doc.body


@pytest.mark.parametrize("mark", ["(Đã kỷ)", "(Da ky)", "(Ðã ký)", "(Đã ký và đóng dấu)", "[Đã ký]"])
def test_the_signed_mark_as_scanned_does_not_hide_the_signer(mark: str) -> None:
    doc = parse_text(
        "KẾT LUẬN\nvề công tác cán bộ\n\n1. Nội dung một.\n\nNơi nhận:\n- Lưu VP.\n\n"
        f"T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n{mark}\n\nNguyễn Văn Bình\n"
    )
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Bình")]
    assert doc.signatures[0].note == mark


@pytest.mark.parametrize(
    "entries",
    [
        "_ Ban Thường vụ Tỉnh ủy (để b/c),\n_ Lưu VP.",  # OCR read the dashes as underscores
        "Ban Thường vụ Tỉnh ủy (để b/c),\nLưu VP.",  # printed without dashes, one a line
    ],
)
def test_recipients_without_dashes(entries: str) -> None:
    doc = parse_text(
        "KẾT LUẬN\nvề công tác cán bộ\n\n1. Nội dung một.\n\nNơi nhận:\n"
        f"{entries}\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Bình\n"
    )
    assert _recipients(doc) == [("Ban Thường vụ Tỉnh ủy", "để b/c"), ("Lưu VP", None)]
    assert signatures(doc) == [(SigningAuthority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Bình")]
