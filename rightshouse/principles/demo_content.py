"""The demo Principles of Human Rights Work: the page, and the text of its editions, in
Belarusian (default), Russian and English.

Pure data, read by `rightshouse.principles.demo`. The wording is new. The Russian and English
text of the page becomes the wagtail-localize translation of the Belarusian, string by string,
so all three have the same shape: the same paragraphs in the same order. The editions' texts
are one row per language (`EditionText`), not translations: edition 1 is the preamble, the
fifteen principles (principle 11 with its list) and the explanatory note; edition 2 words a
few principles differently (`EDITION_2_BODIES`, `EDITION_2_NEW_ITEMS`).
"""

# The Principles of Human Rights Work page.
PRINCIPLES_PAGE = {
    "be": {
        "title": "Прынцыпы праваабарончай дзейнасці",
        "slug": "pryncypy",
        "intro": (
            "<p>Прынцыпы праваабарончай дзейнасці — гэта звод прафесійных і этычных нормаў, якія "
            "беларускія праваабаронцы добраахвотна ўсталявалі для сябе. Яны абапіраюцца на "
            "міжнародныя стандарты і на шматгадовы досвед праваабарончага руху ў Беларусі.</p>"
            "<p>Перад прыняццем больш за семдзесят праваабаронцаў з усіх рэгіёнаў краіны "
            "абмеркавалі праект у шасці фокус-групах. Далучыцца да Прынцыпаў можа любая "
            "праваабарончая арганізацыя або асобны праваабаронца. Ніжэй пададзены ўсе пятнаццаць "
            "прынцыпаў, а пад імі — спасылкі на рэестр арганізацый, якія ўжо да іх далучыліся, і "
            "на форму далучэння.</p>"
        ),
    },
    "ru": {
        "title": "Принципы правозащитной деятельности",
        "slug": "principy",
        "intro": (
            "<p>Принципы правозащитной деятельности — свод профессиональных и этических норм, "
            "которые белорусские правозащитники добровольно установили для себя. В их основе — "
            "международные стандарты и многолетний опыт правозащитного движения Беларуси.</p>"
            "<p>Перед принятием более семидесяти правозащитников из всех регионов страны обсудили "
            "проект в шести фокус-группах. Присоединиться к Принципам может любая правозащитная "
            "организация или отдельный правозащитник. Ниже приведены все пятнадцать принципов, а "
            "под ними — ссылки на реестр организаций, которые уже к ним присоединились, и на "
            "форму присоединения.</p>"
        ),
    },
    "en": {
        "title": "Principles of Human Rights Work",
        "slug": "principles",
        "intro": (
            "<p>The Principles of Human Rights Work are a voluntary code of professional and "
            "ethical standards that Belarusian human rights defenders have set for themselves. "
            "They draw on international standards and on many years of experience of the human "
            "rights movement in Belarus.</p>"
            "<p>Before it was adopted, more than seventy defenders from every region of the "
            "country debated the draft in six focus groups. Any human rights organisation or "
            "individual defender may accede to it. Below are all fifteen principles, followed by "
            "links to the register of organisations that have already joined and to the "
            "accession form.</p>"
        ),
    },
}

