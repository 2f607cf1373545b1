"""Annotations: sentences, references, dates, tasks."""

from __future__ import annotations

import datetime

from nghiquyet import BodyMention, DateMention, DocumentKind, Paragraph, Reference, Task
from nghiquyet.text.annotate import Annotator, find_task, sentences


def test_sentences_end_before_a_capital() -> None:
    text = "Tiềm lực được nâng lên. Quản lý nhà nước, v.v. Được đổi mới; còn chậm. Hết"
    parts = [text[a:b] for a, b in sentences(text)]
    assert parts == ["Tiềm lực được nâng lên.", "Quản lý nhà nước, v.v. Được đổi mới; còn chậm.", "Hết"]


def test_reference_with_kind_date_and_issuer() -> None:
    text = "Tiếp tục thực hiện Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh về giải pháp."
    (ref,) = Annotator().references(text)
    assert ref.kind is DocumentKind.KET_LUAN
    assert str(ref.notation) == "706-KL/TU"
    assert ref.date == datetime.date(2023, 4, 5)
    assert ref.issuer is not None
    assert ref.issuer.name == "Ban Chấp hành Đảng bộ tỉnh"
    assert (
        text[ref.start : ref.end] == "Kết luận số 706-KL/TU, ngày 05/4/2023 của Ban Chấp hành Đảng bộ tỉnh về giải pháp"
    )
    assert ref.title == "về giải pháp"


def test_reference_printed_with_spaces_dashes_and_a_line_break() -> None:
    annotator = Annotator()
    found = [str(r.notation) for r in annotator.references("Tờtrình số 50- TTr/BXDĐ ngày 29/9/2025 và số 08 –HD/BTCTU")]
    assert found == ["50-TTr/BXDĐ", "08-HD/BTCTU"]


def test_state_references_and_date_in_words() -> None:
    text = "Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024 và Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024"
    refs = list(Annotator().references(text))
    assert [(str(r.notation), r.date) for r in refs] == [
        ("57-NQ/TW", datetime.date(2024, 12, 22)),
        ("33/2024/QH15", datetime.date(2024, 6, 21)),
    ]


def test_own_notation_and_dates_are_not_references() -> None:
    annotator = Annotator(own="03/NQ-CP")
    assert list(annotator.references("Kèm theo Nghị quyết số 03/NQ-CP; ngày 3/2, 19/5 và 2/9; năm 2025-2030")) == []


def test_spans_sorted_and_not_overlapping() -> None:
    text = "Nghị quyết số 87-NQ/TU, ngày 15/3/2023; họp ngày 06 tháng 10 năm 2023."
    spans = Annotator().spans(text)
    assert [type(s) for s in spans] == [Reference, DateMention]
    assert spans[1].date == datetime.date(2023, 10, 6)  # type: ignore[union-attr]


def test_giao_task_with_partners_report_and_deadline() -> None:
    found = find_task(
        "Giao Văn phòng Thị ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi, đôn đốc việc thực hiện, "
        "định kỳ báo cáo về Ban Thường vụ Thị ủy trước ngày 30/12/2025."
    )
    assert found is not None
    assert found.lead == ("Văn phòng Thị ủy",)
    assert found.partners == ("các cơ quan chức năng",)
    assert found.report_to == "Ban Thường vụ Thị ủy"
    assert found.deadline == "trước ngày 30/12/2025"
    assert found.deadline_date == datetime.date(2025, 12, 30)


def test_task_forms() -> None:
    lead = {
        "Đồng ý thông qua, giao UBND thị xã, các ban Xây dựng Đảng và các cơ quan, đơn vị liên quan tiếp thu.": (
            "UBND thị xã",
            "các ban Xây dựng Đảng",
            "các cơ quan",
            "đơn vị liên quan",
        ),
        "Ban Tuyên giáo Trung ương chủ trì phối hợp với các ban đảng theo dõi.": ("Ban Tuyên giáo Trung ương",),
        "Nhà nước có trách nhiệm đầu tư.": ("Nhà nước",),
        "Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm.": ("thường trực các tỉnh uỷ", "thành uỷ"),
        "Căn cứ kết luận; đềnghịĐảng uỷUBND xã, Ban Xây dựng Đảng triển khai.": ("Đảng uỷUBND xã", "Ban Xây dựng Đảng"),
    }
    for sentence, expected in lead.items():
        found = find_task(sentence)
        assert found is not None, sentence
        assert found.lead == expected


def test_not_tasks() -> None:
    for sentence in (
        "Nghiên cứu phương án giao Bộ Giáo dục và Đào tạo quản lý trực tiếp.",
        "Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ.",
        "Các đơn vị gửi hồ sơ đề nghị tặng Huy hiệu Đảng.",
        "Ủy ban Kiểm tra Tỉnh ủy phối hợp với các cơ quan kiểm tra.",
        "Đáp ứng yêu cầu nhiệm vụ.",
    ):
        assert find_task(sentence) is None, sentence


