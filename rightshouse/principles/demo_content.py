"""The demo Principles of Human Rights Work page, in Belarusian (default), Russian and English.

Pure data, read by `rightshouse.principles.demo`. The wording is new. The Russian and English
text becomes the wagtail-localize translation of the Belarusian, string by string, so all three
have the same shape: the same paragraphs in the same order.
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
            "прынцыпаў і спіс арганізацый, якія ўжо да іх далучыліся.</p>"
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
            "организация или отдельный правозащитник. Ниже приведены все пятнадцать принципов и "
            "список организаций, которые уже к ним присоединились.</p>"
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
            "individual defender may accede to it. Below are all fifteen principles and the list "
            "of organisations that have already joined.</p>"
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
                "<p>Сам факт звароту па дапамогу, абставіны справы і характар аказанай дапамогі "
                "застаюцца канфідэнцыйнымі, пакуль чалавек не дасць згоды на іх раскрыццё; гэтак "
                "жа мы ахоўваем звесткі, якія могуць нашкодзіць нашым супрацоўнікам, валанцёрам і "
                "партнёрам. Мы абараняем персанальныя даныя, ніколі не выкарыстоўваем іх у "
                "асабістых мэтах і чакаем, што дзяржава будзе паважаць канфідэнцыйнасць нашых "
                "зносін з тымі, каму мы дапамагаем.</p>"
            ),
        ),
        "ru": (
            "Конфиденциальность и защита персональных данных",
            (
                "<p>Сам факт обращения за помощью, обстоятельства дела и характер оказанной помощи "
                "остаются конфиденциальными, пока человек не даст согласия на их раскрытие; так же "
                "мы оберегаем сведения, которые могут навредить нашим сотрудникам, волонтёрам и "
                "партнёрам. Мы защищаем персональные данные, никогда не используем их в личных "
                "целях и ожидаем, что государство будет уважать конфиденциальность нашего общения "
                "с теми, кому мы помогаем.</p>"
            ),
        ),
        "en": (
            "Confidentiality and protection of personal data",
            (
                "<p>The very fact that someone has asked us for help, the details of their case "
                "and the help given stay confidential unless that person agrees otherwise, and we "
                "guard just as carefully anything that could harm our staff, volunteers or "
                "partners. We protect personal data, never use it for private ends, and expect the "
                "state to respect the confidentiality of our communication with the people we "
                "assist.</p>"
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