# The fifteen principles, in order: per language (title, body).
PRINCIPLES = [
    {
        "be": (
            "Прыхільнасць ідэі ўніверсальнасці правоў чалавека",
            (
                "<p>Правы чалавека і асноўныя свабоды належаць кожнаму, і іх абарона складае сэнс "
                "нашай працы. Мы лічым усе правы ўніверсальнымі, непадзельнымі і ўзаемазвязанымі і "
                "не прымаем спасылак на асаблівасці нацыянальнага заканадаўства ці культурныя "
                "традыцыі як апраўдання іх парушэнняў.</p>"
            ),
        ),
        "ru": (
            "Приверженность идее универсальности прав человека",
            (
                "<p>Права человека и основные свободы принадлежат каждому, и их защита составляет "
                "смысл нашей работы. Мы считаем все права универсальными, неделимыми и "
                "взаимосвязанными и не принимаем ссылок на особенности национального "
                "законодательства или культурные традиции как оправдания их нарушений.</p>"
            ),
        ),
        "en": (
            "Commitment to the idea of the universality of human rights",
            (
                "<p>Human rights and fundamental freedoms belong to everyone, and protecting them "
                "is what our work is about. We treat all rights as universal, indivisible and "
                "interdependent, and we do not accept the peculiarities of national law or "
                "cultural traditions as an excuse for violating them.</p>"
            ),
        ),
    },
    {
        "be": (
            "Недыскрымінацыя",
            (
                "<p>Мы не дапускаем дыскрымінацыйных падыходаў і выказванняў у дачыненні да любых "
                "людзей ці груп і імкнемся выкараніць дыскрымінацыю ва ўсіх сферах грамадскага "
                "жыцця. Кожны, чые правы парушаны, можа звярнуцца да нас на роўных умовах — "
                "незалежна ад полу, узросту, паходжання, веравызнання, сэксуальнай арыентацыі, "
                "мовы, перакананняў, маёмаснага становішча ці месца жыхарства.</p>"
            ),
        ),
        "ru": (
            "Недискриминация",
            (
                "<p>Мы не допускаем дискриминационных подходов и высказываний в отношении любых "
                "людей или групп и стремимся искоренить дискриминацию во всех сферах общественной "
                "жизни. Каждый, чьи права нарушены, может обратиться к нам на равных условиях — "
                "независимо от пола, возраста, происхождения, вероисповедания, сексуальной "
                "ориентации, языка, убеждений, имущественного положения или места жительства.</p>"
            ),
        ),
        "en": (
            "Non-discrimination",
            (
                "<p>We reject discriminatory attitudes and remarks towards any person or group and "
                "work to remove discrimination from every area of public life. Anyone whose rights "
                "have been violated can turn to us on equal terms, whatever their sex, age, "
                "origin, religion, sexual orientation, language, beliefs, income or place of "
                "residence.</p>"
            ),
        ),
    },
    {
        "be": (
            "Самастойнасць, незалежнасць і самакіраванне",
            (
                "<p>Праваабаронцы самі вызначаюць, як і ў якой ступені ўзаемадзейнічаць з "
                "дзяржавай, палітычнымі партыямі, бізнесам, донарамі і міжнароднымі структурамі. "
                "Мы адкрытыя да дыялогу і каардынацыі з партнёрамі, але мэты абароны правоў "
                "чалавека ніколі не падпарадкоўваюцца чужым інтарэсам, а нашы арганізацыі кіруюцца "
                "дэмакратычна, паводле ўласных статутаў.</p>"
            ),
        ),
        "ru": (
            "Самостоятельность, независимость и самоуправление",
            (
                "<p>Правозащитники сами определяют, как и в какой мере взаимодействовать с "
                "государством, политическими партиями, бизнесом, донорами и международными "
                "структурами. Мы открыты к диалогу и координации с партнёрами, но цели защиты прав "
                "человека никогда не подчиняются чужим интересам, а наши организации управляются "
                "демократически, по собственным уставам.</p>"
            ),
        ),
        "en": (
            "Self-sustainability, independence and self-governing",
            (
                "<p>Defenders decide for themselves how far, and in what way, they engage with the "
                "state, political parties, businesses, donors and international bodies. We welcome "
                "dialogue and coordination with partners, but the protection of human rights is "
                "never subordinated to anyone else's interests, and our organisations are run "
                "democratically under their own statutes.</p>"
            ),
        ),
    },
    {
        "be": (
            "Адкрытасць і празрыстасць",
            (
                "<p>Мы імкнемся зрабіць свае мэты, структуру і дзейнасць як мага больш адкрытымі "
                "для грамадства, бо ад гэтага залежыць давер да нас. Адзінае абмежаванне — "
                "бяспека: мы ніколі не публікуем таго, што можа паставіць пад пагрозу людзей, з "
                "якімі працуем.</p>"
            ),
        ),
        "ru": (
            "Открытость и прозрачность",
            (
                "<p>Мы стремимся сделать свои цели, структуру и деятельность как можно более "
                "открытыми для общества, потому что от этого зависит доверие к нам. Единственное "
                "ограничение — безопасность: мы никогда не публикуем того, что может поставить под "
                "угрозу людей, с которыми работаем.</p>"
            ),
        ),
        "en": (
            "Openness and transparency",
            (
                "<p>We make our aims, structure and activities as open to the public as we can, "
                "because trust depends on it. The one limit is safety: we never publish anything "
                "that could put the people we work with at risk.</p>"
            ),
        ),
    },
    {
        "be": (
            "Сумленнасць, максімальная дакладнасць і аб'ектыўнасць",
            (
                "<p>Нашы пазіцыі грунтуюцца на правераных фактах, і мы публікуем толькі тую "
                "інфармацыю, за якую можам адказваць. Мы захоўваем бесстароннасць, пазбягаем "
                "паводзін, якія маглі б падважыць давер да нашай аб'ектыўнасці, і дапамагаем "
                "журналістам атрымліваць дакладныя звесткі пра правы чалавека.</p>"
            ),
        ),
        "ru": (
            "Честность, максимальная достоверность и объективность",
            (
                "<p>Наши позиции основаны на проверенных фактах, и мы публикуем только ту "
                "информацию, за которую можем отвечать. Мы сохраняем беспристрастность, избегаем "
                "поведения, способного подорвать доверие к нашей объективности, и помогаем "
                "журналистам получать точные сведения о правах человека.</p>"
            ),
        ),
        "en": (
            "Honesty, maximum reliability and objectivity",
            (
                "<p>Our positions rest on facts that have been checked, and we publish only "
                "information we can stand behind. We remain impartial, avoid conduct that could "
                "cast doubt on our objectivity, and help journalists obtain accurate information "
                "about human rights.</p>"
            ),
        ),
    },
    {
        "be": (
            "Негвалтоўнасць",
            (
                "<p>Гвалту і пагрозам гвалтам няма месца ў праваабарончай працы. Мы дасягаем сваіх "
                "мэтаў выключна мірнымі сродкамі.</p>"
            ),
        ),
        "ru": (
            "Ненасилие",
            (
                "<p>Насилию и угрозам насилием нет места в правозащитной работе. Мы добиваемся "
                "своих целей исключительно мирными средствами.</p>"
            ),
        ),
        "en": (
            "Non-violence",
            (
                "<p>Violence and threats of violence have no place in human rights work. We pursue "
                "our aims by peaceful means only.</p>"
            ),
        ),
    },
    {
        "be": (
            "Бясплатнасць дапамогі і некамерцыйны характар дзейнасці",
            (
                "<p>Праваабарончая праца — не бізнес. Юрыдычныя кансультацыі, інфармацыйная, "
                "медычная і псіхалагічная дапамога прадастаўляюцца пацярпелым ад парушэнняў "
                "бясплатна, і мы заўсёды рады валанцёрам, гатовым падзяліцца сваім часам і "
                "ведамі.</p>"
            ),
        ),
        "ru": (
            "Безвозмездность помощи и некоммерческий характер деятельности",
            (
                "<p>Правозащитная работа — не бизнес. Юридические консультации, информационная, "
                "медицинская и психологическая помощь предоставляются пострадавшим от нарушений "
                "бесплатно, и мы всегда рады волонтёрам, готовым поделиться своим временем и "
                "знаниями.</p>"
            ),
        ),
        "en": (
            "Free assistance and non-commercial activities",
            (
                "<p>Human rights work is not a business. Legal advice, information, medical and "
                "psychological help are given to victims of violations without charge, and we are "
                "always glad of volunteers who want to contribute their time and skills.</p>"
            ),
        ),
    },
    {
        "be": (
            "Добрасумленнасць і адказнасць",
            (
                "<p>Мы адказваем за вынікі сваёй працы і выконваем яе сумленна і старанна. "
                "Асабістыя, фінансавыя ці іншыя прыватныя інтарэсы не павінны ўплываць на нашы "
                "рашэнні, а да калег, партнёраў і людзей, якім мы дапамагаем, мы ставімся з "
                "павагай і добрасумленна.</p>"
            ),
        ),
        "ru": (
            "Добросовестность и ответственность",
            (
                "<p>Мы отвечаем за результаты своей работы и выполняем её честно и тщательно. "
                "Личные, финансовые или иные частные интересы не должны влиять на наши решения, а "
                "к коллегам, партнёрам и людям, которым мы помогаем, мы относимся уважительно и "
                "добросовестно.</p>"
            ),
        ),
        "en": (
            "Integrity and responsibility",
            (
                "<p>We answer for the results of our work and carry it out honestly and carefully. "
                "Personal, financial or other private interests must not shape our decisions, and "
                "we treat colleagues, partners and the people we help with respect and in good "
                "faith.</p>"
            ),
        ),
    },
    {
        "be": (
            "Салідарнасць і супрацоўніцтва праваабаронцаў",
            (
                "<p>Мы дзелімся інфармацыяй і працуем разам з іншымі праваабаронцамі і "
                "арганізацыямі грамадзянскай супольнасці як роўныя партнёры. Калі калегу або "
                "арганізацыю пераследуюць за праваабарончую дзейнасць, іх абарона і падтрымка "
                "становяцца прыярытэтам для ўсіх нас.</p>"
            ),
        ),
        "ru": (
            "Солидарность и сотрудничество правозащитников",
            (
                "<p>Мы делимся информацией и работаем вместе с другими правозащитниками и "
                "организациями гражданского общества как равные партнёры. Когда коллегу или "
                "организацию преследуют за правозащитную деятельность, их защита и поддержка "
                "становятся приоритетом для всех нас.</p>"
            ),
        ),
        "en": (
            "Solidarity and cooperation of human rights defenders",
            (
                "<p>We share information and work with other defenders and civil society groups as "
                "equal partners. When a colleague or an organisation is persecuted for human "
                "rights work, defending and supporting them becomes a priority for all of us.</p>"
            ),
        ),
    },
    {
        "be": (
            "Павага да прыватнага жыцця і годнасці",
            (
                "<p>Кожны чалавек, з якім мы працуем, мае права на павагу да яго годнасці і "
                "прыватнага жыцця. З пацярпелымі мы размаўляем шчыра, тактоўна і канфідэнцыйна, не "
                "робім нічога, што магло б іх прынізіць ці пагоршыць іх становішча, і выбіраем тыя "
                "сродкі абароны, якія з найбольшай верагоднасцю дапамогуць.</p>"
            ),
        ),
        "ru": (
            "Уважение частной жизни и достоинства",
            (
                "<p>Каждый человек, с которым мы работаем, имеет право на уважение его достоинства "
                "и частной жизни. С пострадавшими мы говорим честно, тактично и конфиденциально, "
                "не делаем ничего, что могло бы их унизить или ухудшить их положение, и выбираем "
                "те средства защиты, которые с наибольшей вероятностью помогут.</p>"
            ),
        ),
        "en": (
            "Respect for privacy and dignity",
            (
                "<p>Every person we work with is entitled to respect for their dignity and private "
                "life. We speak with victims honestly, tactfully and in confidence, do nothing "
                "that could humiliate them or make their situation worse, and choose the remedies "
                "most likely to help.</p>"
            ),
        ),
    },
    {
        "be": (
            "Канфідэнцыйнасць і абарона персанальных даных",
            (
                "<p>Мы захоўваем у тайне тое, што даведваемся ў працы, і абараняем персанальныя "
                "даныя людзей, якія звяртаюцца да нас па дапамогу. Нічога з даведанага ў "
                "праваабарончай працы нельга выкарыстоўваць у асабістых мэтах.</p>"
            ),
        ),
        "ru": (
            "Конфиденциальность и защита персональных данных",
            (
                "<p>Мы храним в тайне то, что узнаём в работе, и защищаем персональные данные "
                "людей, которые обращаются к нам за помощью. Ничто из узнанного в правозащитной "
                "работе нельзя использовать в личных целях.</p>"
            ),
        ),
        "en": (
            "Confidentiality and protection of personal data",
            (
                "<p>We keep secret what we learn in our work and protect the personal data of the "
                "people who turn to us for help. Nothing learnt in human rights work may be used "
                "for private ends.</p>"
            ),
        ),
    },
    {
        "be": (
            "Прафесіяналізм",
            (
                "<p>Мы пастаянна вучымся, набываем практычны досвед і імкнемся выконваць кожную "
                "задачу кампетэнтна. Добрых намераў недастаткова: людзі, якія да нас звяртаюцца, "
                "заслугоўваюць кваліфікаванай дапамогі.</p>"
            ),
        ),
        "ru": (
            "Профессионализм",
            (
                "<p>Мы постоянно учимся, накапливаем практический опыт и стремимся выполнять "
                "каждую задачу компетентно. Добрых намерений недостаточно: люди, которые к нам "
                "обращаются, заслуживают квалифицированной помощи.</p>"
            ),
        ),
        "en": (
            "Professionalism",
            (
                "<p>We keep learning, build up practical experience and aim to carry out every "
                "task competently. Good intentions are not enough: the people who turn to us "
                "deserve qualified help.</p>"
            ),
        ),
    },
    {
        "be": (
            "Садзейнічанне дзяржаве і іншым суб'ектам у абароне правоў чалавека",
            (
                "<p>Абарона правоў чалавека — перадусім абавязак дзяржавы, і мы гатовыя дапамагаць "
                "уладам і іншым суб'ектам яго выконваць. З прадстаўнікамі ўлады мы "
                "ўзаемадзейнічаем як партнёры ў раўнапраўным дыялогу, захоўваючы пры гэтым "
                "незалежнасць і свабоду выказвацца.</p>"
            ),
        ),
        "ru": (
            "Содействие государству и другим субъектам в защите прав человека",
            (
                "<p>Защита прав человека — прежде всего обязанность государства, и мы готовы "
                "помогать властям и другим субъектам её выполнять. С представителями власти мы "
                "взаимодействуем как партнёры в равноправном диалоге, сохраняя при этом "
                "независимость и свободу высказываться.</p>"
            ),
        ),
        "en": (
            "Assisting the State and other actors in protection of human rights",
            (
                "<p>Protecting human rights is first of all the duty of the state, and we are "
                "ready to help the authorities and other actors fulfil it. We engage with "
                "officials as partners in an equal dialogue while keeping our independence and our "
                "freedom to speak out.</p>"
            ),
        ),
    },
    {
        "be": (
            "Незалежнасць ад палітычных партый",
            (
                "<p>Мы захоўваем палітычны нейтралітэт і не дапускаем, каб рашэнні партый уплывалі "
                "на нашу праваабарончую працу. Таму ніхто з кіраўнікоў праваабарончых арганізацый "
                "не ўваходзіць у кіраўніцтва палітычнай партыі.</p>"
            ),
        ),
        "ru": (
            "Независимость от политических партий",
            (
                "<p>Мы сохраняем политический нейтралитет и не допускаем, чтобы решения партий "
                "влияли на нашу правозащитную работу. Поэтому никто из руководителей правозащитных "
                "организаций не входит в руководство политической партии.</p>"
            ),
        ),
        "en": (
            "Independence from political parties",
            (
                "<p>We keep our work politically neutral and beyond the reach of party decisions. "
                "For that reason, no head of a human rights organisation holds a seat in the "
                "leadership of a political party.</p>"
            ),
        ),
    },
    {
        "be": (
            "Канфлікт інтарэсаў",
            (
                "<p>Канфлікт інтарэсаў узнікае тады, калі маёмасныя, палітычныя ці іншыя асабістыя "
                "інтарэсы праваабаронцы могуць паўплываць на яго працу, на арганізацыю, калег або "
                "людзей, якім ён дапамагае. Мы пазбягаем такіх сітуацый, а кожная арганізацыя "
                "павінна мець публічную працэдуру іх урэгулявання, якая аднолькава ўлічвае "
                "інтарэсы ўсіх бакоў.</p>"
            ),
        ),
        "ru": (
            "Конфликт интересов",
            (
                "<p>Конфликт интересов возникает тогда, когда имущественные, политические или иные "
                "личные интересы правозащитника могут повлиять на его работу, на организацию, "
                "коллег или людей, которым он помогает. Мы избегаем таких ситуаций, а каждая "
                "организация должна иметь публичную процедуру их урегулирования, одинаково "
                "учитывающую интересы всех сторон.</p>"
            ),
        ),
        "en": (
            "Conflict of interest",
            (
                "<p>A conflict of interest arises when a defender's financial, political or other "
                "personal interests could affect their work, their organisation, their colleagues "
                "or the people they help. We avoid such situations, and every organisation should "
                "have a public procedure for resolving them that gives equal weight to everyone "
                "concerned.</p>"
            ),
        ),
    },
]