def test_blocks_split_a_paragraph_at_assigning_sentences() -> None:
    blocks = Annotator().blocks("Hội nghị thống nhất. Kết quả tốt. Giao Văn phòng Tỉnh ủy theo dõi. Hết.")
    assert [type(b) for b in blocks] == [Paragraph, Task, Paragraph]
    task = blocks[1]
    assert isinstance(task, Task)
    assert task.text == "Giao Văn phòng Tỉnh ủy theo dõi."
    assert [b.name for b in task.lead] == ["Văn phòng Tỉnh ủy"]
    assert isinstance(task.spans[0], BodyMention)
    assert task.text[task.spans[0].start : task.spans[0].end] == "Văn phòng Tỉnh ủy"


def test_everyone_is_a_task_only_when_asked() -> None:
    assert find_task("Các cấp ủy, chính quyền có trách nhiệm triển khai.") is None
    found = find_task("Đề nghị các cấp ủy, chính quyền triển khai.")
    assert found is not None
    assert found.lead == ("các cấp ủy", "chính quyền")


def test_the_issuer_of_a_reference_ends_at_a_comma() -> None:
    (ref,) = Annotator().references(
        "thực hiện Nghị quyết số 20-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ"
    )
    assert ref.issuer is not None
    assert ref.issuer.name == "Ban Chấp hành Đảng bộ tỉnh"


def test_giao_with_no_body_is_no_task() -> None:
    assert find_task("Giao quyền sở hữu các kết quả nghiên cứu cho cơ quan chủ trì.") is None


def test_reference_title_stops_at_punctuation_and_other_citations() -> None:
    text = "Kết luận số 21-KL/TW về xây dựng Đảng gắn với thực hiện Chỉ thị số 05-CT/TW về học tập"
    first, second = Annotator().references(text)
    assert (first.title, second.title) == (None, "về học tập")


def test_reference_title() -> None:
    text = (
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
        "về đột phá phát triển khoa học, công nghệ; tiếp"
    )
    (ref,) = Annotator().references(text)
    assert ref.title == "về đột phá phát triển khoa học, công nghệ"
    assert text[ref.end :] == "; tiếp"


def test_partners_stop_at_the_verb() -> None:
    found = find_task("Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch ứng phó.")
    assert found is not None
    assert found.partners == ("các sở", "ngành")
    found = find_task("Giao Ban Xây dựng Đảng phối hợp Đảng uỷUBND xã tham mưu.")
    assert found is not None
    assert found.lead == ("Ban Xây dựng Đảng",)


def _lead(sentence: str) -> tuple[list[str], list[str]] | None:
    found = find_task(sentence)
    return None if found is None else (list(found.lead), list(found.partners))


def test_role_holders_are_one_lead() -> None:
    assert _lead("Người được giao theo dõi, giải quyết công việc của cơ quan, tổ chức có trách nhiệm lập hồ sơ.") == (
        ["Người được giao theo dõi, giải quyết công việc của cơ quan, tổ chức"],
        [],
    )
    assert _lead(
        "Người đứng đầu đơn vị (sau đây gọi chung là đơn vị) trong phạm vi quyền hạn có trách nhiệm chỉ đạo."
    ) == (
        ["Người đứng đầu đơn vị"],
        [],
    )
    assert _lead("Người dân có trách nhiệm giữ gìn vệ sinh.") is None  # not a role in a body


def test_a_body_that_assigns_before_giao() -> None:
    assert _lead("Ngày 5/5/2025, theo đó Ban Bí thư giao Ban Tuyên giáo Trung ương tổng kết.") == (
        ["Ban Tuyên giáo Trung ương"],
        [],
    )
    assert _lead("Đây là phương án giao Bộ Tài chính quản lý.") is None


def test_something_between_the_bodies_and_their_duty() -> None:
    sentence = "Sở Nội vụ, Sở Tài chính căn cứ chức năng, nhiệm vụ được giao có trách nhiệm phối hợp thực hiện."
    assert _lead(sentence) == (["Sở Nội vụ", "Sở Tài chính"], [])


def test_a_verb_after_the_body_is_not_part_of_its_name() -> None:
    assert _lead("Giao Văn phòng Huyện ủy tham mưu tổ chức hội nghị.") == (["Văn phòng Huyện ủy"], [])
    assert _lead("Đề nghị Mặt trận Tổ quốc xã vận động nhân dân.") == (["Mặt trận Tổ quốc xã"], [])
    assert _lead("Giao các cơ quan tham mưu, giúp việc Huyện ủy thực hiện.") == (
        ["các cơ quan tham mưu", "giúp việc Huyện ủy"],
        [],
    )


