"""Ninth pass on the shipped lexicons (issue 11): constructions that give a listed word another sense.
Texts are written for these tests (fictional outlets «الأفق» and «المرصد»)."""
from .helpers import shipped




def test_a_war_on_terror_in_all_its_forms_is_a_campaign_against_a_phenomenon():
    war = shipped("ukraine_war", "war_on")
    assert war("وأعربت الوزارة عن تضامنها مع البلاد في الحرب على الإرهاب بكل أشكاله.") == []
    assert war("وقفوا إلى جانب الحكومة في حربها على الإرهاب بكافة أشكاله وصوره.") == []
    assert war("شنت القوات الحرب على الإرهاب في الجبال الشمالية.") == ["الحرب على"]


def test_a_thing_put_or_being_hostage_to_something_is_figurative():
    hostage = shipped("captives", "hostages")
    assert hostage("مستقبل المدينة لا يمكن أن يكون رهينة وعود المرشحين.") == []
    assert hostage("انتقد الكاتب القرار ووضعه رهينة في أيدي المتشددين.") == []
    assert hostage("وقال الخطيب: كل نفس بما كسبت رهينة.") == []
    assert hostage("أطلق المسلحون رهينة فرنسية بعد أشهر من الاحتجاز.") == ["رهينة"]
    assert hostage("أعلن الجيش تحرير 40 رهينة من أيدي الخاطفين.") == ["رهينة"]


def test_tazaum_after_an_adverb_of_time_is_leading_not_claiming():
    claimed = shipped("attribution", "claimed")
    assert claimed("ودعا القائد أنصاره إلى الوحدة في أول رسالة منذ تزعمه الحركة.") == []
    assert claimed("تغيرت الجماعة كثيرا بعد تزعم الشيخ لها.") == []
    assert claimed("وتزعم الجماعة أنها لم تنفذ الهجوم.") == ["وتزعم"]


def test_deaths_of_a_vehicle_running_into_people_or_leaving_the_rails_are_accidents():
    killed = shipped("casualties", "killed")
    assert killed("شاحنة تصدم حشدا في السوق وتوقع تسعة قتلى") == []
    assert killed("سقط 30 قتيلا في خروج قطارين عن السكة.") == []
    assert killed("أسفر التفجير عن سقوط تسعة قتلى في السوق.") == ["قتلى"]


def test_his_demeanour_says_is_an_idiom_nobody_speaks():
    said = shipped("attribution", "said")
    assert said("ابتسم المدرب ولسان حاله يقول إن الفوز قريب.") == []
    assert said("مضت الأم صامتة ولسان حالها يقول: لن أتراجع.") == []
    assert said("وقال المدرب إن الفوز قريب.") == ["وقال"]


def test_and_the_clearest_proof_of_it_is_an_elative_not_the_verb():
    clarified = shipped("attribution", "clarified")
    assert clarified("تراجعت المبيعات، وأوضح دليل على ذلك إغلاق المتاجر.") == []
    assert clarified("وأوضح مثال على ذلك ما جرى في المدينة.") == []
    assert clarified("وأوضح شاهد عيان أن النار اندلعت ليلا.") == ["وأوضح"]
    assert clarified("وأوضح المدير أن الدليل على ذلك واضح.") == ["وأوضح"]


def test_a_war_of_propaganda_words_or_trade_and_the_cold_war_are_no_war_on():
    war = shipped("ukraine_war", "war_on")
    assert war("واستأنفت الإذاعة حربها الدعائية ضد الجارة الشمالية.") == []
    assert war("صعدت الحكومة الحرب الكلامية على خصومها.") == []
    assert war("تصاعد التوتر منذ نهاية الحرب الباردة على خلفية النزاع.") == []
    assert war("تواصل الدولة حربها الظالمة على الشعب الأعزل.") == ["حربها الظالمة على"]



def test_an_idiom_opened_by_the_last_word_of_a_match_is_not_the_term():
    # «على أنها» (as), «على حساب» (at the expense of): على opens another phrase, no war on anyone
    war = shipped("ukraine_war", "war_on")
    assert war("ونشرت صورا لعربات دمرت في الحرب الأهلية على أنها عربات الجيش.") == []
    assert war("وقال إن الحرب على حساب الفقراء لن تدوم.") == []
    assert war("وتواصل الحرب الأهلية على المدن الشمالية.") == ["الحرب الأهلية على"]
    # a war on Islam or on God is rhetoric, with an adjective or a pronoun too; «حرب ضد بلاد الإسلام» is not the phrase
    assert war("وتواصل الدول حربها المستدامة على الإسلام، وهذا حرب على الله ورسوله.") == []
    assert war("وشنوا حربا ضد بلاد الإسلام.") == ["حربا ضد"]


def test_figures_and_facts_that_say_are_no_speaker():
    said = shipped("attribution", "said")
    assert said("تقول الأرقام إن عدد الزوار تضاعف.") == []
    assert said("والأهلي، كما تقول الوقائع، هو الأضعف.") == []
    assert said("وقال الوزير إن الأرقام تضاعفت.") == ["وقال"]
    assert said("وعن التقرير قال «الأرقام لا تكذب أبدا في هذا الملف».") == ["قال"]        # the quotation is his words
    clarified = shipped("attribution", "clarified")
    assert clarified("لا توضح «الخريطة» الجديدة موعد الانسحاب.") == []      # a quoted name is the subject
    assert clarified("لا توضح „الخريطة“ الجديدة موعد الانسحاب.") == []      # „…“ closes with “