# Before the principles.
PREAMBLE = {
    "be": (
        "<p>Гэтыя Прынцыпы апісваюць прафесійныя і этычныя нормы, якіх беларускія праваабаронцы "
        "трымаюцца ў сваёй працы. Яны выраслі з досведу праваабарончага руху Беларусі і "
        "абапіраюцца на міжнародныя стандарты ў галіне правоў чалавека.</p>"
        "<p>Іх мэта — культура адказнасці ў праваабарончай супольнасці, дзякуючы якой нам "
        "давяраюць і тыя, каму мы дапамагаем, і грамадства ў цэлым. Трымацца іх — маральнае "
        "абавязацельства, якое кожны праваабаронца прымае добраахвотна.</p>"
        "<p>У сваёй працы мы абапіраемся на Усеагульную дэкларацыю правоў чалавека, Дэкларацыю "
        "ААН аб праваабаронцах, Кіруючыя прынцыпы АБСЕ па абароне праваабаронцаў і іншыя "
        "агульнапрызнаныя нормы.</p>"
        "<p>Прынцыпы вызначаюць нашы адносіны паміж сабой і з пацярпелымі ад парушэнняў, з "
        "органамі ўлады, міжнароднымі арганізацыямі, грамадзянскай супольнасцю, іншымі "
        "прафесійнымі супольнасцямі і СМІ. Далучыцца да іх можа любая беларуская праваабарончая "
        "арганізацыя або асобны праваабаронца.</p>"
        "<p>Праваабаронцамі мы называем людзей, групы і аб'яднанні, якія мірнымі сродкамі, "
        "самастойна або разам з іншымі, прасоўваюць і абараняюць правы чалавека і асноўныя "
        "свабоды на мясцовым, нацыянальным або міжнародным узроўні і прызнаюць, што гэтыя правы "
        "належаць усім без адрознення.</p>"
        "<p>Мы абавязваемся прытрымлівацца наступных прынцыпаў.</p>"
    ),
    "ru": (
        "<p>Эти Принципы описывают профессиональные и этические нормы, которым белорусские "
        "правозащитники следуют в своей работе. Они выросли из опыта правозащитного движения "
        "Беларуси и опираются на международные стандарты в области прав человека.</p>"
        "<p>Их цель — культура ответственности в правозащитном сообществе, благодаря которой нам "
        "доверяют и те, кому мы помогаем, и общество в целом. Следовать им — моральное "
        "обязательство, которое каждый правозащитник принимает добровольно.</p>"
        "<p>В своей работе мы опираемся на Всеобщую декларацию прав человека, Декларацию ООН о "
        "правозащитниках, Руководящие принципы ОБСЕ по защите правозащитников и другие "
        "общепризнанные нормы.</p>"
        "<p>Принципы определяют наши отношения между собой и с пострадавшими от нарушений, с "
        "органами власти, международными организациями, гражданским обществом, другими "
        "профессиональными сообществами и СМИ. Присоединиться к ним может любая белорусская "
        "правозащитная организация или отдельный правозащитник.</p>"
        "<p>Правозащитниками мы называем людей, группы и объединения, которые мирными средствами, "
        "самостоятельно или вместе с другими, продвигают и защищают права человека и основные "
        "свободы на местном, национальном или международном уровне и признают, что эти права "
        "принадлежат всем без различия.</p>"
        "<p>Мы обязуемся следовать таким принципам.</p>"
    ),
    "en": (
        "<p>These Principles set out the professional and ethical standards that Belarusian human "
        "rights defenders hold themselves to. They grew out of the experience of the human rights "
        "movement in Belarus and rest on international human rights standards.</p>"
        "<p>Their aim is a culture of responsibility among defenders, one that earns the trust of "
        "the people we help and of society as a whole. Keeping to them is a moral commitment that "
        "each defender makes freely.</p>"
        "<p>Our work draws on the Universal Declaration of Human Rights, the UN Declaration on "
        "Human Rights Defenders, the OSCE Guidelines on the Protection of Human Rights Defenders "
        "and other universally recognised norms.</p>"
        "<p>The Principles govern our relations with one another and with victims of violations, "
        "the authorities, international organisations, civil society, other professions and the "
        "media. Any Belarusian human rights organisation or individual defender may accede to "
        "them.</p>"
        "<p>By human rights defenders we mean people, groups and bodies who, acting peacefully, "
        "alone or with others, promote and protect human rights and fundamental freedoms at the "
        "local, national or international level, and who recognise that these rights belong to "
        "everyone without distinction.</p>"
        "<p>We commit ourselves to the following principles.</p>"
    ),
}

