"""Arabic reports of royal, emiri and presidential pardons: number words with a glued preposition, long
breakdown statements, gapped counts, Gulf rulers' names, people named who are no officials, and people
who may yet benefit from an amnesty law."""

import datetime as dt

from releases.extraction import extract
from releases.extraction.lexicon_arfa import AR
from releases.extraction.numbers import find_numbers

PUBLISHED = dt.date(2025, 6, 10)


def figures(text: str) -> dict[tuple[int, str], tuple[str | None, str]]:
    result = extract(text, published=PUBLISHED, language="ar")
    return {(f.value, f.metric): (f.category, f.role) for f in result.figures}


def officials(text: str) -> dict[str, str]:
    return {o.name: o.role for o in extract(text, published=PUBLISHED, language="ar").officials}


def values(text: str) -> list[int]:
    return [m.value for m in find_numbers(text, AR)]


def test_number_words_after_a_glued_preposition():
    assert values("أفرجت الوزارة بالعفو عن باقي العقوبة لألفين و315 نزيلا") == [2315]
    assert values("صدر القرار بثلاثة آلاف اسم") == [3000]
    assert values("لست أدري كم عددهم") == []  # "لست" is "I am not", no six


def test_arabic_number_words_of_two_thousand_and_twelve():
    assert values("أفرج عن ألفان وخمسمائة نزيل") == [2500]
    assert values("عفا عن الفين و300 سجين") == [2300]
    assert values("أطلق سراح اثني عشر معتقلا") == [12]


def test_a_breakdown_statement_with_groups_by_state_and_lines_under_colons():
    text = (
        "أصدر الملك عفوه على 910 أشخاص بمناسبة عيد الأضحى.\n\n"
        "وجاء توزيع المستفيدين كالآتي:\n\n"
        "- الموجودون في حالة اعتقال، وعددهم 700 نزيل:\n"
        "العفو مما تبقى من العقوبة لفائدة 40 نزيلا؛\n"
        "التخفيض من العقوبة لفائدة 650 نزيلا؛\n"
        "تحويل السجن المؤبد إلى السجن المحدد لفائدة 10 نزلاء.\n\n"
        "- الموجودون في حالة سراح، وعددهم 180 شخصا:\n"
        "العفو من الغرامة لفائدة 120 شخصا؛\n"
        "العفو من العقوبة الحبسية لفائدة 50 شخصا.\n\n"
        "كما شمل العفو 30 نزيلا محكوما في قضايا الإرهاب."
    )
    found = figures(text)
    assert found[(910, "pardoned")][1] == "total"
    # Where the group stands (held or at liberty) is no count of people held.
    assert (700, "detained") not in found
    assert found[(700, "pardoned")][1] == "part"
    assert found[(180, "pardoned")][1] == "part"  # told like the group before, not like the line before it
    # The second list does not add up to its head (a line is left out) and still nests under it.
    assert found[(120, "pardoned")][1] == "part"
    assert found[(50, "pardoned")][1] == "part"
    assert found[(10, "sentence_reduced")][1] == "part"  # a life sentence turned into a fixed term
    assert found[(30, "pardoned")] == ("security", "part")


def test_a_count_whose_noun_is_left_out_after_a_partitive():
    text = (
        "وشمل العفو الملكي 40 محكوما في قضايا التطرف والإرهاب، واستفاد 25 منهم من العفو مما تبقى من العقوبة، "
        "و15 من التخفيض منها."
    )
    assert figures(text)[(15, "sentence_reduced")][0] == "security"


def test_a_count_after_the_verbs_preposition_told_again_takes_its_verb_and_its_background():
    text = (
        "أعلنت وزارة الداخلية اليوم الإفراج بالعفو عن 1800 نزيل بمناسبة عيد الشرطة.\n\n"
        "وكانت الوزارة قد أفرجت بالعفو عن 2900 نزيل في ذكرى أكتوبر 2024، تنفيذا للقرار رقم 12 لسنة 2024، "
        "وعن 3100 نزيل في عيد الفطر من العام نفسه."
    )
    found = figures(text)
    assert found[(1800, "pardoned")][1] == "total"
    assert found[(3100, "pardoned")][1] == "other_event"


def test_gulf_rulers_names_and_a_state_after_a_title():
    text = (
        "أصدر أمير البلاد الشيخ صباح الأحمد الجابر الصباح مرسوما بالعفو عن 500 سجين.\n\n"
        "وفي مسقط أصدر سلطان عمان قابوس بن سعيد عفوه عن 120 نزيلا."
    )
    found = officials(text)
    assert "صباح الأحمد الجابر الصباح" in found
    assert found["قابوس بن سعيد"] == "سلطان عمان"


def test_a_time_word_that_is_no_given_name_still_ends_a_name():
    found = officials("أصدر الرئيس عبد الفتاح السيسي صباح اليوم قرارا بالعفو عن 300 سجين.")
    assert set(found) == {"عبد الفتاح السيسي"}


