"""Pages as different outlets print them (written for issue 15, fictional): hard-wrapped text and
one- or two-word headlines.  Each builder returns (page text, headline, paragraphs)."""
import textwrap
AR = [
    "ضرب زلزال بقوة خمس درجات مدينة الوادي الأخضر فجر اليوم، وأفاد سكان بأن المباني اهتزت لثوان طويلة قبل أن يهرع الناس إلى الشوارع والساحات العامة خوفا من انهيار البيوت القديمة.",
    "وقالت هيئة الرصد في بيان إن مركز الزلزال كان على عمق عشرة كيلومترات شمال المدينة، وإن فرقها تتابع الهزات الارتدادية التي سجلت ثلاث منها خلال الساعات الأولى من الصباح.",
    "وأعلن الدفاع المدني أن فرقه لم تسجل إصابات حتى الآن، لكنه دعا السكان إلى الابتعاد عن المباني المتصدعة وعدم العودة إليها قبل أن يفحصها المهندسون في الأيام المقبلة.",
]
EN = [
    "Negotiators from both sides agreed on Sunday to a ceasefire along the northern border, ending nine days of shelling that forced thousands of families from their villages in the valley.",
    "The agreement, announced by mediators in the capital, takes effect at midnight and will be monitored by a joint committee whose members are to be named within forty-eight hours.",
    "Residents of the border towns said they would wait before going home, recalling that two earlier truces collapsed within a week amid mutual accusations of violations.",
]

def email_export():          # an Arabic newsletter exported as plain text, wrapped at 60
    body = "\n\n".join(textwrap.fill(p, 60) for p in AR)
    return ("From: نشرة صحيفة المساء\nSubject: نشرة اليوم\n\nزلزال\n\n12 نوفمبر 2031\n\n" + body
            + "\n\n--\nلإلغاء الاشتراك اضغط هنا\n"), "زلزال", AR

def archive_printout():      # an archive printout: wrapped at 70, paragraphs indented, no blank lines
    body = "\n".join("  " + textwrap.fill(p, 68).replace("\n", "\n") for p in AR)
    return ("أرشيف جريدة الفجر\nالعدد 4512\n\nهزة أرضية\n\nالثلاثاء 12 نوفمبر 2031\n\n" + body + "\n"), "هزة أرضية", AR

def wire_copy():             # an English wire story, wrapped at 64 with hyphenated breaks
    paras = []
    for p in EN:
        lines = textwrap.wrap(p, 64, break_long_words=False, break_on_hyphens=False)
        paras.append("\n".join(lines))
    body = "\n\n".join(paras)
    return ("Home | World | Business | Sport\n\nCeasefire\n\nBy Staff Reporter\n14 November 2031\n\n" + body
            + "\n\nShare this story\n"), "Ceasefire", EN

def browser_page():          # an ordinary browser save (not wrapped) with a one-word headline
    return ("الرئيسية\nأخبار\nرياضة\nاقتصاد\n\nزلزال\n\nنشر في 12 نوفمبر 2031\n\n" + "\n\n".join(AR)
            + "\n\nالتعليقات\nتعليق قارئ طويل يقول إن الزلزال كان مخيفا جدا في الحي الذي يسكن فيه مع أسرته الصغيرة.\n"), "زلزال", AR

PAGES = {"email": email_export, "archive": archive_printout, "wire": wire_copy, "browser": browser_page}

def plain_archive():         # wrapped at 50, no blank lines between paragraphs, no indentation; masthead on top
    body = "\n".join(textwrap.fill(p, 50) for p in AR)
    return ("صحيفة المساء\n\nهزة ارتدادية\n\n13 نوفمبر 2031\n\n" + body + "\n"), "هزة ارتدادية", AR

def sentence_at_line_end():  # wrapped at 72; sentences sometimes end exactly at a line end
    paras = [EN[0] + " Officials confirmed the text.", EN[1], EN[2]]
    return ("World news\n\nTruce\n\n15 November 2031\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in paras)
            + "\n"), "Truce", paras

PAGES.update({"plain_archive": plain_archive, "sentence_end": sentence_at_line_end})
