"""Arabic reports of Gulf, Maghreb, Levant and Yemeni releases: alternative sentences and counts of those
leaving prison, counts in brackets, statements that detail a count ruler by ruler, planeloads and sides of a
swap, pluperfects with long subjects, months told with a slash, and officials named with Gulf honorifics,
plural offices, feminine titles and honorifics after a comma."""

import datetime as dt

from releases.extraction import extract

PUBLISHED = dt.date(2024, 4, 15)


def read(text: str, published: dt.date = PUBLISHED):
    return extract(text, published=published, language="ar")


def figures(text: str, published: dt.date = PUBLISHED) -> dict[tuple[int, str], tuple[str | None, str, int | None]]:
    return {(f.value, f.metric): (f.category, f.role, f.part_of) for f in read(text, published).figures}


def officials(text: str) -> dict[str, tuple[str, str]]:
    return {o.name: (o.role, o.part) for o in read(text).officials}


def test_alternative_sentences_and_those_leaving_prison_add_up():
    text = (
        "أصدر الملك أمس مرسوما ملكيا بالعفو عن 901 محكوم لدواع إنسانية.\n\n"
        "وأصدر قضاة تنفيذ العقاب قرارات بإبدال ما تبقى من عقوبات 585 نزيلا بعقوبات بديلة.\n\n"
        "وبذلك يصل عدد المغادرين لمؤسسة الإصلاح والتأهيل إلى 1486 نزيلا."
    )
    found = figures(text)
    # The rest of a prison term replaced is a commutation, not a release.
    assert found[(585, "sentence_reduced")][1:] == ("part", 1486)
    # "The number of those leaving prison reaches …" counts the freed, and the two acts told before it are its lines.
    assert found[(1486, "released")][1] == "total"
    assert found[(901, "pardoned")][1:] == ("part", 1486)


def test_people_who_benefit_from_alternative_sentences_are_commuted():
    found = figures("استفاد 530 نزيلا من العقوبات البديلة بعد أن قضوا نصف المدة، بقرار من قاضي تنفيذ العقاب.")
    assert (530, "sentence_reduced") in found


def test_a_count_in_brackets_before_its_noun():
    text = "أصدر الملك مرسوما بالعفو عن عدد من المحكوم عليهم، وبلغ عدد المشمولين بالعفو (901) محكوم."
    assert (901, "pardoned") in figures(text)


def test_a_statement_that_details_the_count_before_it_ruler_by_ruler():
    text = (
        "أمر رئيس الدولة وحكام الإمارات أمس بالإفراج عن 4700 نزيل بمناسبة شهر رمضان.\n\n"
        "وتوزعت الأوامر على النحو الآتي: أمر رئيس الدولة بالإفراج عن 1440 نزيلا؛ وأمر حاكم دبي "
        "بالإفراج عن 1856 نزيلا؛ فيما أمر حاكم الشارقة بالإفراج عن 738 نزيلا."
    )
    found = figures(text)
    assert found[(4700, "released")][1] == "total"
    # The lines leave some rulers out (they do not add up) and still divide the count told before them.
    for value in (1440, 1856, 738):
        assert found[(value, "released")][1:] == ("part", 4700)


def test_lines_that_add_up_to_more_than_the_count_are_not_its_details():
    text = (
        "أمر الرئيس بالإفراج عن 500 نزيل.\n\n"
        "وتوزعت الأوامر على النحو الآتي: الإفراج عن 400 نزيل في العاصمة؛ والإفراج عن 300 نزيل في الجنوب."
    )
    found = figures(text)
    assert found[(400, "released")][1:] == ("total", None)
    assert found[(300, "released")][1:] == ("total", None)


def test_planeloads_and_one_side_of_a_swap_are_parts_of_its_total():
    text = (
        "تواصلت اليوم السبت عملية تبادل الأسرى بين الطرفين، تنفيذا لاتفاق يقضي بالإفراج عن 887 محتجزا.\n\n"
        "وحطت طائرة في مطار صنعاء قادمة من أبها وعلى متنها 120 أسيرا من الحوثيين، فيما أقلعت طائرة ثانية "
        "إلى الرياض تقل 20 أسيرا.\n\n"
        "كما نقلت رحلتان من مطار المخا ستين أسيرا حوثيا إلى العاصمة.\n\n"
        "وينص الاتفاق على إطلاق 181 أسيرا من جانب الحكومة والتحالف، مقابل الإفراج عن بقية العدد."
    )
    found = figures(text, dt.date(2023, 4, 15))
    assert found[(887, "released")][1] == "total"
    for value in (120, 20, 60, 181):
        assert found[(value, "released")][1:] == ("part", 887)


def test_the_subject_and_a_time_between_a_release_verb_and_its_object():
    text = "أطلقت السلطات الليبية مساء أمس الأربعاء سراح 78 سجينا من سجن الجديدة في العاصمة طرابلس."
    assert figures(text, dt.date(2021, 5, 13))[(78, "released")][1] == "total"