def test_an_emiri_decree_with_release_reduction_and_dropped_penalties():
    text = (
        "أصدر الأمير مرسوما بالعفو عن 600 سجين. وبموجب المرسوم يفرج فورا عن 200 سجين، بينهم 60 مواطنا، "
        "فيما تخفض عقوبة 400 سجين آخرين، بينهم 90 مواطنا، تباعا وفق قواعد العفو وتاريخ الإفراج المحدد لكل منهم.\n\n"
        "وتضمن المرسوم رفع سابقة الإبعاد عن 70 سجينا، وإسقاط الغرامات عن 900 غارم."
    )
    found = figures(text)
    assert found[(600, "pardoned")][1] == "total"
    # A smaller release under a pardon already counted is what the pardon does for those people.
    assert found[(200, "released")][1] == "part"
    assert found[(400, "sentence_reduced")][1] == "part"  # the subgroup of the line before is no line
    # The aside's subgroup takes its group's act; the measure's rules named after it are no pardon.
    assert found[(90, "sentence_reduced")][1] == "part"
    assert found[(70, "pardoned")][1] == "total"
    assert found[(900, "pardoned")][1] == "total"


def test_office_holders_named_in_passing_are_no_officials():
    text = (
        "أصدر رئيس المجلس العسكري الفريق أول عبد الفتاح البرهان قرارا بالعفو عن 235 أسيرا.\n\n"
        "ويأتي القرار بعد لقاء جمع الأسبوع الماضي نائب رئيس المجلس الفريق أول محمد حمدان دقلو بقادة الحركة، "
        "بوساطة الرئيس التشادي إدريس ديبي."
    )
    assert set(officials(text)) == {"عبد الفتاح البرهان"}


def test_people_among_those_freed_are_no_officials_and_quoted_officials_stay():
    freed = "أفرجت السلطات أمس عن 300 سجين بعفو رئاسي، بينهم الدكتور سامر الخطيب والشيخ منير العلي."
    assert officials(freed) == {}
    quoted = "أفرجت السلطات عن 300 سجين. ونقلت الوكالة عن وزير الداخلية كمال النجار قوله إن العفو يشمل الغارمين."
    assert officials(quoted) == {"كمال النجار": "وزير الداخلية"}
    reacting = "أفرج عن 300 سجين. ورحب المنسق الأممي سامي برهام بالقرار."
    assert set(officials(reacting)) == {"سامي برهام"}


def test_various_nationalities_set_against_nationals_are_foreigners():
    text = "أصدر السلطان عفوه عن 200 نزيل، وأوضحت الوكالة أن 64 من المشمولين به من جنسيات مختلفة، فيما البقية عمانيون."
    assert figures(text)[(64, "pardoned")] == ("foreign_nationals", "part")
    alone = "أمر الحاكم بالإفراج عن 900 نزيل من مختلف الجنسيات."
    assert figures(alone)[(900, "released")][0] is None


def test_people_eligible_under_an_amnesty_law_are_context():
    text = (
        "أعلن مجلس القضاء الأعلى أن أكثر من 20 ألف شخص غادروا السجون بموجب قانون العفو العام.\n\n"
        "وأضاف أن نحو 90 ألف شخص آخرين، بينهم موقوفون أطلقوا بكفالة ومطلوبون بمذكرات قبض، باتوا مؤهلين "
        "للإفراج بموجب القانون نفسه."
    )
    found = figures(text)
    assert found[(20000, "pardoned")][1] == "total"
    # The aside's bail is its own; the count's clause goes on after it, under the amnesty law.
    assert found[(90000, "pardoned")][1] == "context"


def test_an_act_told_at_a_later_mention_keeps_an_official_named_first_by_surname():
    text = "الرئيس تبون يعفو عن 1076 محبوسا\n\nالجزائر – وقع الرئيس عبد المجيد تبون مرسوما بالعفو عن 1076 محبوسا."
    assert set(officials(text)) == {"عبد المجيد تبون"}


def test_an_arabic_wire_dateline_names_the_city_amman_not_oman():
    text = (
        "بدء الإفراج عن نزلاء مشمولين بالعفو العام\n\n"
        "عمان – بترا – بدأت مراكز الإصلاح أمس الإفراج عن 2200 نزيل مشمولين بقانون العفو العام."
    )
    assert extract(text, published=PUBLISHED, language="ar").country == "JO"


def test_an_amnesty_for_crimes_with_no_prison_word_is_relevant():
    text = (
        "دمشق – أصدر الرئيس المرسوم التشريعي رقم 7 القاضي بمنح عفو عام عن الجرائم المرتكبة قبل نهاية الشهر. "
        "وقالت منظمة حقوقية إن نحو 130 ألف شخص ما زالوا معتقلين."
    )
    result = extract(text, published=PUBLISHED, language="ar")
    assert result.relevant
    assert result.country == "SY"