# The lists some principles hold, by the principle's number: per language, the line before
# the list, its items, and the text after it.
PRINCIPLE_LISTS = {
    11: {
        "be": {
            "items_intro": "Да канфідэнцыйнай інфармацыі адносяцца:",
            "items": [
                "сам факт звароту па дапамогу, звесткі пра чалавека, які звярнуўся, абставіны і "
                "дакументы яго справы, а таксама аказаная яму дапамога, калі ён не даў згоды на "
                "іх раскрыццё;",
                "звесткі, якія могуць нашкодзіць нашым супрацоўнікам, валанцёрам або "
                "арганізацыям-партнёрам;",
                "усё іншае, што нам даверана з умовай не разгалошваць.",
            ],
            "after_items": (
                "<p>Раскрыць канфідэнцыйную інфармацыю можна толькі са згоды чалавека, які "
                "звярнуўся па дапамогу. Мы чакаем, што дзяржава не будзе ўмешвацца ў нашу "
                "прафесійную працу і будзе паважаць канфідэнцыйнасць нашых зносін з тымі, каму мы "
                "дапамагаем.</p>"
            ),
        },
        "ru": {
            "items_intro": "К конфиденциальной информации относятся:",
            "items": [
                "сам факт обращения за помощью, сведения об обратившемся человеке, обстоятельства "
                "и документы его дела, а также оказанная ему помощь, если он не согласился на их "
                "раскрытие;",
                "сведения, которые могут навредить нашим сотрудникам, волонтёрам или "
                "организациям-партнёрам;",
                "всё остальное, что доверено нам при условии неразглашения.",
            ],
            "after_items": (
                "<p>Раскрыть конфиденциальную информацию можно только с согласия человека, "
                "обратившегося за помощью. Мы ожидаем, что государство не будет вмешиваться в нашу "
                "профессиональную работу и будет уважать конфиденциальность нашего общения с теми, "
                "кому мы помогаем.</p>"
            ),
        },
        "en": {
            "items_intro": "Confidential information includes:",
            "items": [
                "the very fact that someone asked us for help, who they are, the circumstances and "
                "documents of their case, and the help they received, unless they have agreed to "
                "its disclosure;",
                "information that could harm our staff, volunteers or partner organisations;",
                "anything else entrusted to us on condition that it is not disclosed.",
            ],
            "after_items": (
                "<p>Confidential information may be disclosed only with the consent of the person "
                "who asked for help. We expect the state to stay out of our professional work and "
                "to respect the confidentiality of our communication with the people we "
                "assist.</p>"
            ),
        },
    },
}