def test_a_transfer_by_the_authorities_is_no_release():
    assert figures("ونقلت السلطات 300 سجين إلى سجن جديد بعد اكتظاظ سجن رومية.") == {}


def test_a_long_pluperfect_subject_dates_a_count_before_the_announcement():
    text = (
        "أطلقت السلطات مساء أمس الأربعاء سراح 78 سجينا من سجن الجديدة.\n\n"
        "وكانت السلطات الأمنية في مدينة الزاوية غرب العاصمة قد أفرجت قبيل رمضان عن 120 مقاتلا."
    )
    found = figures(text, dt.date(2021, 5, 13))
    assert found[(78, "released")][1] == "total"
    assert found[(120, "released")][:2] == ("security", "other_event")  # fighters are security


def test_a_pluperfect_dated_yesterday_is_this_announcement():
    text = (
        "تواصلت اليوم السبت عملية تبادل الأسرى، تنفيذا لاتفاق يقضي بالإفراج عن 887 محتجزا.\n\n"
        "وكانت المرحلة الأولى قد انتهت أمس الجمعة برحلات متبادلة بين صنعاء وعدن، نقلت 250 من أسرى الحوثيين "
        "إلى صنعاء و72 من أسرى القوات الحكومية إلى عدن."
    )
    found = figures(text, dt.date(2023, 4, 15))
    assert found[(250, "released")][1:] == ("part", 887)
    assert found[(72, "released")][1:] == ("part", 887)


def test_a_pluperfect_of_saying_is_not_an_earlier_act():
    text = (
        "بدأت النيابات العامة اليوم الإفراج عن النزلاء المشمولين بقانون العفو العام.\n\n"
        "وكان وزير العدل أحمد الزيادات قد أوضح أن القانون يتيح الإفراج عن 7355 نزيلا في مراكز الإصلاح."
    )
    found = figures(text)
    assert found[(7355, "pardoned")][1] == "total"


def test_months_with_a_levantine_name_or_late_in_a_month_date_background_counts():
    text = (
        "أمر رئيس الدولة أمس بالإفراج عن 1440 نزيلا بمناسبة شهر رمضان.\n\n"
        "ففي عيد الاتحاد، أواخر نوفمبر الماضي، أمر رئيس الدولة بالإفراج عن 2937 نزيلا.\n\n"
        "وتعد هذه الصفقة الأكبر منذ أكتوبر/تشرين الأول 2020، حين اتفق الطرفان على تبادل 1081 أسيرا."
    )
    found = figures(text, dt.date(2026, 2, 19))
    assert found[(1440, "released")][1] == "total"
    assert found[(2937, "released")][1] == "other_event"
    assert found[(1081, "released")][1] == "other_event"


def test_another_pardon_a_week_before_is_background():
    text = (
        "أصدر الرئيس أمس عفوا عن 166 سجينا من سجناء الحق العام، بينهم 40 أجنبيا.\n\n"
        "ويأتي القرار بعد أسبوع من عفو رئاسي آخر شمل 35 إسلاميا."
    )
    found = figures(text, dt.date(2010, 9, 16))
    assert found[(166, "pardoned")][1] == "total"
    assert found[(40, "pardoned")][:2] == ("foreign_nationals", "part")
    assert found[(35, "pardoned")][1] == "other_event"  # people named by their movement are counted


def test_a_lone_past_count_with_only_earlier_years_stays_background():
    text = (
        "أصدر الرئيس اليوم مرسوما تشريعيا يقضي بمنح عفو عام عن الجرائم المرتكبة قبل التاسع من حزيران.\n\n"
        "وكانت مراسيم عفو أصدرها الرئيس بين عامي 2000 و2004 قد شملت أكثر من 800 سجين سياسي."
    )
    found = figures(text, dt.date(2014, 6, 9))
    assert found[(800, "pardoned")] == ("political", "other_event", None)


def test_gulf_rulers_with_a_title_word_for_a_given_name_and_plural_offices():
    text = (
        "أمر صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، وأصحاب السمو حكام الإمارات، أمس، "
        "بالإفراج عن 4700 نزيل. وأمر صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى "
        "حاكم الشارقة، بالإفراج عن 738 نزيلا. ووجّه حكام عجمان والفجيرة ورأس الخيمة بالإفراج عن أعداد أخرى."
    )
    found = officials(text)
    assert "سلطان بن محمد القاسمي" in found
    assert "بن محمد القاسمي" not in found
    assert not any(name.startswith(("حكام", "عجمان")) for name in found)


def test_a_minister_present_at_the_release_and_a_prime_minister_who_writes():
    text = (
        "أطلقت السلطات الليبية مساء أمس سراح 78 سجينا من سجن الجديدة، بحضور وزيرة العدل حليمة إبراهيم "
        "عبد الرحمن وعدد من المسؤولين.\n\n"
        "وكتب رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة على تويتر أن المصالحة لا تتحقق إلا بإقامة العدل."
    )
    found = officials(text)
    assert found["حليمة إبراهيم عبد الرحمن"] == ("وزيرة العدل", "announcer")
    assert found["عبد الحميد الدبيبة"] == ("رئيس حكومة الوحدة الوطنية", "announcer")