def test_joined_and_bound_arabic_names_and_a_governor_title():
    text = (
        "أصدر جلالة الملك عبدالله الثاني عفوا عن 400 نزيل. وقال مدير الأمن العام اللواء عبيد الله المعايطة إن "
        "الإفراج بدأ. كما أمر الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة حاكم دبي بالإفراج عن 600 نزيل."
    )
    assert set(officials(text)) == {"عبدالله الثاني", "عبيد الله المعايطة", "محمد بن راشد آل مكتوم"}
    assert extract("أصدر الملك عبدالله الثاني عفوا عن 400 نزيل.", published=PUBLISHED, language="ar").country == "JO"


def test_a_count_joined_by_a_glued_and_after_its_siblings_complement():
    text = (
        "وقع الرئيس مرسومين يتضمنان إجراءات عفو لفائدة 2471 محبوسا، منهم 1568 محبوسا في قضايا القانون العام، "
        "و903 محبوسين في قضايا أخرى."
    )
    found = figures(text)
    assert found[(2471, "pardoned")][1] == "total"
    assert found[(903, "pardoned")][1] == "part"


def test_the_day_before_yesterday_written_after_yesterday():
    text = "الكويت – قررت النيابة العامة أمس الأول الإفراج عن 20 محتجزا بكفالة."
    assert extract(text, published=dt.date(2024, 9, 15), language="ar").announced_on == dt.date(2024, 9, 13)


def test_a_party_or_movement_leader_comments():
    text = "أفرجت السلطات عن 300 سجين. وقال زعيم حركة النهضة راشد الغنوشي إن العفو انتقائي."
    result = extract(text, published=PUBLISHED, language="ar")
    assert {o.name: o.part for o in result.officials} == {"راشد الغنوشي": "commenter"}


def test_at_liberty_is_no_release_and_juveniles_are_counted():
    found = figures("استفاد من العفو الملكي 1304 أشخاص، منهم 1130 معتقلا و174 في حالة سراح.")
    assert found[(174, "pardoned")][1] == "part"
    assert (174, "released") not in found
    found = figures("وبلغ عدد المستفيدين من العفو الملكي 960 سجينا، بينهم 45 امرأة و12 حدثا.")
    assert found[(12, "pardoned")] == ("juveniles", "part")


def test_a_second_act_joined_to_a_pardon_is_its_own_total():
    found = figures("قرر الرئيس العفو عن 150 سجينا وإطلاق سراح 30 موقوفا في قضايا الحراك.")
    assert found[(150, "pardoned")][1] == "total"
    assert found[(30, "released")] == ("protesters", "total")


def test_women_in_office_and_editors_who_comment():
    text = (
        "أفرجت السلطات عن 300 سجين. وقالت وزيرة العدل ليلى جفال إن القائمة ستنشر. وقال رئيس تحرير صحيفة الأهرام "
        "علاء ثابت إن العفو مهم. وقالت رئيسة تحرير موقع مدى مصر لينا عطا الله إن العفو جزئي."
    )
    result = extract(text, published=PUBLISHED, language="ar")
    # The outlet's own name has no article to show where it ends: no name is read after it.
    assert {o.name: o.part for o in result.officials} == {"ليلى جفال": "announcer", "علاء ثابت": "commenter"}


def test_the_number_of_beneficiaries_told_after_a_long_subject():
    text = (
        "أصدر الملك عفوه على 2460 شخصا بمناسبة عيد العرش. واستفاد من العفو من الموجودين في حالة اعتقال 2220 نزيلا، "
        "استفاد 40 منهم من العفو مما تبقى من العقوبة، و2171 من التخفيض، و9 من تحويل المؤبد إلى المحدد. "
        "وبلغ عدد المستفيدين من الموجودين في حالة سراح 240 شخصا."
    )
    found = figures(text)
    assert found[(2220, "pardoned")][1] == "part"
    assert found[(240, "pardoned")][1] == "part"
    assert found[(2171, "sentence_reduced")][1] == "part"


def test_a_release_told_in_the_future_and_its_other_side():
    text = "الدوحة – أعلن متحدث حكومي أن إسرائيل ستفرج عن 1900 أسير مقابل 33 محتجزا في غزة خلال المرحلة الأولى."
    result = extract(text, published=PUBLISHED, language="ar")
    assert result.relevant
    found = {(f.value, f.metric) for f in result.figures}
    assert {(1900, "released"), (33, "released")} <= found


def test_a_head_of_states_surname_with_the_article_after_the_title():
    text = "القاهرة – أصدر الرئيس السيسي قرارا جمهوريا بالعفو عن باقي العقوبة لـ 1500 محكوم."
    assert set(officials(text)) == {"عبد الفتاح السيسي"}


def test_parole_for_some_of_the_pardoned_and_a_verb_ends_a_name():
    text = (
        "تونس – أعلنت الرئاسة أن الرئيس قيس سعيد قرر العفو عن 1727 محكوما بمناسبة عيد الفطر، "
        "وتمتيع 800 منهم بالسراح الشرطي."
    )
    found = figures(text)
    assert found[(800, "released")][1] == "part"
    assert set(officials(text)) == {"قيس سعيد"}
