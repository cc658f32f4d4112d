"""Dates as outlets print them → ISO 8601; unreadable dates stay None."""
import datetime as dt

import pytest

from framing.text.dates import find_date, parse_date

EGYPT_GULF = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر"]
LEVANT_IRAQ = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
               "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
           "نونبر", "دجنبر"]
VARIANTS = [("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8), ("اكتوبر", 10),
            ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("جوان", 6), ("جويلية", 7), ("أوت", 8)]
FORMS = ([(m, i + 1) for i, m in enumerate(EGYPT_GULF)] + [(m, i + 1) for i, m in enumerate(LEVANT_IRAQ)]
         + [(m, i + 1) for i, m in enumerate(MAGHREB)] + VARIANTS)


@pytest.mark.parametrize("month,number", FORMS)
def test_each_month_name(month, number):
    assert parse_date(f"7 {month} 2024") == f"2024-{number:02d}-07"


@pytest.mark.parametrize("month,number", FORMS)
def test_month_with_weekday_arabic_indic_digits_and_time(month, number):
    iso = parse_date(f"الخميس، ١٢ {month} ٢٠٢٥ - ٠٩:٤٥ م")
    assert iso == f"2025-{number:02d}-12T21:45:00"


@pytest.mark.parametrize("text,expected", [
    ("نُشر في ١٢ نوفمبر ٢٠٢٥", "2025-11-12"),
    ("الخميس 12 شباط 2025", "2025-02-12"),
    ("12 شباط (فبراير) 2025", "2025-02-12"),
    ("الأربعاء 5 آب/أغسطس 2020", "2020-08-05"),
    ("تاريخ النشر: 03/08/2024", "2024-08-03"),
    ("2024/8/3", "2024-08-03"),
    ("2025-11-12", "2025-11-12"),
    ("2025-11-12T09:30:00+03:00", "2025-11-12T09:30:00+03:00"),
    ("2025-11-12T09:30:00+0300", "2025-11-12T09:30:00+03:00"),
    ("2025-11-12 06:30Z", "2025-11-12T06:30:00+00:00"),
    ("Nov 12, 2025 10:30 PM GMT+3", "2025-11-12T22:30:00+03:00"),
    ("12 November 2025", "2025-11-12"),
    ("1 ابريل 2023 الساعة 9:05 صباحا", "2023-04-01T09:05:00"),
    ("12 نوفمبر 2025 12:10 ص", "2025-11-12T00:10:00"),
])
def test_printed_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["منذ ساعتين", "اليوم", "آب 2020", "31 فبراير 2024", "2025-13-40",
                                  "12 جمادى الأولى 1447 هـ", "", None, "الساعة 10:30"])
def test_no_date_is_never_guessed(text):
    assert parse_date(text) is None


def test_date_objects_and_first_date_in_text():
    assert parse_date(dt.date(2025, 1, 2)) == "2025-01-02"
    assert find_date("عاجل | الخميس 12 شباط 2025 | آخر تحديث 13 شباط 2025") == "2025-02-12"
    assert find_date("الصف 3 من 4 غرف") is None