def test_the_act_nearest_the_title_is_the_officials():
    text = "أصدر الرئيس أمس عفوا عن 166 سجينا، وفق ما أعلنه وزير العدل عابدين ولد الخير."
    assert officials(text)["عابدين ولد الخير"] == ("وزير العدل", "announcer")


def test_an_honorific_after_a_comma_takes_the_office_told_before():
    text = (
        "أصدر الملك مرسوما بالعفو عن 901 محكوم. ورحبت المؤسسة الوطنية بالخطوة، فيما دعا مدير المناصرة في "
        "معهد البحرين للحقوق والديمقراطية، ومقره لندن، السيد أحمد الوداعي إلى أن يشمل الإفراج المعتقلين السياسيين."
    )
    role, part = officials(text)["أحمد الوداعي"]
    assert role.startswith("مدير المناصرة")
    assert part == "commenter"


def test_a_late_president_named_for_an_earlier_pardon_is_no_official():
    text = (
        "أصدر الرئيس عبد المجيد تبون عفوا عن 1200 محبوس. "
        "وكان الرئيس الراحل عبد العزيز بوتفليقة قد أصدر عفوا مماثلا عن 3000 محبوس."
    )
    found = officials(text)
    assert "عبد المجيد تبون" in found
    assert "عبد العزيز بوتفليقة" not in found


def test_a_date_far_before_a_lone_count_in_a_long_clause_leaves_it_the_announcements():
    text = (
        "أصدر الرئيس اليوم، بمناسبة العيد الذي يحتفل به المسلمون في كل أنحاء البلاد منذ 12 مارس 2023 وسط "
        "أجواء، عفوا عن 300 سجين."
    )
    assert figures(text, dt.date(2024, 4, 10))[(300, "pardoned")][1] == "total"


def test_yesterday_counts_from_a_wire_datelines_day():
    text = "الجزائر، 9 أبريل (واج) – وقع رئيس الجمهورية أمس مرسومين رئاسيين يتضمنان إجراءات عفو لفائدة 8000 محبوس."
    # Filed on the 9th and published on the 10th: the wire's yesterday is the 8th.
    assert read(text, dt.date(2024, 4, 10)).announced_on == dt.date(2024, 4, 8)
    # With no dated dateline, yesterday is the day before publication.
    assert read("وقع الرئيس أمس مرسوما يتضمن عفوا لفائدة 8000 محبوس.", dt.date(2024, 4, 10)).announced_on == dt.date(
        2024, 4, 9
    )


def test_running_counts_since_a_start_are_background():
    text = "أفرجت السلطات اليوم عن 300 سجين، ليرتفع عدد المفرج عنهم منذ مطلع العام إلى 4500 سجين."
    found = figures(text)
    assert found[(300, "released")][1] == "total"
    assert found[(4500, "released")][1] == "other_event"
    text = (
        "أصدر الملك عفوا عن 2000 سجين. وبذلك يبلغ عدد المستفيدين من العفو الملكي منذ اعتلائه العرش أكثر من 60 ألف شخص."
    )
    found = figures(text)
    assert found[(2000, "pardoned")][1] == "total"
    assert found[(60000, "pardoned")][1] == "other_event"


def test_a_verb_after_a_third_count_is_not_the_pairs_before_it():
    text = "أصدر الرئيس عفوا عن 2500 سجين، بينهم 300 امرأة و45 أجنبيا، على أن يستفيد 1200 آخرون من تخفيض عقوباتهم."
    found = figures(text)
    assert found[(300, "pardoned")] == ("women", "part", 2500)
    assert found[(45, "pardoned")] == ("foreign_nationals", "part", 2500)
    assert found[(1200, "sentence_reduced")][1] == "total"


def test_a_rights_groups_lower_tally_of_the_same_release_is_its_other_count():
    text = "أفرجت السلطات عن 500 معتقل، فيما قالت الشبكة السورية لحقوق الإنسان إنها وثقت الإفراج عن 420 معتقلا فقط."
    found = figures(text)
    assert found[(500, "released")][1] == "total"
    assert found[(420, "released")][1] == "alternative"
    # Another release the same group reports is more people, not another count of them.
    text = "أفرجت السلطات عن 500 معتقل. وقال المرصد السوري لحقوق الإنسان إن السلطات أفرجت كذلك عن 300 معتقل آخر."
    assert figures(text)[(300, "released")][1] == "total"


def test_mauritanian_names_with_son_of():
    text = "أصدر رئيس الجمهورية محمد ولد الشيخ الغزواني مرسوما بالعفو عن 222 سجينا."
    assert officials(text)["محمد ولد الشيخ الغزواني"] == ("رئيس الجمهورية", "announcer")
    text = "أصدر الرئيس الموريتاني محمد ولد عبد العزيز أمس عفوا عن 166 سجينا."
    assert "محمد ولد عبد العزيز" in officials(text)