# After the principles.
EXPLANATORY_NOTE = {
    "be": (
        "<p>Праваабарончы рух Беларусі імкнецца да такіх адносін паміж дзяржавай і чалавекам, "
        "пры якіх паважаецца чалавечая годнасць і гарантаваныя правы чалавека і асноўныя "
        "свабоды ў адпаведнасці з міжнароднымі стандартамі і прынцыпам вяршэнства права.</p>"
        "<p>Адных дэмакратычных інстытутаў для гэтага недастаткова: самім праваабаронцам "
        "патрэбныя агульныя прафесійныя і этычныя нормы. Самарэгуляванне дапамагае арганізацыям "
        "працаваць лепш і ўмацоўвае аўтарытэт праваабаронцаў і давер да іх у грамадстве.</p>"
        "<p>Таму некалькі праваабарончых арганізацый падрыхтавалі гэтыя Прынцыпы, абапіраючыся "
        "на міжнародны досвед самарэгулявання грамадзянскай супольнасці і на ўмовы, у якіх "
        "працуюць беларускія праваабаронцы. Праект абмеркавалі больш за семдзесят праваабаронцаў "
        "з усіх рэгіёнаў у шасці фокус-групах; яны прадстаўлялі больш за дваццаць арганізацый або "
        "ўдзельнічалі ад свайго імя.</p>"
        "<p>Прынцыпы адрасаваныя беларускім праваабарончым арганізацыям, зарэгістраваным і "
        "незарэгістраваным, іншым грамадскім аб'яднанням, ініцыятывам і кааліцыям, а таксама "
        "асобным людзям, якія абараняюць і прасоўваюць агульнапрызнаныя правы чалавека.</p>"
    ),
    "ru": (
        "<p>Правозащитное движение Беларуси стремится к таким отношениям между государством и "
        "человеком, при которых уважается человеческое достоинство и гарантированы права "
        "человека и основные свободы в соответствии с международными стандартами и принципом "
        "верховенства права.</p>"
        "<p>Одних демократических институтов для этого недостаточно: самим правозащитникам нужны "
        "общие профессиональные и этические нормы. Саморегулирование помогает организациям "
        "работать лучше и укрепляет авторитет правозащитников и доверие к ним в обществе.</p>"
        "<p>Поэтому несколько правозащитных организаций подготовили эти Принципы, опираясь на "
        "международный опыт саморегулирования гражданского общества и на условия, в которых "
        "работают белорусские правозащитники. Проект обсудили более семидесяти правозащитников "
        "из всех регионов в шести фокус-группах; они представляли более двадцати организаций или "
        "участвовали от своего имени.</p>"
        "<p>Принципы адресованы белорусским правозащитным организациям, зарегистрированным и "
        "незарегистрированным, другим общественным объединениям, инициативам и коалициям, а "
        "также отдельным людям, которые защищают и продвигают общепризнанные права человека.</p>"
    ),
    "en": (
        "<p>The human rights movement in Belarus works towards relations between the state and "
        "the individual that respect human dignity and guarantee human rights and fundamental "
        "freedoms, in line with international standards and the rule of law.</p>"
        "<p>Democratic institutions alone are not enough for that: defenders themselves need "
        "shared professional and ethical standards. Self-regulation helps organisations work "
        "better and strengthens both the standing of defenders and the trust society places in "
        "them.</p>"
        "<p>That is why several human rights organisations drew up these Principles, building on "
        "international experience of self-regulation in civil society and on the conditions in "
        "which Belarusian defenders work. More than seventy defenders from every region debated "
        "the draft in six focus groups; they represented over twenty organisations or took part "
        "on their own behalf.</p>"
        "<p>The Principles are addressed to Belarusian human rights organisations, registered or "
        "not, to other civic associations, initiatives and coalitions, and to individuals who "
        "protect and promote universally recognised human rights.</p>"
    ),
}

