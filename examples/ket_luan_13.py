"""Build the seed document, Kết luận Hội nghị lần thứ 13, by hand, and save it as JSON.

Run: python examples/ket_luan_13.py  (writes examples/ket-luan-13.json beside this file)

Every part of the printed document is here: the conference, sections I–III, items 1–7
of section II, the references to 706-KL/TU, 87-NQ/TU and 10-NQ/TU with their dates and
issuers, the tasks of sections II and III with their lead and partner bodies, the eight
recipients and the signature. The copy has no header block (no issuer, number, place or
date), so those stay empty.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import nghiquyet as nq

TINH_UY = nq.Organization(name="Ban Chấp hành Đảng bộ tỉnh")
BTV_TINH_UY = nq.Organization(name="Ban Thường vụ Tỉnh ủy")
BTV_THI_UY = nq.Organization(name="Ban Thường vụ Thị ủy")


def paragraph(text: str, *spans: nq.Span) -> nq.Paragraph:
    return nq.Paragraph(text=text, spans=spans)


def cite(text: str, cited: str, *, kind: nq.DocumentKind, date: datetime.date, issuer: nq.Organization) -> nq.Reference:
    """A reference over the first occurrence of ``cited`` in ``text``."""
    start = text.index(cited)
    notation = nq.Notation.parse(cited.split("số", 1)[1].split(",", 1)[0])
    return nq.Reference(start=start, end=start + len(cited), kind=kind, notation=notation, date=date, issuer=issuer)


def numbered(marker: str, *children: nq.Block, heading: str | None = None) -> nq.Division:
    numbering = nq.Numbering.ROMAN if marker.rstrip(".").isalpha() else nq.Numbering.ARABIC
    return nq.Division(numbering=numbering, marker=marker, heading=heading, children=children)


ITEM_1 = (
    "Các cấp ủy Đảng thực hiện nghiêm túc các chủ trương, nghị quyết của Trung ương, của tỉnh, của thị xã. "
    "Tiếp tục thực hiện Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh về giải pháp, "
    "nhiệm vụ trọng tâm từ nay đến cuối năm 2023; rà soát các chỉ tiêu, nhiệm vụ chưa hoàn thành; đề ra các "
    "giải pháp và tích cực thực hiện để hoàn thành các chỉ tiêu, nhiệm vụ năm 2023."
)
ITEM_5_TRAFFIC = (
    "Tiếp tục triển khai thực hiện nghiêm túc, có hiệu quả Nghị quyết số 87-NQ/TU, ngày 15/3/2023 của Ban "
    "Thường vụ Tỉnh ủy về xây dựng “Tỉnh an toàn giao thông”; Nghị quyết số 10-NQ/TU, ngày 11/4/2023 của Ban "
    "Thường vụ Thị ủy về xây dựng “Thị xã an toàn giao thông”."
)
ITEM_7 = (
    "Đồng ý thông qua các báo cáo trình tại Hội nghị, giao UBND thị xã, các ban Xây dựng Đảng và các cơ quan, "
    "đơn vị liên quan tiếp thu các ý kiến bổ sung, hoàn thiện, trình cấp có thẩm quyền theo quy định."
)
SECTION_3_DUTY = (
    "Ban Chấp hành Đảng bộ thị xã yêu cầu UBND thị xã, các cơ quan, ban, ngành, các Chi, Đảng bộ cơ sở trên "
    "cơ sở chức năng, nhiệm vụ và tình hình thực tiễn có trách nhiệm bám sát nội dung, cụ thể hóa công việc "
    "cho phù hợp, xây dựng kế hoạch, triển khai và tổ chức thực hiện tốt các nhiệm vụ, góp phần hoàn thành "
    "thắng lợi các nhiệm vụ chính trị của địa phương."
)
SECTION_3_OFFICE = (
    "Giao Văn phòng Thị ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi, đôn đốc việc thực hiện kết "
    "luận này, định kỳ báo cáo về Ban Thường vụ Thị ủy."
)

PREAMBLE = (
    "Thực hiện chương trình công tác năm 2023, ngày 06 tháng 10 năm 2023, Ban Chấp hành Đảng bộ thị xã khóa "
    "XXIII tổ chức Hội nghị lần thứ 13 đánh giá kết quả điều hành, lãnh đạo thực hiện nhiệm vụ kinh tế - xã "
    "hội, an ninh, quốc phòng, công tác xây dựng Đảng, Chính quyền, MTTQ và các tổ chức chính trị - xã hội 9 "
    "tháng đầu năm 2023. Sau khi xem xét và thảo luận các đại biểu đã thống nhất kết luận:"
)


def mention(printed: str, date: datetime.date, text: str) -> nq.DateMention:
    """A date mention over the first occurrence of ``printed`` in ``text``."""
    start = text.index(printed)
    return nq.DateMention(start=start, end=start + len(printed), date=date)


def bodies(*names: str) -> tuple[nq.Organization, ...]:
    return tuple(nq.Organization(name=name) for name in names)


SECTION_I = numbered(
    "I.",
    paragraph(
        "Trong bối cảnh tình hình kinh tế - xã hội tiếp tục diễn biến khó khăn, phức tạp đã ảnh hưởng không nhỏ "
        "đến mục tiêu, nhiệm vụ chính trị của thị xã năm 2023. Song, dưới sự chỉ đạo của Tỉnh ủy, UBND tỉnh cùng "
        "với sự cố gắng, nỗ lực, quyết tâm của toàn Đảng bộ, chính quyền và nhân dân thị xã đã tập trung thực hiện "
        "tốt các nhiệm vụ chính trị. Chín tháng đầu năm đã đạt được một số kết quả như sau:"
    ),
    paragraph(
        "Công tác xây dựng Đảng và hệ thống chính trị được tăng cường; lĩnh vực nội chính, phòng chống tham "
        "nhũng, tiêu cực được chỉ đạo thực hiện nghiêm túc, quyết liệt. Sửa đổi, ban hành Quy chế làm việc của "
        "Ban chấp hành đảng bộ thị xã khóa XXIII, nhiệm kỳ 2020-2025. Chỉ đạo các tổ chức cơ sở Đảng sơ kết giữa "
        "nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ các cấp xong trong tháng 5/2023; đã tổ chức sơ kết giữa "
        "nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIII, nhiệm kỳ 2020-2025; tổ chức thành "
        "công Đại hội đại biểu Hội Nông dân thị xã; Đại hội đại biểu Công đoàn thị xã nhiệm kỳ 2023-2028."
    ),
    paragraph(
        "Các lĩnh vực kinh tế - xã hội đạt được nhiều kết quả tích cực; thực hiện hiệu quả việc chuyển đổi cơ cấu "
        "cây trồng, tích tụ ruộng đất, chú trọng phát triển sản phẩm nông nghiệp đảm bảo an toàn thực phẩm; tiếp "
        "tục chỉ đạo tích cực triển khai thực hiện “Chương trình mỗi xã, phường một sản phẩm” (OCOP); đăng ký và "
        "được UBND tỉnh phê duyệt danh mục 13 sản phẩm tham gia Chương trình OCOP năm 2023. Tiếp tục chỉ đạo triển "
        "khai kế hoạch thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới theo bộ tiêu chí nông thôn "
        "mới năm 2023."
    ),
    paragraph(
        "Thực hiện tốt công tác quản lý đất đai, công tác bảo vệ môi trường, kiểm tra và xử lý vi phạm về trật "
        "tự xây dựng đô thị, lấn chiếm lòng đường, vỉa hè, hành lang an toàn giao thông. Đẩy nhanh tiến độ thi "
        "công các dự án, công trình trọng điểm, dự án"
    ),
    paragraph("GPMB đường vành đai 4 - vùng Thủ đô Hà Nội (đoạn qua địa phận thị xã) đạt 81,75% kế hoạch."),
    paragraph(
        "Công tác an sinh, phúc lợi xã hội được đảm bảo. Duy trì tốt các chương trình mục tiêu y tế Quốc gia, "
        "công tác y tế dự phòng và kiểm soát dịch bệnh, công tác vệ sinh an toàn thực phẩm. Tập trung quảng bá "
        "một số di sản tiêu biểu của thị xã: Tranh đồng hồ, chùa dâu, bút tháp...; thực hiện tốt chương trình năm "
        "học 2022-2023, phối hợp tổ chức thành công tuyển sinh vào lớp 10 và thi tốt nghiệp THPT cấp quốc gia. "
        "Tình hình an ninh chính trị trên địa bàn thị xã cơ bản được giữ vững và ổn định."
    ),
    paragraph(
        "Tuy nhiên bên cạnh những kết quả đã đạt được, trong công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ còn tồn "
        "tại một số hạn chế:"
    ),
    paragraph(
        "Thu ngân sách nhà nước 9 tháng đầu năm 2023 chưa đạt so với tiến độ dự toán được giao (47% dự toán năm). "
        "Công tác giải ngân, thanh toán vốn còn chậm."
    ),
    paragraph(
        "Tình trạng lấn chiếm đất công, tự ý chuyển mục đích sử dụng đất còn xảy ra; việc chấp hành các quy định "
        "về bảo vệ môi trường đặc biệt là xả nước thải của một số các doanh nghiệp trong các cụm công nghiệp còn "
        "chưa nghiêm, gây ảnh hưởng đến đời sống sinh hoạt và sản xuất nông nghiệp của nhân dân."
    ),
    paragraph("Chất lượng giáo dục mũi nhọn (thi học sinh giỏi THCS cấp tỉnh) còn thấp."),
    paragraph("Tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến mức độ 3, 4 của doanh nghiệp, người dân vẫn còn thấp."),
    paragraph(
        "Một số xã thực hiện công tác tiếp dân chưa nghiêm túc, giải quyết đơn thư khiếu nại, tố cáo của công dân "
        "còn chậm, chưa quyết liệt."
    ),
    paragraph(
        "Sự phối hợp hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có việc chưa chặt chẽ. Các "
        "phong trào hoạt động của các tổ chức đoàn thể chưa có đột phá. Việc tham gia giám sát và phản biện xã hội "
        "còn hạn chế."
    ),
    heading="KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2023",
)

SECTION_II = numbered(
    "II.",
    paragraph(
        "Để phấn đấu hoàn thành các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025 đề ra, cũng "
        "như những nhiệm vụ đề ra trong năm 2023, trong 3 tháng cuối năm, các cấp ủy Đảng, chính quyền, MTTQ, các "
        "tổ chức chính trị - xã hội từ thị xã đến cơ sở cần tập trung thực hiện tốt một số nhiệm vụ sau:"
    ),
    numbered(
        "1.",
        paragraph(
            ITEM_1,
            cite(
                ITEM_1,
                "Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh",
                kind=nq.DocumentKind.KET_LUAN,
                date=datetime.date(2023, 4, 5),
                issuer=TINH_UY,
            ),
        ),
        paragraph(
            "Nâng cao chất lượng các mặt công tác xây dựng Đảng, Chính quyền, MTTQ và các tổ chức chính trị - xã "
            "hội; tăng cường công tác tuyên truyền, vận động nhân dân chấp hành các đường lối, chủ trương của Đảng, "
            "chính sách pháp luật của Nhà nước; tăng cường công tác giám sát, phản biện xã hội của các tổ chức chính "
            "trị xã hội."
        ),
        paragraph(
            "Nâng cao trách nhiệm của các cấp ủy, tổ chức đảng trong công tác kết nạp đảng viên; chú trọng tạo "
            "nguồn kết nạp đảng viên trong thanh niên sẵn sàng nhập ngũ năm 2023. Xây dựng Kế hoạch tổ chức thực "
            "hiện kiểm điểm, đánh giá, phân loại các tổ chức Đảng, đảng viên, các tập thể và cá nhân lãnh đạo thuộc "
            "diện Ban thường vụ Thị ủy quản lý năm 2023."
        ),
    ),
    numbered(
        "2.",
        paragraph(
            "Triển khai thực hiện kế hoạch sản xuất vụ đông năm 2023; xây dựng kế hoạch sản xuất vụ xuân, kế hoạch "
            "trồng cây đầu xuân năm 2024; thực hiện nhiệm vụ phòng chống dịch bệnh động vật. Triển khai thực hiện kế "
            "hoạch làm thủy lợi cải tạo đất năm 2023. Tiếp tục triển khai kế hoạch thực hiện Chương trình mục tiêu "
            "Quốc gia xây dựng nông thôn mới năm 2023."
        ),
    ),
    numbered(
        "3.",
        paragraph(
            "Tăng cường công tác quản lý thu, chi ngân sách nhà nước; đẩy nhanh tiến độ giải ngân vốn đầu tư công; "
            "tiến độ giải phóng mặt bằng các dự án: đường vành đai 4 (địa phận thị xã Thuận Thành); Khu Công nghiệp "
            "Thuận Thành 1, Thuận Thành 2, Thuận Thành 3-phân khu B; các dự án đất dân cư dịch vụ trên địa bàn."
        ),
    ),
    numbered(
        "4.",
        paragraph(
            "Tập trung chỉ đạo công tác quản lý quy hoạch xây dựng, quy hoạch đô thị và triển khai xây dựng quy "
            "hoạch phân khu; tiếp tục chỉ đạo thực hiện tốt công tác quản lý về trật tự xây dựng. Tăng cường công tác "
            "vệ sinh môi trường; duy trì thực hiện tốt việc thu gom, vận chuyển và xử lý rác thải sinh hoạt. Tăng "
            "cường công tác kiểm tra việc chấp hành bảo vệ môi trường tại các làng nghề, cụm công nghiệp."
        ),
        paragraph(
            "Các xã, phường thành lập Ban chỉ đạo thực hiện các Kết luận của Ban Thường vụ Tỉnh ủy và Kế hoạch của "
            "UBND tỉnh về việc xử lý các trường hợp giao đất ở không đúng thẩm quyền, sử dụng đất lấn, chiếm, tự ý "
            "chuyển mục đích sử dụng đất."
        ),
    ),
    numbered(
        "5.",
        paragraph(
            "Lãnh đạo thực hiện tốt các nhiệm vụ quốc phòng- an ninh. Lực lượng công an tăng cường công tác tuần tra "
            "đảm bảo an ninh - trật tự an toàn xã hội. Chỉ đạo, tổ chức diễn tập chiến đấu phòng Trạm Lộ, Ninh Xá, "
            "nghĩa Đạo trong khu vực phòng thủ năm 2023; làm tốt công tác tuyển quân năm 2024. Tiếp tục triển khai "
            "công tác thanh tra, kiểm tra; rà soát, tập trung giải quyết các đơn thư tồn đọng; thực hiện các quyết "
            "định, kết luận sau thanh tra, kiểm tra."
        ),
        paragraph(
            ITEM_5_TRAFFIC,
            cite(
                ITEM_5_TRAFFIC,
                "Nghị quyết số 87-NQ/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy",
                kind=nq.DocumentKind.NGHI_QUYET,
                date=datetime.date(2023, 3, 15),
                issuer=BTV_TINH_UY,
            ),
            cite(
                ITEM_5_TRAFFIC,
                "Nghị quyết số 10-NQ/TU, ngày 11/4/2023 của Ban Thường vụ Thị ủy",
                kind=nq.DocumentKind.NGHI_QUYET,
                date=datetime.date(2023, 4, 11),
                issuer=BTV_THI_UY,
            ),
        ),
    ),
    numbered(
        "6.",
        paragraph(
            "Thực hiện hiệu quả công tác bảo vệ, chăm sóc, nâng cao sức khỏe nhân dân và công tác dân số; duy trì "
            "tiêm vắc xin phòng Covid-19. Thực hiện tốt các chương trình mục tiêu y tế quốc gia. Thực hiện tốt các "
            "chính sách an sinh xã hội, chính sách đối với người có công, đối tượng bảo trợ xã hội. Quan tâm công tác "
            "hỗ trợ, đào tạo lao động, giải quyết việc làm. Tiếp tục đổi mới căn bản, phát triển toàn diện giáo dục "
            "và đào tạo; thực hiện tốt việc đổi mới Chương trình giáo dục phổ thông 2018. Tăng cường công tác xây "
            "dựng cơ sở vật chất trường học, nâng cao tiêu chí xây dựng trường chuẩn Quốc gia và kiểm định chất lượng."
        ),
    ),
    numbered(
        "7.",
        nq.Task(text=ITEM_7, lead=bodies("UBND thị xã", "các ban Xây dựng Đảng", "các cơ quan", "đơn vị liên quan")),
    ),
    heading="MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
)

SECTION_III = numbered(
    "III.",
    nq.Task(
        text=SECTION_3_DUTY,
        lead=bodies("UBND thị xã", "các cơ quan", "ban", "ngành", "các Chi", "Đảng bộ cơ sở"),
    ),
    nq.Task(
        text=SECTION_3_OFFICE,
        lead=bodies("Văn phòng Thị ủy"),
        partners=bodies("các cơ quan chức năng"),
        report_to=BTV_THI_UY,
    ),
    heading="TỔ CHỨC THỰC HIỆN",
)

KET_LUAN_13 = nq.Document(
    kind=nq.DocumentKind.KET_LUAN,
    title="KẾT LUẬN",
    subject="Về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm phương hướng, mục tiêu, nhiệm vụ 3 tháng "
    "cuối năm 2023",
    conference=nq.Conference(ordinal=13, body=nq.Organization(name="Ban Chấp hành Đảng bộ thị xã"), term="XXIII"),
    preamble=(
        paragraph(
            PREAMBLE,
            mention("ngày 06 tháng 10 năm 2023", datetime.date(2023, 10, 6), PREAMBLE),
        ),
    ),
    body=(SECTION_I, SECTION_II, SECTION_III),
    signatures=(
        nq.Signature(
            authority=nq.SigningAuthority.TM,
            on_behalf_of="BAN THƯỜNG VỤ",
            position="PHÓ BÍ THƯ THƯỜNG TRỰC",
            signer="Văn Quốc Cường",
        ),
    ),
    recipients=tuple(
        nq.Recipient(name=name)
        for name in (
            "Thường trực Tỉnh ủy",
            "Đ/c Đào Quang Khải–UVBTV, PCTUBND tỉnh",
            "Văn phòng Tỉnh ủy",
            "TTTU, HĐND, UBND thị xã",
            "Các đồng chí TUV",
            "Các Ban XDD, các tổ chức CT-XH",
            "Các chi, đảng bộ trực thuộc",
            "Lưu VT",
        )
    ),
)

if __name__ == "__main__":
    out = Path(__file__).with_name("ket-luan-13.json")
    out.write_bytes(nq.to_json(KET_LUAN_13, indent=True) + b"\n")
    print(f"wrote {out}")