def test_a_submission_for_an_award_is_not_a_task() -> None:
    assert _lead("Chi bộ xét đủ tiêu chuẩn thì đề nghị cấp ủy cấp trên trực tiếp xem xét tặng Huy hiệu.") is None
    assert _lead("Đối với đảng bộ ít đảng viên thì đề nghị cấp ủy cấp trên cơ sở ủy quyền tổ chức lễ.") == (
        ["cấp ủy cấp trên cơ sở"],
        [],
    )


def test_sentences_do_not_end_inside_a_parenthesis() -> None:
    text = "Người đứng đầu cơ quan (cơ quan đảng. Sau đây gọi chung là cơ quan) có trách nhiệm. Hết."
    assert [text[a:b] for a, b in sentences(text)] == [text[: text.index(" Hết")], "Hết."]


def test_a_citation_dated_before_it_in_the_same_clause() -> None:
    text = "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về khoa học."
    (ref,) = Annotator().references(text)
    assert ref.date == datetime.date(2024, 12, 22)
    (undated,) = Annotator().references("Thực hiện Kết luận số 12-KL/TU của Tỉnh ủy.")
    assert undated.date is None


def test_citation_dates_printed_in_other_places_of_the_citation() -> None:
    def dated(text: str) -> list[tuple[str, datetime.date | None]]:
        return [(str(r.notation), r.date) for r in Annotator().references(text)]

    day = datetime.date(2024, 12, 22)
    assert dated("Thực hiện Nghị quyết số 57-NQ/TW được ban hành ngày 22/12/2024 về khoa học.") == [("57-NQ/TW", day)]
    assert dated("Thực hiện Nghị quyết số 57-NQ/TW (ngày 22/12/2024) về khoa học.") == [("57-NQ/TW", day)]
    assert dated("Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22 tháng 12 năm 2024 về khoa học.") == [
        ("57-NQ/TW", day)
    ]
    # after a comma the date belongs to the next clause
    assert dated("Theo Kết luận số 12-KL/TU của Tỉnh ủy, ngày 5/5/2025 Ban Thường vụ đã họp.") == [("12-KL/TU", None)]


def test_a_date_in_parentheses_is_closed_and_the_issuer_after_it_is_read() -> None:
    text = "Thực hiện Chỉ thị 05-CT/TW (ngày 15/5/2016) của Bộ Chính trị về đẩy mạnh học tập."
    (ref,) = Annotator().references(text)
    assert text[ref.start : ref.end] == "Chỉ thị 05-CT/TW (ngày 15/5/2016) của Bộ Chính trị về đẩy mạnh học tập"
    assert ref.date == datetime.date(2016, 5, 15)
    assert ref.issuer is not None
    assert (ref.issuer.name, ref.title) == ("Bộ Chính trị", "về đẩy mạnh học tập")


def test_a_citation_printed_in_capitals_keeps_its_issuer_and_title() -> None:
    # a trích yếu is often printed in capitals
    text = "VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN"
    (ref,) = Annotator().references(text)
    assert text[ref.start : ref.end] == text[len("VỀ THỰC HIỆN ") :]
    assert (ref.kind, ref.date) == (DocumentKind.NGHI_QUYET, datetime.date(2024, 12, 22))
    assert ref.issuer is not None
    assert (ref.issuer.name, ref.title) == ("BỘ CHÍNH TRỊ", "VỀ ĐỘT PHÁ PHÁT TRIỂN")


def test_each_clause_that_assigns_work_is_a_task() -> None:
    text = (
        "Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu kế hoạch; "
        "Ủy ban Kiểm tra Huyện ủy có trách nhiệm giám sát việc thực hiện."
    )
    first, second = Annotator().blocks(text)
    assert isinstance(first, Task)
    assert isinstance(second, Task)
    assert f"{first.text} {second.text}" == text  # the sentence is cut, not rewritten
    assert ([b.name for b in first.lead], [b.name for b in first.partners]) == (
        ["Ban Tổ chức Huyện ủy"],
        ["Văn phòng Huyện ủy"],
    )
    assert [b.name for b in second.lead] == ["Ủy ban Kiểm tra Huyện ủy"]
    # partners listed with commas stay one task
    (one,) = Annotator().blocks("Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng, Ủy ban Kiểm tra thực hiện.")
    assert isinstance(one, Task)
    assert [b.name for b in one.partners] == ["Văn phòng", "Ủy ban Kiểm tra"]


def test_verbs_that_begin_like_names_end_the_partners() -> None:
    found = find_task("Giao Ban Tuyên giáo chủ trì, phối hợp với các cơ quan liên quan tuyên truyền.")
    assert found is not None
    assert found.partners == ("các cơ quan liên quan",)
    found = find_task("Giao Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện.")
    assert found is not None
    assert found.lead == ("Ủy ban Kiểm tra Huyện ủy",)