# Edition 2 words two principles differently, by number: their new text per language.
EDITION_2_BODIES = {
    4: {
        "be": (
            "<p>Мы імкнемся зрабіць свае мэты, структуру, дзейнасць і крыніцы фінансавання як "
            "мага больш адкрытымі для грамадства, бо ад гэтага залежыць давер да нас. Адзінае "
            "абмежаванне — бяспека: мы ніколі не публікуем таго, што можа паставіць пад пагрозу "
            "людзей, з якімі працуем.</p>"
        ),
        "ru": (
            "<p>Мы стремимся сделать свои цели, структуру, деятельность и источники финансирования "
            "как можно более открытыми для общества, потому что от этого зависит доверие к нам. "
            "Единственное ограничение — безопасность: мы никогда не публикуем того, что может "
            "поставить под угрозу людей, с которыми работаем.</p>"
        ),
        "en": (
            "<p>We make our aims, structure, activities and sources of funding as open to the "
            "public as we can, because trust depends on it. The one limit is safety: we never "
            "publish anything that could put the people we work with at risk.</p>"
        ),
    },
    15: {
        "be": (
            "<p>Канфлікт інтарэсаў узнікае тады, калі маёмасныя, палітычныя ці іншыя асабістыя "
            "інтарэсы праваабаронцы могуць паўплываць на яго працу, на арганізацыю, калег або "
            "людзей, якім ён дапамагае. Мы пазбягаем такіх сітуацый і паведамляем пра кожную, "
            "калі яна ўзнікае; канфлікт інтарэсаў урэгулёўваецца паводле публічнай працэдуры, "
            "якая аднолькава ўлічвае інтарэсы ўсіх бакоў.</p>"
        ),
        "ru": (
            "<p>Конфликт интересов возникает тогда, когда имущественные, политические или иные "
            "личные интересы правозащитника могут повлиять на его работу, на организацию, коллег "
            "или людей, которым он помогает. Мы избегаем таких ситуаций и сообщаем о каждой, если "
            "она возникает; конфликт интересов урегулируется по публичной процедуре, одинаково "
            "учитывающей интересы всех сторон.</p>"
        ),
        "en": (
            "<p>A conflict of interest arises when a defender's financial, political or other "
            "personal interests could affect their work, their organisation, their colleagues or "
            "the people they help. We avoid such situations and report any that do arise; a "
            "conflict of interest is settled through a public procedure that gives equal weight "
            "to everyone concerned.</p>"
        ),
    },
}

# Edition 2 adds an item to principle 11's list, before its last item: per language.
EDITION_2_NEW_ITEMS = {
    11: {
        "be": "звесткі пра прылады, уліковыя запісы і каналы, праз якія з намі звязваюцца;",
        "ru": (
            "сведения об устройствах, учётных записях и каналах, через которые с нами "
            "связываются;"
        ),
        "en": "the devices, accounts and channels through which people contact us;",
    },
}
