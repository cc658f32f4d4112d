"""A CSV saved by Excel in locales whose list separator is ';' (Arabic and most European
Windows settings) is read with ';' when its header holds no comma, in UTF-8 or windows-1256;
quoted fields keep their commas and semicolons and a broken row is still one reject."""
from framing.corpus import load

HEADER = "outlet;title;text;date\n"
ROWS = ('Desert Post;"عنوان; مع فاصلة";"أفرجت السلطات, بعد مفاوضات; عن الرهائن";2024-01-02\n'
        "Oasis Daily;تبادل;تبادل الأسرى بين الطرفين;2024-01-03\n"
        "Oasis Daily;ناقص;صف ناقص\n")


def _check(path):
    c = load(path)
    assert c.df["outlet"].tolist() == ["Desert Post", "Oasis Daily"]
    assert c.df["title"].tolist()[0] == "عنوان; مع فاصلة"
    assert c.df["text"].tolist()[0] == "أفرجت السلطات, بعد مفاوضات; عن الرهائن"
    assert c.df["published"].tolist() == ["2024-01-02", "2024-01-03"]
    assert c.rejects.values.tolist() == [[f"{path}#3", "row at line 4 has 3 of 4 fields (truncated?)"]]


def test_semicolon_csv_utf8(tmp_path):
    p = tmp_path / "excel.csv"
    p.write_text(HEADER + ROWS, encoding="utf-8-sig")
    _check(p)


def test_semicolon_csv_windows_1256(tmp_path):
    p = tmp_path / "excel1256.csv"
    p.write_bytes((HEADER + ROWS).encode("cp1256"))
    _check(p)


def test_comma_csv_with_semicolons_in_a_field_stays_comma(tmp_path):
    p = tmp_path / "plain.csv"
    p.write_text('outlet,title,text\nDesert Post,عنوان,"نص; فيه منقوطة"\n', encoding="utf-8")
    assert load(p).df["text"].tolist() == ["نص; فيه منقوطة"]
