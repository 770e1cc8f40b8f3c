"""Demo tags, publication index pages and publications, in Belarusian (default), Russian and
English.

Pure data, read by `rightshouse.publications.demo`. Facts come from the old sites of the
Belarusian Human Rights House; the wording is new. Slugs are lowercase ASCII. The Russian and
English text of an item becomes the wagtail-localize translation of the Belarusian, string by
string, so all three have the same shape: the same paragraphs and links in the same order.

A few publications are deliberately left untranslated so that the "not translated" paths can
be seen in the demo (an item's first language is then its source):

- only in Belarusian: "ilia-by-graduates", "kulsha-cedaw";
- only in Russian: "legal-initiative-cedaw", "lawtrend-funding";
- in Belarusian and English, not Russian: "un-experts-ill-treatment".
"""

# Tags: a stable key used by PUBLICATIONS; per language (name, slug).
TAGS = [
    {
        "key": "defenders",
        "be": ("Праваабаронцы", "pravaabaroncy"),
        "ru": ("Правозащитники", "pravozashchitniki"),
        "en": ("Human Rights Defenders", "human-rights-defenders"),
    },
    {
        "key": "joint-statement",
        "be": ("сумесная заява", "sumesnaya-zayava"),
        "ru": ("совместное заявление", "sovmestnoe-zayavlenie"),
        "en": ("joint statement", "joint-statement"),
    },
    {"key": "un", "be": ("ААН", "aan"), "ru": ("ООН", "oon"), "en": ("UN", "un")},
    {
        "key": "viasna",
        "be": ("Вясна", "viasna"),
        "ru": ("Весна", "vesna"),
        "en": ("Viasna", "viasna"),
    },
    {
        "key": "political-prisoners",
        "be": ("Палітычныя вязні", "palitychnyya-vyazni"),
        "ru": ("Политические заключённые", "politicheskie-zaklyuchennye"),
        "en": ("Political prisoners", "political-prisoners"),
    },
    {
        "key": "freedom-of-association",
        "be": ("Свабода аб'яднанняў", "svaboda-abyadnannyau"),
        "ru": ("Свобода объединений", "svoboda-obedinenij"),
        "en": ("Freedom of association", "freedom-of-association"),
    },
    {
        "key": "advocacy",
        "be": ("Міжнародная адвакацыя", "mizhnarodnaya-advakatsyya"),
        "ru": ("Международная адвокация", "mezhdunarodnaya-advokaciya"),
        "en": ("International advocacy", "international-advocacy"),
    },
    {
        "key": "torture",
        "be": ("Катаванні", "katavanni"),
        "ru": ("Пытки", "pytki"),
        "en": ("Torture", "torture"),
    },
]

# Publication index pages under each home page, in menu order.
INDEXES = [
    {
        "key": "news",
        "be": {
            "title": "Навіны",
            "slug": "naviny",
            "intro": (
                "<p>Навіны Беларускага дома правоў чалавека і партнёрскіх арганізацый: падзеі, "
                "сустрэчы, праца з механізмамі ААН.</p>"
            ),
        },
        "ru": {
            "title": "Новости",
            "slug": "novosti",
            "intro": (
                "<p>Новости Белорусского дома прав человека и партнёрских организаций: события, "
                "встречи, работа с механизмами ООН.</p>"
            ),
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": (
                "<p>News from the Belarusian Human Rights House and partner organisations: events, "
                "meetings and work with UN mechanisms.</p>"
            ),
        },
    },
    {
        "key": "statements",
        "be": {
            "title": "Заявы",
            "slug": "zayavy",
            "intro": (
                "<p>Заявы, лісты і звароты, з якімі беларускія праваабарончыя арганізацыі "
                "выступаюць паасобку або разам.</p>"
            ),
        },
        "ru": {
            "title": "Заявления",
            "slug": "zayavleniya",
            "intro": (
                "<p>Заявления, письма и обращения, с которыми белорусские правозащитные "
                "организации выступают по отдельности или вместе.</p>"
            ),
        },
        "en": {
            "title": "Statements",
            "slug": "statements",
            "intro": (
                "<p>Statements, letters and appeals issued by Belarusian human rights "
                "organisations, on their own or together.</p>"
            ),
        },
    },
]

# News items and statements, oldest first. `index` is a key of INDEXES; `kind` is "news" in the
# news index and "statement", "joint_statement", "letter" or "appeal" in the statements index;
# `tags` and `related` are keys of TAGS and PUBLICATIONS; `date` is ISO. An item exists only in
# the languages it names.
PUBLICATIONS = [
    {
        "key": "un-mandate-extended-2019",
        "index": "news",
        "kind": "news",
        "date": "2019-07-12",
        "tags": ["un", "advocacy"],
        "related": [],
        "be": {
            "title": (
                "Савет ААН па правах чалавека падоўжыў мандат Спецыяльнага дакладчыка па Беларусі"
            ),
            "lead": (
                "Савет зноў падоўжыў мандат Спецыяльнага дакладчыка па сітуацыі з правамі чалавека "
                "ў Беларусі. Беларускія праваабарончыя арганізацыі заклікалі дзяржавы — члены "
                "Савета падтрымаць гэтае рашэнне."
            ),
            "body": (
                "<p>Мандат існуе з 2012 года і застаецца адным з нямногіх міжнародных "
                "інструментаў, якія ўтрымліваюць сітуацыю з правамі чалавека ў Беларусі на парадку "
                "дня ААН. Беларускія ўлады па-ранейшаму яго не прызнаюць, таму Спецыяльны "
                "дакладчык не можа наведаць краіну.</p>"
                "<p>Дом і далей будзе перадаваць Спецыяльнаму дакладчыку інфармацыю ад беларускіх "
                "арганізацый і арганізоўваць яго сустрэчы з праваабаронцамі за межамі Беларусі.</p>"
            ),
        },
        "ru": {
            "title": (
                "Совет ООН по правам человека продлил мандат Специального докладчика по Беларуси"
            ),
            "lead": (
                "Совет вновь продлил мандат Специального докладчика по ситуации с правами человека "
                "в Беларуси. Белорусские правозащитные организации призывали государства — члены "
                "Совета поддержать это решение."
            ),
            "body": (
                "<p>Мандат существует с 2012 года и остаётся одним из немногих международных "
                "инструментов, которые удерживают ситуацию с правами человека в Беларуси в "
                "повестке ООН. Белорусские власти по-прежнему его не признают, поэтому Специальный "
                "докладчик не может посетить страну.</p>"
                "<p>Дом и дальше будет передавать Специальному докладчику информацию от "
                "белорусских организаций и организовывать его встречи с правозащитниками за "
                "пределами Беларуси.</p>"
            ),
        },
        "en": {
            "title": "UN Human Rights Council extends the Special Rapporteur's mandate on Belarus",
            "lead": (
                "The Council has once again renewed the mandate of the Special Rapporteur on the "
                "situation of human rights in Belarus. Belarusian human rights organisations had "
                "urged member states to support the renewal."
            ),
            "body": (
                "<p>The mandate has existed since 2012 and remains one of the few international "
                "tools that keep the human rights situation in Belarus on the UN agenda. The "
                "Belarusian authorities still refuse to recognise it, so the Special Rapporteur "
                "cannot visit the country.</p>"
                "<p>The House will go on passing information from Belarusian organisations to the "
                "Special Rapporteur and arranging his meetings with human rights defenders outside "
                "Belarus.</p>"
            ),
        },
    },
    {
        "key": "ilia-by-graduates",
        "index": "news",
        "kind": "news",
        "date": "2019-11-14",
        "tags": ["defenders", "advocacy"],
        "related": [],
        "be": {
            "title": "Выпускнікі праграмы ILIA-By прэзентавалі свае праекты",
            "lead": (
                "Удзельнікі адукацыйнай праграмы ILIA-By завяршылі навучанне і прадставілі "
                "праекты, над якімі працавалі на працягу года."
            ),
            "body": (
                "<p>Праграма знаёміць маладых праваабаронцаў з міжнароднымі механізмамі абароны "
                "правоў чалавека і вучыць карыстацца імі на практыцы. Выпускнікі папярэдніх "
                "набораў ужо ўдзельнічалі ў падрыхтоўцы альтэрнатыўных дакладаў і ў сесіях "
                "камітэтаў ААН.</p>"
                "<p>Сёлетнія праекты прысвечаныя доступу да правасуддзя, правам людзей з "
                "інваліднасцю і назіранню за судовымі працэсамі. Пра набор на наступны год будзе "
                "абвешчана асобна.</p>"
            ),
        },
    },
    {
        "key": "human-rights-day-2019",
        "index": "statements",
        "kind": "statement",
        "date": "2019-12-10",
        "tags": ["defenders", "freedom-of-association"],
        "related": [],
        "be": {
            "title": "Дзень правоў чалавека: заява Беларускага дома правоў чалавека",
            "lead": (
                "10 снежня мы нагадваем, што Усеагульная дэкларацыя правоў чалавека датычыцца "
                "Беларусі гэтак жа, як і любой іншай дзяржавы, і заклікаем улады да сапраўднага "
                "дыялогу з грамадзянскай супольнасцю."
            ),
            "body": (
                "<p>Праз семдзесят адзін год пасля прыняцця Усеагульнай дэкларацыі многія "
                "праваабарончыя арганізацыі ў Беларусі дагэтуль не могуць атрымаць рэгістрацыю, а "
                "за ўдзел у мірных сходах людзей штрафуюць і арыштоўваюць. Смяротныя прысуды ў "
                "краіне па-ранейшаму выконваюцца.</p>"
                "<p>Мы заклікаем улады прывесці заканадаўства аб масавых мерапрыемствах і "
                "грамадскіх аб'яднаннях у адпаведнасць з міжнароднымі стандартамі, увесці "
                "мараторый на смяротнае пакаранне і пачаць супрацоўніцтва са Спецыяльным "
                "дакладчыкам ААН па сітуацыі з правамі чалавека ў Беларусі.</p>"
            ),
        },
        "ru": {
            "title": "День прав человека: заявление Белорусского дома прав человека",
            "lead": (
                "10 декабря мы напоминаем, что Всеобщая декларация прав человека касается Беларуси "
                "так же, как любого другого государства, и призываем власти к настоящему диалогу с "
                "гражданским обществом."
            ),
            "body": (
                "<p>Спустя семьдесят один год после принятия Всеобщей декларации многие "
                "правозащитные организации в Беларуси по-прежнему не могут получить регистрацию, а "
                "за участие в мирных собраниях людей штрафуют и арестовывают. Смертные приговоры в "
                "стране продолжают приводиться в исполнение.</p>"
                "<p>Мы призываем власти привести законодательство о массовых мероприятиях и "
                "общественных объединениях в соответствие с международными стандартами, ввести "
                "мораторий на смертную казнь и начать сотрудничество со Специальным докладчиком "
                "ООН по ситуации с правами человека в Беларуси.</p>"
            ),
        },
        "en": {
            "title": "Human Rights Day: a statement by the Belarusian Human Rights House",
            "lead": (
                "On 10 December we recall that the Universal Declaration of Human Rights applies "
                "to Belarus as much as to any other state, and we call on the authorities to enter "
                "into a genuine dialogue with civil society."
            ),
            "body": (
                "<p>Seventy-one years after the Universal Declaration was adopted, many human "
                "rights organisations in Belarus still cannot obtain registration, and people are "
                "fined and jailed for taking part in peaceful assemblies. Death sentences continue "
                "to be carried out.</p>"
                "<p>We call on the authorities to bring the laws on mass events and on public "
                "associations into line with international standards, to introduce a moratorium on "
                "the death penalty and to start cooperating with the UN Special Rapporteur on the "
                "situation of human rights in Belarus.</p>"
            ),
        },
    },
    {
        "key": "coordination-meeting-2020",
        "index": "news",
        "kind": "news",
        "date": "2020-01-24",
        "tags": ["advocacy", "un", "defenders"],
        "related": ["un-mandate-extended-2019"],
        "be": {
            "title": "Штогадовая каардынацыйная сустрэча беларускай праваабарончай супольнасці",
            "lead": (
                "Прадстаўнікі беларускіх і міжнародных арганізацый сабраліся, каб узгадніць "
                "прыярытэты адвакацыі на 2020 год — год прэзідэнцкіх выбараў."
            ),
            "body": (
                "<p>Удзельнікі падвялі вынікі сумеснай адвакацыйнай працы ў 2019 годзе і вызначылі "
                "тэмы, якім трэба ўдзяліць найбольшую ўвагу: назіранне за выбарамі, свабода мірных "
                "сходаў і смяротнае пакаранне.</p>"
                "<p>Як і ў папярэднія гады, у праграме была сесія са Спецыяльным дакладчыкам ААН "
                "па сітуацыі з правамі чалавека ў Беларусі. У самой краіне ён сустрэцца з "
                "праваабаронцамі не можа, бо ўлады не прызнаюць яго мандат.</p>"
            ),
        },
        "ru": {
            "title": "Ежегодная координационная встреча белорусского правозащитного сообщества",
            "lead": (
                "Представители белорусских и международных организаций собрались, чтобы "
                "согласовать приоритеты адвокации на 2020 год — год президентских выборов."
            ),
            "body": (
                "<p>Участники подвели итоги совместной адвокационной работы в 2019 году и "
                "определили темы, которым нужно уделить наибольшее внимание: наблюдение за "
                "выборами, свобода мирных собраний и смертная казнь.</p>"
                "<p>Как и в прошлые годы, в программе была сессия со Специальным докладчиком ООН "
                "по ситуации с правами человека в Беларуси. В самой стране он встретиться с "
                "правозащитниками не может, потому что власти не признают его мандат.</p>"
            ),
        },
        "en": {
            "title": "Annual coordination meeting of the Belarusian human rights community",
            "lead": (
                "Representatives of Belarusian and international organisations met to agree on "
                "advocacy priorities for 2020, a presidential election year."
            ),
            "body": (
                "<p>Participants reviewed the results of joint advocacy in 2019 and identified the "
                "issues that need most attention in the year ahead: election observation, freedom "
                "of peaceful assembly and the death penalty.</p>"
                "<p>As in previous years, the programme included a session with the UN Special "
                "Rapporteur on the situation of human rights in Belarus. He cannot meet defenders "
                "inside the country, because the authorities do not recognise his mandate.</p>"
            ),
        },
    },
    {
        "key": "seviarynets-release",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2020-07-10",
        "tags": ["joint-statement", "political-prisoners"],
        "related": [],
        "be": {
            "title": "Неадкладна вызваліць Паўла Севярынца!",
            "lead": (
                "Беларускія праваабарончыя і грамадскія арганізацыі патрабуюць вызваліць Паўла "
                "Севярынца, якога арыштавалі на 15 сутак нібыта за заклік да несанкцыянаванага "
                "сходу."
            ),
            "body": (
                "<p>8 ліпеня суд Савецкага раёна Мінска прызнаў Паўла Севярынца вінаватым паводле "
                "артыкула 23.34 Кодэкса аб адміністрацыйных правапарушэннях. Як лічыць суд, ён "
                "заклікаў людзей прыйсці 7 чэрвеня на несанкцыянаваную акцыю каля Камароўскага "
                "рынку.</p>"
                "<p>Пакаранне за заклік да мірнага сходу несумяшчальнае са свабодай выказвання "
                "меркаванняў і свабодай мірных сходаў. Мы лічым арышт адвольным і патрабуем "
                "неадкладна вызваліць Паўла Севярынца, а таксама спыніць пераслед удзельнікаў "
                "выбарчай кампаніі.</p>"
            ),
        },
        "ru": {
            "title": "Немедленно освободить Павла Северинца!",
            "lead": (
                "Белорусские правозащитные и общественные организации требуют освободить Павла "
                "Северинца, арестованного на 15 суток якобы за призыв к несанкционированному "
                "собранию."
            ),
            "body": (
                "<p>8 июля суд Советского района Минска признал Павла Северинца виновным по статье "
                "23.34 Кодекса об административных правонарушениях. По мнению суда, он призывал "
                "людей прийти 7 июня на несанкционированную акцию у Комаровского рынка.</p>"
                "<p>Наказание за призыв к мирному собранию несовместимо со свободой выражения "
                "мнений и свободой мирных собраний. Мы считаем арест произвольным и требуем "
                "немедленно освободить Павла Северинца, а также прекратить преследование "
                "участников избирательной кампании.</p>"
            ),
        },
        "en": {
            "title": "Release Pavel Seviarynets now!",
            "lead": (
                "Belarusian human rights and civil society organisations demand the release of "
                "Pavel Seviarynets, jailed for 15 days for allegedly calling people to an "
                "unauthorised gathering."
            ),
            "body": (
                "<p>On 8 July the Saviecki District Court of Minsk found Pavel Seviarynets guilty "
                "under Article 23.34 of the Code of Administrative Offences. In the court's view, "
                "he had urged people to attend an unauthorised event near the Kamarouski market on "
                "7 June.</p>"
                "<p>Punishing someone for calling for a peaceful gathering is incompatible with "
                "freedom of expression and freedom of peaceful assembly. We regard the detention "
                "as arbitrary and demand that Pavel Seviarynets be released at once and that the "
                "persecution of people taking part in the election campaign stop.</p>"
            ),
        },
    },
    {
        "key": "post-election-violence",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2020-08-13",
        "tags": ["joint-statement", "torture", "defenders"],
        "related": [],
        "be": {
            "title": "Спыніць гвалт супраць мірных пратэстоўцаў",
            "lead": (
                "Беларускія праваабарончыя арганізацыі асуджаюць масавыя затрыманні і жорсткае "
                "абыходжанне з людзьмі, затрыманымі пасля прэзідэнцкіх выбараў 9 жніўня, і "
                "патрабуюць незалежнага расследавання."
            ),
            "body": (
                "<p>З выбарчай ночы па ўсёй краіне затрымалі тысячы людзей. Тыя, каго ўжо "
                "вызвалілі, расказваюць пра збіццё, перапоўненыя камеры, адсутнасць вады і "
                "медычнай дапамогі, пра прыніжэнні ў аддзелах міліцыі і ізалятарах. Сярод "
                "затрыманых — журналісты і назіральнікі.</p>"
                "<p>Мы патрабуем вызваліць усіх, каго затрымалі за мірны пратэст, неадкладна "
                "спыніць жорсткае абыходжанне, забяспечыць доступ адвакатаў і сваякоў і эфектыўна "
                "расследаваць кожнае паведамленне пра катаванні. Вінаватыя павінны панесці "
                "адказнасць.</p>"
            ),
        },
        "ru": {
            "title": "Остановить насилие против мирных протестующих",
            "lead": (
                "Белорусские правозащитные организации осуждают массовые задержания и жестокое "
                "обращение с людьми, задержанными после президентских выборов 9 августа, и требуют "
                "независимого расследования."
            ),
            "body": (
                "<p>С ночи выборов по всей стране задержаны тысячи людей. Те, кого уже освободили, "
                "рассказывают об избиениях, переполненных камерах, отсутствии воды и медицинской "
                "помощи, об унижениях в отделах милиции и изоляторах. Среди задержанных — "
                "журналисты и наблюдатели.</p>"
                "<p>Мы требуем освободить всех, кого задержали за мирный протест, немедленно "
                "прекратить жестокое обращение, обеспечить доступ адвокатов и родственников и "
                "эффективно расследовать каждое сообщение о пытках. Виновные должны понести "
                "ответственность.</p>"
            ),
        },
        "en": {
            "title": "Stop the violence against peaceful protesters",
            "lead": (
                "Belarusian human rights organisations condemn the mass detentions and the "
                "ill-treatment of people held after the presidential election of 9 August, and "
                "demand an independent investigation."
            ),
            "body": (
                "<p>Since election night, thousands of people have been detained across the "
                "country. Those already released describe beatings, overcrowded cells, no water or "
                "medical help, and humiliation in police stations and detention centres. "
                "Journalists and observers are among the detainees.</p>"
                "<p>We demand the release of everyone detained for peaceful protest, an immediate "
                "end to ill-treatment, access for lawyers and relatives, and an effective "
                "investigation of every report of torture. Those responsible must be held to "
                "account.</p>"
            ),
        },
    },
    {
        "key": "bhc-liquidation-claim",
        "index": "news",
        "kind": "news",
        "date": "2021-09-07",
        "tags": ["defenders", "freedom-of-association"],
        "related": ["bhc-preliminary-hearing"],
        "be": {
            "title": (
                "Міністэрства юстыцыі падало іск аб ліквідацыі Беларускага Хельсінкскага Камітэта"
            ),
            "lead": (
                "7 верасня Беларускі Хельсінкскі Камітэт атрымаў іскавую заяву Міністэрства "
                "юстыцыі, якое просіць Вярхоўны суд ліквідаваць арганізацыю."
            ),
            "body": (
                "<p>Камітэт працуе з 1995 года і застаецца адной з апошніх праваабарончых "
                "арганізацый у Беларусі, якія яшчэ маюць рэгістрацыю. Іск з'явіўся на фоне хвалі "
                "прымусовых ліквідацый арганізацый грамадзянскай супольнасці, якая пачалася гэтым "
                "летам.</p>"
                "<p>БХК лічыць іск беспадстаўным і мае намер абараняць сваю пазіцыю ў судзе. Дом і "
                "партнёрскія арганізацыі выказваюць калегам поўную салідарнасць.</p>"
            ),
        },
        "ru": {
            "title": (
                "Министерство юстиции подало иск о ликвидации Белорусского Хельсинкского Комитета"
            ),
            "lead": (
                "7 сентября Белорусский Хельсинкский Комитет получил исковое заявление "
                "Министерства юстиции, которое просит Верховный суд ликвидировать организацию."
            ),
            "body": (
                "<p>Комитет работает с 1995 года и остаётся одной из последних правозащитных "
                "организаций в Беларуси, которые ещё сохраняют регистрацию. Иск появился на фоне "
                "волны принудительных ликвидаций организаций гражданского общества, начавшейся "
                "этим летом.</p>"
                "<p>БХК считает иск необоснованным и намерен отстаивать свою позицию в суде. Дом и "
                "партнёрские организации выражают коллегам полную солидарность.</p>"
            ),
        },
        "en": {
            "title": (
                "Ministry of Justice files a claim to liquidate the Belarusian Helsinki Committee"
            ),
            "lead": (
                "On 7 September the Belarusian Helsinki Committee received a statement of claim "
                "from the Ministry of Justice asking the Supreme Court to dissolve the "
                "organisation."
            ),
            "body": (
                "<p>The Committee has worked since 1995 and is one of the last human rights "
                "organisations in Belarus that still hold registration. The claim comes amid a "
                "wave of forced liquidations of civil society organisations that began this "
                "summer.</p>"
                "<p>The BHC considers the claim unfounded and intends to defend its position in "
                "court. The House and its partner organisations stand in full solidarity with "
                "their colleagues.</p>"
            ),
        },
    },
    {
        "key": "bhc-preliminary-hearing",
        "index": "news",
        "kind": "news",
        "date": "2021-09-09",
        "tags": ["defenders", "freedom-of-association"],
        "related": ["bhc-liquidation-claim"],
        "be": {
            "title": "Вярхоўны суд правядзе папярэдняе пасяджэнне па іску аб ліквідацыі БХК",
            "lead": (
                "На 10 верасня Вярхоўны суд прызначыў папярэдняе пасяджэнне па іску Міністэрства "
                "юстыцыі аб ліквідацыі Беларускага Хельсінкскага Камітэта."
            ),
            "body": (
                "<p>Пасяджэнне адбудзецца праз тры дні пасля таго, як Камітэт атрымаў іскавую "
                "заяву. На папярэдняй стадыі суд вырашае працэсуальныя пытанні і прызначае дату "
                "разгляду справы па сутнасці.</p>"
                "<p>Мы сочым за справай і будзем паведамляць пра яе ход.</p>"
            ),
        },
        "ru": {
            "title": "Верховный суд проведёт предварительное заседание по иску о ликвидации БХК",
            "lead": (
                "На 10 сентября Верховный суд назначил предварительное заседание по иску "
                "Министерства юстиции о ликвидации Белорусского Хельсинкского Комитета."
            ),
            "body": (
                "<p>Заседание состоится через три дня после того, как Комитет получил исковое "
                "заявление. На предварительной стадии суд решает процессуальные вопросы и "
                "назначает дату рассмотрения дела по существу.</p>"
                "<p>Мы следим за делом и будем сообщать о его ходе.</p>"
            ),
        },
        "en": {
            "title": "Supreme Court to hold a preliminary hearing on the BHC liquidation claim",
            "lead": (
                "The Supreme Court has scheduled a preliminary hearing for 10 September on the "
                "Ministry of Justice's claim to liquidate the Belarusian Helsinki Committee."
            ),
            "body": (
                "<p>The hearing comes three days after the Committee received the statement of "
                "claim. At the preliminary stage the court deals with procedural matters and sets "
                "a date for the hearing on the merits.</p>"
                "<p>We are following the case and will report on its progress.</p>"
            ),
        },
    },
    {
        "key": "free-viasna-campaign",
        "index": "statements",
        "kind": "appeal",
        "date": "2021-09-17",
        "tags": ["viasna", "defenders", "political-prisoners", "joint-statement"],
        "related": [],
        "be": {
            "title": (
                "#FreeViasna: праваабарончыя арганізацыі патрабуюць вызваліць сямёх сяброў «Вясны»"
            ),
            "lead": (
                "Дваццаць тры міжнародныя і беларускія праваабарончыя арганізацыі пачынаюць "
                "кампанію за вызваленне затрыманых сяброў Праваабарончага цэнтра «Вясна»."
            ),
            "body": (
                "<p>Кампанія стартуе праз год пасля затрымання Марфы Рабковай, каардынатаркі "
                "валанцёрскай сеткі «Вясны». За гэты час за краты трапілі яшчэ шасцёра яе калег, "
                "сярод іх старшыня цэнтра Алесь Бяляцкі і яго намеснік Валянцін Стэфановіч.</p>"
                "<p>Арганізацыі патрабуюць вызваліць усіх сямёх і нагадваюць пра сотні іншых "
                "людзей, якіх у Беларусі пераследуюць толькі за тое, што яны карысталіся свабодай "
                "мірных сходаў і свабодай выказвання меркаванняў. Далучыцца можа кожны: "
                "распаўсюджваць звесткі пра зняволеных праваабаронцаў і пісаць ім лісты "
                "падтрымкі.</p>"
            ),
        },
        "ru": {
            "title": (
                "#FreeViasna: правозащитные организации требуют освободить семерых членов «Весны»"
            ),
            "lead": (
                "Двадцать три международные и белорусские правозащитные организации начинают "
                "кампанию за освобождение задержанных членов Правозащитного центра «Весна»."
            ),
            "body": (
                "<p>Кампания стартует через год после задержания Марфы Рабковой, координатора "
                "волонтёрской сети «Весны». За это время за решёткой оказались ещё шестеро её "
                "коллег, среди них председатель центра Алесь Беляцкий и его заместитель Валентин "
                "Стефанович.</p>"
                "<p>Организации требуют освободить всех семерых и напоминают о сотнях других "
                "людей, которых в Беларуси преследуют только за то, что они пользовались свободой "
                "мирных собраний и свободой выражения мнений. Присоединиться может каждый: "
                "распространять сведения о заключённых правозащитниках и писать им письма "
                "поддержки.</p>"
            ),
        },
        "en": {
            "title": (
                "#FreeViasna: human rights groups call for the release of seven Viasna members"
            ),
            "lead": (
                "Twenty-three international and Belarusian human rights organisations are starting "
                "a campaign for the release of the detained members of the Human Rights Center "
                "“Viasna”."
            ),
            "body": (
                "<p>The campaign begins a year after the arrest of Marfa Rabkova, coordinator of "
                "Viasna's volunteer network. Six of her colleagues have been put behind bars since "
                "then, among them the centre's chair Ales Bialiatski and his deputy Valiantsin "
                "Stefanovich.</p>"
                "<p>The organisations demand freedom for all seven and draw attention to the "
                "hundreds of other people in Belarus who are being prosecuted simply for using "
                "their freedom of peaceful assembly and of expression. Anyone can take part by "
                "spreading the word about the imprisoned defenders and writing letters of support "
                "to them.</p>"
            ),
        },
    },
    {
        "key": "bhc-international-letter",
        "index": "statements",
        "kind": "letter",
        "date": "2021-09-24",
        "tags": ["defenders", "freedom-of-association", "advocacy"],
        "related": ["bhc-liquidation-claim"],
        "be": {
            "title": (
                "Пяць міжнародных арганізацый заклікалі Міністэрства юстыцыі адклікаць іск супраць "
                "БХК"
            ),
            "lead": (
                "Amnesty International, FIDH, Front Line Defenders, Фонд «Дом правоў чалавека» і "
                "Human Rights Watch накіравалі сумесны адкрыты ліст у падтрымку Беларускага "
                "Хельсінкскага Камітэта."
            ),
            "body": (
                "<p>Аўтары ліста просяць Міністэрства юстыцыі адмовіцца ад іску, каб Камітэт мог і "
                "далей абараняць правы ўсіх людзей у Беларусі. Яны падкрэсліваюць, што праца БХК "
                "важная для кожнага, незалежна ад поглядаў.</p>"
                "<p>Мы дзякуем міжнародным калегам за салідарнасць. Такая падтрымка асабліва "
                "важная цяпер, калі беларускія праваабаронцы амаль не маюць магчымасці абараніць "
                "сябе ўнутры краіны.</p>"
            ),
        },
        "ru": {
            "title": (
                "Пять международных организаций призвали Министерство юстиции отозвать иск против "
                "БХК"
            ),
            "lead": (
                "Amnesty International, FIDH, Front Line Defenders, Фонд «Дом прав человека» и "
                "Human Rights Watch направили совместное открытое письмо в поддержку Белорусского "
                "Хельсинкского Комитета."
            ),
            "body": (
                "<p>Авторы письма просят Министерство юстиции отказаться от иска, чтобы Комитет "
                "мог и дальше защищать права всех людей в Беларуси. Они подчёркивают, что работа "
                "БХК важна для каждого, независимо от взглядов.</p>"
                "<p>Мы благодарим международных коллег за солидарность. Такая поддержка особенно "
                "важна сейчас, когда белорусские правозащитники почти лишены возможности защитить "
                "себя внутри страны.</p>"
            ),
        },
        "en": {
            "title": (
                "Five international organisations urge the Ministry of Justice to withdraw its "
                "claim against the BHC"
            ),
            "lead": (
                "Amnesty International, FIDH, Front Line Defenders, the Human Rights House "
                "Foundation and Human Rights Watch have sent a joint open letter in support of the "
                "Belarusian Helsinki Committee."
            ),
            "body": (
                "<p>The authors ask the Ministry of Justice to drop the lawsuit so that the "
                "Committee can keep defending the rights of all people in Belarus. They stress "
                "that the BHC's work matters to everyone, whatever their views.</p>"
                "<p>We thank our international colleagues for their solidarity. Support of this "
                "kind counts for a great deal at a time when Belarusian defenders have almost no "
                "way of protecting themselves inside the country.</p>"
            ),
        },
    },
    {
        "key": "bhc-liquidated",
        "index": "news",
        "kind": "news",
        "date": "2021-10-01",
        "tags": ["defenders", "freedom-of-association"],
        "related": ["bhc-liquidation-claim", "bhc-international-letter"],
        "be": {
            "title": "Вярхоўны суд ліквідаваў Беларускі Хельсінкскі Камітэт",
            "lead": (
                "1 кастрычніка Вярхоўны суд задаволіў іск Міністэрства юстыцыі і ліквідаваў "
                "Беларускі Хельсінкскі Камітэт. Рашэнне абскарджанню не падлягае."
            ),
            "body": (
                "<p>Камітэт працаваў у Беларусі з 1995 года. Яго ліквідацыя — частка кампаніі, "
                "падчас якой улады за некалькі месяцаў закрылі сотні арганізацый грамадзянскай "
                "супольнасці.</p>"
                "<p>БХК заявіў, што працягне праваабарончую дзейнасць. Страта рэгістрацыі не "
                "пазбаўляе права абараняць правы чалавека: паводле міжнароднага права, яно "
                "належыць кожнаму.</p>"
            ),
        },
        "ru": {
            "title": "Верховный суд ликвидировал Белорусский Хельсинкский Комитет",
            "lead": (
                "1 октября Верховный суд удовлетворил иск Министерства юстиции и ликвидировал "
                "Белорусский Хельсинкский Комитет. Решение обжалованию не подлежит."
            ),
            "body": (
                "<p>Комитет работал в Беларуси с 1995 года. Его ликвидация — часть кампании, в "
                "ходе которой власти за несколько месяцев закрыли сотни организаций гражданского "
                "общества.</p>"
                "<p>БХК заявил, что продолжит правозащитную деятельность. Потеря регистрации не "
                "лишает права защищать права человека: по международному праву оно принадлежит "
                "каждому.</p>"
            ),
        },
        "en": {
            "title": "Supreme Court liquidates the Belarusian Helsinki Committee",
            "lead": (
                "On 1 October the Supreme Court granted the Ministry of Justice's claim and "
                "ordered the liquidation of the Belarusian Helsinki Committee. There is no appeal "
                "against the decision."
            ),
            "body": (
                "<p>The Committee had worked in Belarus since 1995. Its liquidation is part of a "
                "campaign in which the authorities have shut down hundreds of civil society "
                "organisations within a few months.</p>"
                "<p>The BHC has said it will continue its human rights work. Losing registration "
                "does not take away the right to defend human rights, which under international "
                "law belongs to everyone.</p>"
            ),
        },
    },
    {
        "key": "freedom-of-association-pressure",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2021-11-15",
        "tags": ["joint-statement", "freedom-of-association", "defenders"],
        "related": ["bhc-liquidated"],
        "be": {
            "title": "Свабода аб'яднанняў у Беларусі: сумесная заява праваабарончых арганізацый",
            "lead": (
                "Беларускія праваабарончыя арганізацыі апісваюць год сістэмнага ціску на "
                "грамадзянскую супольнасць і заклікаюць улады спыніць прымусовую ліквідацыю "
                "недзяржаўных арганізацый."
            ),
            "body": (
                "<p>На працягу апошніх дванаццаці месяцаў арганізацыі грамадзянскай супольнасці "
                "сутыкаліся з праверкамі, ператрусамі, затрыманнямі сваіх сяброў, крымінальнымі "
                "справамі і кампаніямі паклёпу ў дзяржаўных СМІ. Сотні аб'яднанняў, фондаў і "
                "ўстаноў былі ліквідаваныя паводле рашэння суда або вымушаныя самаліквідавацца.</p>"
                "<p>Мы заклікаем улады спыніць пераслед грамадскіх актывістаў, вызваліць "
                "затрыманых і выконваць абавязацельствы Беларусі паводле артыкула 22 Міжнароднага "
                "пакта аб грамадзянскіх і палітычных правах. Міжнародных партнёраў мы просім і "
                "далей падтрымліваць арганізацыі, якія працягваюць працу ў такіх умовах.</p>"
            ),
        },
        "ru": {
            "title": (
                "Свобода объединений в Беларуси: совместное заявление правозащитных организаций"
            ),
            "lead": (
                "Белорусские правозащитные организации описывают год системного давления на "
                "гражданское общество и призывают власти прекратить принудительную ликвидацию "
                "негосударственных организаций."
            ),
            "body": (
                "<p>В течение последних двенадцати месяцев организации гражданского общества "
                "сталкивались с проверками, обысками, задержаниями своих членов, уголовными делами "
                "и клеветническими кампаниями в государственных СМИ. Сотни объединений, фондов и "
                "учреждений были ликвидированы по решению суда или вынуждены "
                "самоликвидироваться.</p>"
                "<p>Мы призываем власти прекратить преследование общественных активистов, "
                "освободить задержанных и выполнять обязательства Беларуси по статье 22 "
                "Международного пакта о гражданских и политических правах. Международных партнёров "
                "мы просим и дальше поддерживать организации, которые продолжают работу в таких "
                "условиях.</p>"
            ),
        },
        "en": {
            "title": (
                "Freedom of association in Belarus: a joint statement of human rights organisations"
            ),
            "lead": (
                "Belarusian human rights organisations describe a year of systematic pressure on "
                "civil society and call on the authorities to end the forced liquidation of "
                "non-governmental organisations."
            ),
            "body": (
                "<p>For the past twelve months, civil society organisations have been subjected to "
                "inspections, searches, detentions of their members, criminal cases and smear "
                "campaigns in the state media. Hundreds of associations, foundations and "
                "institutions have been dissolved by court order or pushed into dissolving "
                "themselves.</p>"
                "<p>We call on the authorities to stop persecuting civic activists, to release "
                "those in detention and to honour Belarus's obligations under Article 22 of the "
                "International Covenant on Civil and Political Rights. We ask international "
                "partners to keep supporting the organisations that carry on working in these "
                "conditions.</p>"
            ),
        },
    },
    {
        "key": "article-193-1-un-rapporteurs",
        "index": "statements",
        "kind": "letter",
        "date": "2022-01-24",
        "tags": ["un", "freedom-of-association", "advocacy"],
        "related": ["freedom-of-association-pressure"],
        "be": {
            "title": "БХК паведаміў спецыяльным дакладчыкам ААН пра вяртанне артыкула 193-1",
            "lead": (
                "Беларускі Хельсінкскі Камітэт звярнуўся да двух спецыяльных дакладчыкаў ААН у "
                "сувязі з аднаўленнем крымінальнай адказнасці за ўдзел у дзейнасці "
                "незарэгістраваных або ліквідаваных арганізацый."
            ),
            "body": (
                "<p>Артыкул 193-1 Крымінальнага кодэкса быў адменены ў 2019 годзе, а ў студзені "
                "2022 года яго вярнулі. Цяпер за арганізацыю дзейнасці або ўдзел у дзейнасці "
                "грамадскага аб'яднання, палітычнай партыі, рэлігійнай арганізацыі ці фонду, якія "
                "не маюць рэгістрацыі або былі ліквідаваныя, зноў пагражае да двух гадоў "
                "пазбаўлення волі.</p>"
                "<p>Ліст адрасаваны Спецыяльнаму дакладчыку па пытаннях права на свабоду мірных "
                "сходаў і свабоду аб'яднанняў і Спецыяльнаму дакладчыку па сітуацыі з правамі "
                "чалавека ў Беларусі. БХК звяртае ўвагу, што пасля сотняў прымусовых ліквідацый "
                "пад пагрозай аказваецца практычна кожны грамадскі актывіст, які застаўся ў "
                "краіне, і просіць дакладчыкаў узняць гэтае пытанне перад беларускім урадам.</p>"
            ),
        },
        "ru": {
            "title": "БХК сообщил специальным докладчикам ООН о возвращении статьи 193-1",
            "lead": (
                "Белорусский Хельсинкский Комитет обратился к двум специальным докладчикам ООН в "
                "связи с восстановлением уголовной ответственности за участие в деятельности "
                "незарегистрированных или ликвидированных организаций."
            ),
            "body": (
                "<p>Статья 193-1 Уголовного кодекса была отменена в 2019 году, а в январе 2022 "
                "года её вернули. Теперь за организацию деятельности или участие в деятельности "
                "общественного объединения, политической партии, религиозной организации или "
                "фонда, которые не имеют регистрации или были ликвидированы, снова грозит до двух "
                "лет лишения свободы.</p>"
                "<p>Письмо адресовано Специальному докладчику по вопросу о праве на свободу мирных "
                "собраний и свободу ассоциации и Специальному докладчику по ситуации с правами "
                "человека в Беларуси. БХК обращает внимание, что после сотен принудительных "
                "ликвидаций под угрозой оказывается практически каждый общественный активист, "
                "оставшийся в стране, и просит докладчиков поднять этот вопрос перед белорусским "
                "правительством.</p>"
            ),
        },
        "en": {
            "title": "BHC informs UN Special Rapporteurs of the return of Article 193-1",
            "lead": (
                "The Belarusian Helsinki Committee has written to two UN Special Rapporteurs about "
                "the restoration of criminal liability for taking part in the activities of "
                "unregistered or liquidated organisations."
            ),
            "body": (
                "<p>Article 193-1 of the Criminal Code was repealed in 2019 and brought back in "
                "January 2022. Organising or taking part in the activities of a public "
                "association, political party, religious organisation or foundation that lacks "
                "registration or has been liquidated is once again punishable by up to two years "
                "in prison.</p>"
                "<p>The letter is addressed to the Special Rapporteur on the rights to freedom of "
                "peaceful assembly and of association and to the Special Rapporteur on the "
                "situation of human rights in Belarus. The BHC points out that after hundreds of "
                "forced liquidations, almost every civic activist still in the country is now at "
                "risk, and asks the rapporteurs to take the matter up with the Belarusian "
                "government.</p>"
            ),
        },
    },
    {
        "key": "ukraine-solidarity",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2022-02-24",
        "tags": ["joint-statement", "defenders"],
        "related": [],
        "be": {
            "title": "Беларускія праваабаронцы — з народам Украіны",
            "lead": (
                "Беларуская праваабарончая супольнасць асуджае ўварванне Расіі ва Украіну і "
                "выкарыстанне тэрыторыі Беларусі для агрэсіі."
            ),
            "body": (
                "<p>24 лютага 2022 года ўзброеныя сілы Расійскай Федэрацыі ўварваліся ва Украіну. "
                "Як бы гэта ні называлі ў Маскве, ідзе агрэсіўная вайна, і Беларусь, дазволіўшы "
                "выкарыстоўваць сваю тэрыторыю для нападу, стала яе ўдзельніцай на баку агрэсара. "
                "Ні прававога, ні маральнага апраўдання ў гэтай вайны няма.</p>"
                "<p>Мы выказваем салідарнасць з народам Украіны і ўкраінскімі праваабаронцамі, "
                "заклікаем неадкладна спыніць баявыя дзеянні і абараніць мірнае насельніцтва і "
                "падтрымліваем усіх у Беларусі, хто выступае супраць вайны, нягледзячы на рызыку "
                "пераследу.</p>"
            ),
        },
        "ru": {
            "title": "Белорусские правозащитники — с народом Украины",
            "lead": (
                "Белорусское правозащитное сообщество осуждает вторжение России в Украину и "
                "использование территории Беларуси для агрессии."
            ),
            "body": (
                "<p>24 февраля 2022 года вооружённые силы Российской Федерации вторглись в "
                "Украину. Как бы это ни называли в Москве, идёт агрессивная война, и Беларусь, "
                "позволив использовать свою территорию для нападения, стала её участницей на "
                "стороне агрессора. Ни правового, ни морального оправдания у этой войны нет.</p>"
                "<p>Мы выражаем солидарность с народом Украины и украинскими правозащитниками, "
                "призываем немедленно прекратить боевые действия и защитить мирное население и "
                "поддерживаем всех в Беларуси, кто выступает против войны, несмотря на риск "
                "преследования.</p>"
            ),
        },
        "en": {
            "title": "Belarusian human rights defenders stand with the people of Ukraine",
            "lead": (
                "The Belarusian human rights community condemns Russia's invasion of Ukraine and "
                "the use of Belarusian territory for the aggression."
            ),
            "body": (
                "<p>On 24 February 2022 the armed forces of the Russian Federation invaded "
                "Ukraine. Whatever Moscow chooses to call it, this is a war of aggression, and by "
                "letting its territory be used for the attack, Belarus has taken part in it on the "
                "aggressor's side. There is no legal or moral justification for this war.</p>"
                "<p>We stand in solidarity with the people of Ukraine and with Ukrainian human "
                "rights defenders, call for an immediate end to hostilities and for the protection "
                "of civilians, and support everyone in Belarus who speaks out against the war "
                "despite the risk of persecution.</p>"
            ),
        },
    },
    {
        "key": "bhc-ecosoc-status",
        "index": "news",
        "kind": "news",
        "date": "2022-07-23",
        "tags": ["un", "advocacy"],
        "related": ["bhc-liquidated"],
        "be": {
            "title": "БХК стаў першай беларускай НДА з кансультатыўным статусам пры ЭКАСАС ААН",
            "lead": (
                "Беларускі Хельсінкскі Камітэт атрымаў кансультатыўны статус пры Эканамічным і "
                "Сацыяльным Савеце ААН. Раней такога статусу не мела ніводная недзяржаўная "
                "арганізацыя з Беларусі."
            ),
            "body": (
                "<p>Статус дазваляе Камітэту ўдзельнічаць у пасяджэннях і канферэнцыях ААН, "
                "падаваць пісьмовыя заявы і выступаць на сесіях, а таксама дае доступ у памяшканні "
                "ААН. Праз БХК больш просты шлях да органаў ААН атрымліваюць і іншыя беларускія "
                "арганізацыі.</p>"
                "<p>Рашэнне прынялі пасля некалькіх гадоў зацягвання і нягледзячы на тое, што ў "
                "2021 годзе Камітэт прымусова ліквідавалі ў Беларусі. Гэта сведчыць, што ў ААН "
                "ацэньваюць арганізацыі грамадзянскай супольнасці па іх рэальнай працы, а не па "
                "наяўнасці рэгістрацыі ў сваёй краіне.</p>"
            ),
        },
        "ru": {
            "title": "БХК стал первой белорусской НГО с консультативным статусом при ЭКОСОС ООН",
            "lead": (
                "Белорусский Хельсинкский Комитет получил консультативный статус при Экономическом "
                "и Социальном Совете ООН. Прежде такого статуса не было ни у одной "
                "негосударственной организации из Беларуси."
            ),
            "body": (
                "<p>Статус позволяет Комитету участвовать в заседаниях и конференциях ООН, "
                "подавать письменные заявления и выступать на сессиях, а также даёт доступ в "
                "помещения ООН. Через БХК более простой путь к органам ООН получают и другие "
                "белорусские организации.</p>"
                "<p>Решение приняли после нескольких лет проволочек и несмотря на то, что в 2021 "
                "году Комитет был принудительно ликвидирован в Беларуси. Это говорит о том, что в "
                "ООН оценивают организации гражданского общества по их реальной работе, а не по "
                "наличию регистрации у себя в стране.</p>"
            ),
        },
        "en": {
            "title": "BHC becomes the first Belarusian NGO with consultative status at UN ECOSOC",
            "lead": (
                "The Belarusian Helsinki Committee has been granted consultative status with the "
                "UN Economic and Social Council. No non-governmental organisation from Belarus had "
                "held this status before."
            ),
            "body": (
                "<p>The status allows the Committee to take part in UN meetings and conferences, "
                "to submit written statements and speak at sessions, and gives it access to UN "
                "premises. Through the BHC, other Belarusian organisations also gain an easier "
                "route to UN bodies.</p>"
                "<p>The decision came after several years of delays, and despite the Committee's "
                "forced liquidation in Belarus in 2021. It shows that the UN judges civil society "
                "organisations by the work they do rather than by their registration status at "
                "home.</p>"
            ),
        },
    },
    {
        "key": "bialiatski-nobel",
        "index": "news",
        "kind": "news",
        "date": "2022-10-07",
        "tags": ["viasna", "defenders", "political-prisoners"],
        "related": ["free-viasna-campaign"],
        "be": {
            "title": "Алесь Бяляцкі стаў лаўрэатам Нобелеўскай прэміі міру",
            "lead": (
                "Заснавальнік і старшыня Праваабарончага цэнтра «Вясна», які з ліпеня 2021 года "
                "знаходзіцца за кратамі, падзяліў Нобелеўскую прэмію міру 2022 года з «Мемарыялам» "
                "і Цэнтрам грамадзянскіх свабод."
            ),
            "body": (
                "<p>Нарвежскі Нобелеўскі камітэт адзначыў шматгадовую працу Алеся Бяляцкага і "
                "«Вясны» па дакументаванні парушэнняў правоў чалавека і падтрымцы ахвяр рэпрэсій у "
                "Беларусі. Разам з ім прэмію атрымалі расійская арганізацыя «Мемарыял» і ўкраінскі "
                "Цэнтр грамадзянскіх свабод.</p>"
                "<p>Прэмію атрымаў чалавек, якога трымаюць у зняволенні за праваабарончую "
                "дзейнасць. Мы віншуем калег з «Вясны» і зноў патрабуем вызваліць Алеся Бяляцкага "
                "і ўсіх палітычных вязняў Беларусі.</p>"
            ),
        },
        "ru": {
            "title": "Алесь Беляцкий стал лауреатом Нобелевской премии мира",
            "lead": (
                "Основатель и председатель Правозащитного центра «Весна», находящийся за решёткой "
                "с июля 2021 года, разделил Нобелевскую премию мира 2022 года с «Мемориалом» и "
                "Центром гражданских свобод."
            ),
            "body": (
                "<p>Норвежский Нобелевский комитет отметил многолетнюю работу Алеся Беляцкого и "
                "«Весны» по документированию нарушений прав человека и поддержке жертв репрессий в "
                "Беларуси. Вместе с ним премию получили российская организация «Мемориал» и "
                "украинский Центр гражданских свобод.</p>"
                "<p>Премию получил человек, которого держат в заключении за правозащитную "
                "деятельность. Мы поздравляем коллег из «Весны» и снова требуем освободить Алеся "
                "Беляцкого и всех политических заключённых Беларуси.</p>"
            ),
        },
        "en": {
            "title": "Ales Bialiatski awarded the Nobel Peace Prize",
            "lead": (
                "The founder and chair of the Human Rights Center “Viasna”, imprisoned since July "
                "2021, shares the 2022 Nobel Peace Prize with Memorial and the Center for Civil "
                "Liberties."
            ),
            "body": (
                "<p>The Norwegian Nobel Committee has honoured the decades of work by Ales "
                "Bialiatski and Viasna in documenting human rights violations and supporting "
                "victims of repression in Belarus. The prize is shared with the Russian "
                "organisation Memorial and the Ukrainian Center for Civil Liberties.</p>"
                "<p>The laureate is a man held in prison for his human rights work. We "
                "congratulate our colleagues at Viasna and renew our demand for the release of "
                "Ales Bialiatski and of all political prisoners in Belarus.</p>"
            ),
        },
    },
    {
        "key": "coordination-meeting-2023",
        "index": "news",
        "kind": "news",
        "date": "2023-01-27",
        "tags": ["advocacy", "un", "defenders"],
        "related": ["coordination-meeting-2020"],
        "be": {
            "title": "Каардынацыйная сустрэча 2023: адвакацыя ў выгнанні",
            "lead": (
                "Штогадовая сустрэча беларускай праваабарончай супольнасці зноў прайшла за межамі "
                "Беларусі. Удзельнікі ўзгаднілі агульныя прыярытэты адвакацыі на 2023 год."
            ),
            "body": (
                "<p>Большасць беларускіх праваабарончых арганізацый цяпер працуе з-за мяжы, а "
                "калегам, якія засталіся ў краіне, пагражае крымінальны пераслед. Галоўнымі тэмамі "
                "сустрэчы сталі падтрымка палітвязняў, дакументаванне катаванняў дзеля будучай "
                "адказнасці вінаватых і супрацоўніцтва з механізмамі ААН.</p>"
                "<p>Удзельнікі таксама сустрэліся са Спецыяльным дакладчыкам ААН па сітуацыі з "
                "правамі чалавека ў Беларусі і абмеркавалі, якую інфармацыю арганізацыі "
                "падрыхтуюць да яго наступнага даклада Савету ААН па правах чалавека.</p>"
            ),
        },
        "ru": {
            "title": "Координационная встреча 2023: адвокация в изгнании",
            "lead": (
                "Ежегодная встреча белорусского правозащитного сообщества снова прошла за "
                "пределами Беларуси. Участники согласовали общие приоритеты адвокации на 2023 год."
            ),
            "body": (
                "<p>Большинство белорусских правозащитных организаций теперь работает из-за "
                "границы, а коллегам, оставшимся в стране, грозит уголовное преследование. "
                "Главными темами встречи стали поддержка политзаключённых, документирование пыток "
                "ради будущей ответственности виновных и сотрудничество с механизмами ООН.</p>"
                "<p>Участники также встретились со Специальным докладчиком ООН по ситуации с "
                "правами человека в Беларуси и обсудили, какую информацию организации подготовят к "
                "его следующему докладу Совету ООН по правам человека.</p>"
            ),
        },
        "en": {
            "title": "Coordination meeting 2023: advocacy in exile",
            "lead": (
                "Once again, the annual meeting of the Belarusian human rights community took "
                "place outside Belarus. Participants agreed on shared advocacy priorities for 2023."
            ),
            "body": (
                "<p>Most Belarusian human rights organisations now work from abroad, while "
                "colleagues who have stayed in the country face criminal prosecution. The meeting "
                "concentrated on support for political prisoners, documenting torture so that "
                "those responsible can one day be held to account, and cooperation with UN "
                "mechanisms.</p>"
                "<p>Participants also met the UN Special Rapporteur on the situation of human "
                "rights in Belarus and discussed the information organisations will prepare for "
                "his next report to the Human Rights Council.</p>"
            ),
        },
    },
    {
        "key": "mhg-liquidation",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2023-01-27",
        "tags": ["joint-statement", "defenders", "freedom-of-association"],
        "related": [],
        "be": {
            "title": (
                "Платформа «Грамадзянская салідарнасць» асуджае ліквідацыю Маскоўскай Хельсінкскай "
                "групы"
            ),
            "lead": (
                "Удзельнікі Платформы «Грамадзянская салідарнасць», сярод іх Беларускі дом правоў "
                "чалавека, пратэстуюць супраць рашэння суда аб ліквідацыі найстарэйшай "
                "праваабарончай арганізацыі Расіі."
            ),
            "body": (
                "<p>25 студзеня 2023 года Маскоўскі гарадскі суд задаволіў іск Міністэрства "
                "юстыцыі Расіі аб ліквідацыі Маскоўскай Хельсінкскай групы. МХГ была створана ў "
                "1976 годзе, каб сачыць за выкананнем Савецкім Саюзам Хельсінкскага заключнага "
                "акта, і была адной з заснавальніц Платформы.</p>"
                "<p>Гэтае рашэнне — частка знішчэння незалежнай грамадзянскай супольнасці ў Расіі. "
                "Мы выказваем салідарнасць з калегамі з МХГ і заклікаем дзяржавы — удзельніцы АБСЕ "
                "адрэагаваць на парушэнне абавязацельстваў, якія ўсе яны ўзялі на сябе ў "
                "Хельсінкі.</p>"
            ),
        },
        "ru": {
            "title": (
                "Платформа «Гражданская солидарность» осуждает ликвидацию Московской Хельсинкской "
                "группы"
            ),
            "lead": (
                "Участники Платформы «Гражданская солидарность», в том числе Белорусский дом прав "
                "человека, протестуют против решения суда о ликвидации старейшей правозащитной "
                "организации России."
            ),
            "body": (
                "<p>25 января 2023 года Московский городской суд удовлетворил иск Министерства "
                "юстиции России о ликвидации Московской Хельсинкской группы. МХГ была создана в "
                "1976 году, чтобы следить за выполнением Советским Союзом Хельсинкского "
                "заключительного акта, и стала одной из основательниц Платформы.</p>"
                "<p>Это решение — часть уничтожения независимого гражданского общества в России. "
                "Мы выражаем солидарность с коллегами из МХГ и призываем государства — участники "
                "ОБСЕ отреагировать на нарушение обязательств, которые все они приняли на себя в "
                "Хельсинки.</p>"
            ),
        },
        "en": {
            "title": (
                "Civic Solidarity Platform condemns the liquidation of the Moscow Helsinki Group"
            ),
            "lead": (
                "Members of the Civic Solidarity Platform, the Belarusian Human Rights House among "
                "them, protest against the court ruling that dissolves Russia's oldest human "
                "rights organisation."
            ),
            "body": (
                "<p>On 25 January 2023 the Moscow City Court granted the Russian Ministry of "
                "Justice's claim to liquidate the Moscow Helsinki Group. Founded in 1976 to "
                "monitor Soviet compliance with the Helsinki Final Act, the MHG was one of the "
                "founding members of the Platform.</p>"
                "<p>The ruling is part of the destruction of independent civil society in Russia. "
                "We stand with our colleagues at the MHG and call on OSCE participating States to "
                "respond to this breach of the commitments they all accepted in Helsinki.</p>"
            ),
        },
    },
    {
        "key": "viasna-trial-verdict",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2023-03-03",
        "tags": ["viasna", "political-prisoners", "joint-statement", "defenders"],
        "related": ["bialiatski-nobel", "free-viasna-campaign"],
        "be": {
            "title": "Прысуд кіраўнікам «Вясны» — прысуд праваабарончай працы",
            "lead": (
                "Беларускія праваабарончыя арганізацыі асуджаюць прысуды Алесю Бяляцкаму, "
                "Валянціну Стэфановічу, Уладзіміру Лабковічу і Змітру Салаўёву."
            ),
            "body": (
                "<p>3 сакавіка 2023 года суд у Мінску прызначыў Алесю Бяляцкаму дзесяць гадоў "
                "пазбаўлення волі, Валянціну Стэфановічу — дзевяць, Уладзіміру Лабковічу — сем. "
                "Зміцер Салаўёў, які раней выехаў з Беларусі, завочна атрымаў восем гадоў. "
                "Абвінавачванні датычыліся фінансавання працы «Вясны» і з'явіліся толькі як адказ "
                "на праваабарончую дзейнасць асуджаных.</p>"
                "<p>Мы патрабуем адмяніць прысуды і вызваліць праваабаронцаў, а ўрады і "
                "міжурадавыя арганізацыі заклікаем зрабіць вызваленне беларускіх палітвязняў "
                "прыярытэтам ва ўсіх кантактах з беларускімі ўладамі.</p>"
            ),
        },
        "ru": {
            "title": "Приговор руководителям «Весны» — приговор правозащитной работе",
            "lead": (
                "Белорусские правозащитные организации осуждают приговоры Алесю Беляцкому, "
                "Валентину Стефановичу, Владимиру Лабковичу и Дмитрию Соловьёву."
            ),
            "body": (
                "<p>3 марта 2023 года суд в Минске назначил Алесю Беляцкому десять лет лишения "
                "свободы, Валентину Стефановичу — девять, Владимиру Лабковичу — семь. Дмитрий "
                "Соловьёв, ранее выехавший из Беларуси, заочно получил восемь лет. Обвинения "
                "касались финансирования работы «Весны» и появились исключительно в ответ на "
                "правозащитную деятельность осуждённых.</p>"
                "<p>Мы требуем отменить приговоры и освободить правозащитников, а правительства и "
                "межправительственные организации призываем сделать освобождение белорусских "
                "политзаключённых приоритетом во всех контактах с белорусскими властями.</p>"
            ),
        },
        "en": {
            "title": "The verdict against Viasna's leaders is a verdict against human rights work",
            "lead": (
                "Belarusian human rights organisations condemn the sentences imposed on Ales "
                "Bialiatski, Valiantsin Stefanovich, Uladzimir Labkovich and Dzmitry Salauyou."
            ),
            "body": (
                "<p>On 3 March 2023 a court in Minsk sentenced Ales Bialiatski to ten years in "
                "prison, Valiantsin Stefanovich to nine and Uladzimir Labkovich to seven. Dzmitry "
                "Salauyou, who had left Belarus earlier, received eight years in absentia. The "
                "charges related to the funding of Viasna's work and were brought purely in "
                "response to the defendants' human rights activities.</p>"
                "<p>We demand that the sentences be quashed and the defenders released, and we "
                "call on governments and intergovernmental organisations to make the release of "
                "Belarusian political prisoners a priority in every contact with the Belarusian "
                "authorities.</p>"
            ),
        },
    },
    {
        "key": "klimovich-death",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2023-05-07",
        "tags": ["political-prisoners", "joint-statement"],
        "related": ["prison-healthcare-letter"],
        "be": {
            "title": "Смерць Мікалая Клімовіча ў няволі павінна быць расследаваная",
            "lead": (
                "Праваабарончая супольнасць Беларусі патрабуе незалежнага расследавання смерці "
                "палітвязня Мікалая Клімовіча ў папраўчай калоніі № 3 у Віцьбе."
            ),
            "body": (
                "<p>7 мая 2023 года стала вядома, што ў папраўчай калоніі № 3 у Віцьбе памёр "
                "Мікалай Клімовіч. Ён адбываў пакаранне паводле артыкула 368 Крымінальнага кодэкса "
                "за «абразу прэзідэнта». Прычына і абставіны смерці не раскрытыя.</p>"
                "<p>Гэта не першая смерць палітвязня ў няволі, а зняволеныя і іх родныя рэгулярна "
                "паведамляюць, што медычную дапамогу аказваюць са спазненнем або ў ёй адмаўляюць. "
                "Мы патрабуем празрыстага расследавання з удзелам незалежных экспертаў, вызвалення "
                "цяжкахворых вязняў і незалежнага маніторынгу месцаў пазбаўлення волі.</p>"
            ),
        },
        "ru": {
            "title": "Смерть Николая Климовича в заключении должна быть расследована",
            "lead": (
                "Правозащитное сообщество Беларуси требует независимого расследования смерти "
                "политзаключённого Николая Климовича в исправительной колонии № 3 в Витьбе."
            ),
            "body": (
                "<p>7 мая 2023 года стало известно, что в исправительной колонии № 3 в Витьбе умер "
                "Николай Климович. Он отбывал наказание по статье 368 Уголовного кодекса за "
                "«оскорбление президента». Причина и обстоятельства смерти не раскрыты.</p>"
                "<p>Это не первая смерть политзаключённого в неволе, а заключённые и их родные "
                "регулярно сообщают, что медицинскую помощь оказывают с опозданием или в ней "
                "отказывают. Мы требуем прозрачного расследования с участием независимых "
                "экспертов, освобождения тяжелобольных заключённых и независимого мониторинга мест "
                "лишения свободы.</p>"
            ),
        },
        "en": {
            "title": "The death of Mikalai Klimovich in custody must be investigated",
            "lead": (
                "The human rights community of Belarus demands an independent investigation into "
                "the death of political prisoner Mikalai Klimovich in penal colony No. 3 in Vićba."
            ),
            "body": (
                "<p>On 7 May 2023 it became known that Mikalai Klimovich had died in penal colony "
                "No. 3 in Vićba. He was serving a sentence under Article 368 of the Criminal Code "
                "for “insulting the president”. Neither the cause nor the circumstances of his "
                "death have been disclosed.</p>"
                "<p>This is not the first death of a political prisoner in custody, and prisoners "
                "and their families regularly report that medical care comes late or is refused "
                "altogether. We call for a transparent investigation involving independent "
                "experts, the release of seriously ill prisoners and independent monitoring of "
                "places of detention.</p>"
            ),
        },
    },
    {
        "key": "bsu-videos",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2023-05-25",
        "tags": ["joint-statement", "defenders"],
        "related": [],
        "be": {
            "title": "Сумесная заява аб «пакаянных» відэа юрыдычнага факультэта БДУ",
            "lead": (
                "Беларускія праваабарончыя арганізацыі асуджаюць публікацыю юрыдычным факультэтам "
                "Беларускага дзяржаўнага ўніверсітэта відэа, у якім студэнт «прызнаецца», што "
                "распаўсюджваў звесткі, якія нібыта дыскрэдытуюць факультэт."
            ),
            "body": (
                "<p>24 мая 2023 года на афіцыйнай старонцы факультэта ў Instagram з'явіўся ролік, "
                "у якім студэнт-юрыст «прызнаецца», што распаўсюджваў звесткі, якія дыскрэдытуюць "
                "адміністрацыю факультэта і факультэцкую арганізацыю Беларускага рэспубліканскага "
                "саюза моладзі.</p>"
                "<p>Такія запісы робяцца пад ціскам і служаць для прыніжэння людзей і запалохвання "
                "іншых. Іх стварэнне і распаўсюджванне незаконныя і парушаюць права на годнасць і "
                "прэзумпцыю невінаватасці. Асабліва трывожна, што ў гэтай практыцы ўдзельнічае "
                "факультэт, які рыхтуе будучых юрыстаў. Мы заклікаем універсітэт выдаліць відэа і "
                "спыніць ціск на студэнтаў за іх погляды.</p>"
            ),
        },
        "ru": {
            "title": "Совместное заявление о «покаянных» видео юридического факультета БГУ",
            "lead": (
                "Белорусские правозащитные организации осуждают публикацию юридическим факультетом "
                "Белорусского государственного университета видео, в котором студент «признаётся» "
                "в распространении дискредитирующей информации."
            ),
            "body": (
                "<p>24 мая 2023 года на официальной странице факультета в Instagram появился "
                "ролик, в котором студент-юрист «признаётся», что распространял сведения, "
                "дискредитирующие администрацию факультета и факультетскую организацию "
                "Белорусского республиканского союза молодёжи.</p>"
                "<p>Такие записи делаются под давлением и служат для унижения людей и запугивания "
                "других. Их создание и распространение незаконны и нарушают право на достоинство и "
                "презумпцию невиновности. Особенно тревожно, что в этой практике участвует "
                "факультет, который готовит будущих юристов. Мы призываем университет удалить "
                "видео и прекратить давление на студентов за их взгляды.</p>"
            ),
        },
        "en": {
            "title": (
                "Joint statement on the “repentance” videos published by the BSU Faculty of Law"
            ),
            "lead": (
                "Belarusian human rights organisations condemn the publication by the Faculty of "
                "Law of Belarusian State University of a video in which a student “confesses” to "
                "spreading discrediting information."
            ),
            "body": (
                "<p>On 24 May 2023 a clip appeared on the faculty's official Instagram account in "
                "which a law student “admits” to having spread information discrediting the "
                "faculty administration and the faculty branch of the Belarusian Republican Youth "
                "Union.</p>"
                "<p>Recordings of this kind are made under pressure and serve to humiliate people "
                "and intimidate others. Producing and circulating them is unlawful and violates "
                "the right to dignity and the presumption of innocence. It is especially alarming "
                "that a faculty which trains future lawyers takes part in this practice. We call "
                "on the university to take the video down and to stop pressuring students for "
                "their views.</p>"
            ),
        },
    },
    {
        "key": "prison-healthcare-letter",
        "index": "statements",
        "kind": "letter",
        "date": "2023-06-15",
        "tags": ["un", "political-prisoners"],
        "related": ["klimovich-death"],
        "be": {
            "title": "Ліст Спецыяльнаму дакладчыку ААН пра медычную дапамогу палітвязням",
            "lead": (
                "Беларускія праваабарончыя арганізацыі перадалі Спецыяльнаму дакладчыку ААН па "
                "Беларусі агляд выпадкаў, калі зняволеным своечасова не аказвалі медычную дапамогу."
            ),
            "body": (
                "<p>Ліст, падрыхтаваны пры каардынацыі Дома, аб'ядноўвае звесткі, якія некалькі "
                "арганізацый сабралі ад сваякоў і адвакатаў зняволеных, а таксама ад былых вязняў. "
                "У ім апісаныя затрымкі з абследаваннем, адмовы пераводзіць цяжкахворых у "
                "грамадзянскія бальніцы і змяшчэнне ў штрафны ізалятар людзей з хранічнымі "
                "хваробамі.</p>"
                "<p>Мы просім Спецыяльнага дакладчыка ўзняць гэтыя выпадкі перад беларускімі "
                "ўладамі і адлюстраваць іх у наступным дакладзе Савету ААН па правах чалавека. "
                "Імёны людзей, пра якіх ідзе гаворка, перададзеныя толькі з іх згоды.</p>"
            ),
        },
        "ru": {
            "title": "Письмо Специальному докладчику ООН о медицинской помощи политзаключённым",
            "lead": (
                "Белорусские правозащитные организации передали Специальному докладчику ООН по "
                "Беларуси обзор случаев, когда заключённым не оказывали своевременную медицинскую "
                "помощь."
            ),
            "body": (
                "<p>Письмо, подготовленное при координации Дома, объединяет сведения, которые "
                "несколько организаций собрали у родственников и адвокатов заключённых, а также у "
                "бывших узников. В нём описаны задержки с обследованием, отказы переводить "
                "тяжелобольных в гражданские больницы и помещение в штрафной изолятор людей с "
                "хроническими заболеваниями.</p>"
                "<p>Мы просим Специального докладчика поднять эти случаи перед белорусскими "
                "властями и отразить их в следующем докладе Совету ООН по правам человека. Имена "
                "людей, о которых идёт речь, переданы только с их согласия.</p>"
            ),
        },
        "en": {
            "title": "Letter to the UN Special Rapporteur on medical care for political prisoners",
            "lead": (
                "Belarusian human rights organisations have sent the UN Special Rapporteur on "
                "Belarus an overview of cases in which prisoners did not receive timely medical "
                "care."
            ),
            "body": (
                "<p>The letter, coordinated by the House, brings together information that several "
                "organisations gathered from prisoners' relatives and lawyers and from former "
                "prisoners. It describes delays in medical examinations, refusals to transfer "
                "seriously ill people to civilian hospitals, and the placing of people with "
                "chronic illnesses in punishment cells.</p>"
                "<p>We ask the Special Rapporteur to raise these cases with the Belarusian "
                "authorities and to reflect them in the next report to the Human Rights Council. "
                "The names of the people concerned have been shared only with their consent.</p>"
            ),
        },
    },
    {
        "key": "viasna-extremist-labelling",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2023-08-25",
        "tags": ["viasna", "joint-statement", "defenders", "freedom-of-association"],
        "related": ["viasna-trial-verdict"],
        "be": {
            "title": (
                "Заява беларускіх праваабарончых арганізацый у сувязі з прызнаннем «Вясны» "
                "«экстрэмісцкім фарміраваннем»"
            ),
            "lead": (
                "Беларускія праваабарончыя арганізацыі не прымаюць рашэння МУС абвясціць "
                "Праваабарончы цэнтр «Вясна» «экстрэмісцкім фарміраваннем» і застаюцца побач са "
                "сваімі калегамі."
            ),
            "body": (
                "<p>Міністэрства ўнутраных спраў прыняло рашэнне 23 жніўня 2023 года, а 24 жніўня "
                "«Вясна» і дзясяткі яе сайтаў і акаўнтаў трапілі ў пералік «экстрэмісцкіх "
                "фарміраванняў». Цяпер кожнаму, хто перадае «Вясне» інфармацыю або супрацоўнічае з "
                "ёй, пагражае крымінальны пераслед.</p>"
                "<p>Дакументаваць парушэнні правоў чалавека і дапамагаць пацярпелым — не "
                "экстрэмізм. Мэта гэтага рашэння — адрэзаць людзей у Беларусі ад адной з галоўных "
                "крыніц праваабарончай дапамогі і запалохаць тых, хто яшчэ адважваецца паведамляць "
                "пра парушэнні. Мы працягнем працаваць разам з «Вясной» і заклікаем міжнародную "
                "супольнасць не прызнаваць гэтага ярлыка.</p>"
            ),
        },
        "ru": {
            "title": (
                "Заявление белорусских правозащитных организаций в связи с признанием «Весны» "
                "«экстремистским формированием»"
            ),
            "lead": (
                "Белорусские правозащитные организации не принимают решения МВД объявить "
                "Правозащитный центр «Весна» «экстремистским формированием» и остаются рядом со "
                "своими коллегами."
            ),
            "body": (
                "<p>Министерство внутренних дел приняло решение 23 августа 2023 года, а 24 августа "
                "«Весна» и десятки её сайтов и аккаунтов попали в перечень «экстремистских "
                "формирований». Теперь каждому, кто передаёт «Весне» информацию или сотрудничает с "
                "ней, грозит уголовное преследование.</p>"
                "<p>Документировать нарушения прав человека и помогать пострадавшим — не "
                "экстремизм. Цель этого решения — отрезать людей в Беларуси от одного из главных "
                "источников правозащитной помощи и запугать тех, кто ещё решается сообщать о "
                "нарушениях. Мы продолжим работать вместе с «Весной» и призываем международное "
                "сообщество не признавать этот ярлык.</p>"
            ),
        },
        "en": {
            "title": (
                "Belarusian human rights organisations respond to Viasna being labelled an "
                "“extremist formation”"
            ),
            "lead": (
                "Belarusian human rights organisations reject the Interior Ministry's decision to "
                "brand the Human Rights Center “Viasna” an “extremist formation” and stand by "
                "their colleagues."
            ),
            "body": (
                "<p>The Ministry of Internal Affairs took the decision on 23 August 2023, and on "
                "24 August Viasna and dozens of its websites and accounts were added to the list "
                "of “extremist formations”. Anyone who passes information to Viasna or works with "
                "it now risks criminal prosecution.</p>"
                "<p>Documenting human rights violations and helping victims is not extremism. The "
                "decision aims to cut people in Belarus off from one of their main sources of "
                "human rights assistance and to frighten those who still dare to report abuses. We "
                "will keep working with Viasna and call on the international community to reject "
                "this label.</p>"
            ),
        },
    },
    {
        "key": "defenders-declaration-25",
        "index": "news",
        "kind": "news",
        "date": "2023-12-09",
        "tags": ["defenders", "un"],
        "related": ["viasna-extremist-labelling"],
        "be": {
            "title": "25 гадоў Дэкларацыі ААН аб праваабаронцах",
            "lead": (
                "9 снежня 1998 года Генеральная Асамблея ААН прыняла Дэкларацыю аб праваабаронцах. "
                "У Беларусі яе палажэнні па-ранейшаму далёкія ад рэальнасці."
            ),
            "body": (
                "<p>Дэкларацыя замацоўвае права кожнага, аднаго ці разам з іншымі, спрыяць абароне "
                "правоў чалавека і абавязак дзяржавы абараняць тых, хто гэтым займаецца. Сёння ў "
                "Беларусі дзясяткі праваабаронцаў знаходзяцца за кратамі, а арганізацыі, якія "
                "дакументуюць парушэнні, абвяшчаюць «экстрэмісцкімі».</p>"
                "<p>У дзень гадавіны мы згадваем зняволеных калег і заклікаем беларускія ўлады "
                "вызваліць іх і прывесці заканадаўства і практыку ў адпаведнасць з Дэкларацыяй.</p>"
            ),
        },
        "ru": {
            "title": "25 лет Декларации ООН о правозащитниках",
            "lead": (
                "9 декабря 1998 года Генеральная Ассамблея ООН приняла Декларацию о "
                "правозащитниках. В Беларуси её положения по-прежнему далеки от реальности."
            ),
            "body": (
                "<p>Декларация закрепляет право каждого, самостоятельно или совместно с другими, "
                "содействовать защите прав человека и обязанность государства защищать тех, кто "
                "этим занимается. Сегодня в Беларуси десятки правозащитников находятся за "
                "решёткой, а организации, которые документируют нарушения, объявляют "
                "«экстремистскими».</p>"
                "<p>В день годовщины мы вспоминаем заключённых коллег и призываем белорусские "
                "власти освободить их и привести законодательство и практику в соответствие с "
                "Декларацией.</p>"
            ),
        },
        "en": {
            "title": "25 years of the UN Declaration on Human Rights Defenders",
            "lead": (
                "On 9 December 1998 the UN General Assembly adopted the Declaration on Human "
                "Rights Defenders. In Belarus its provisions remain far removed from reality."
            ),
            "body": (
                "<p>The Declaration affirms the right of everyone, alone or together with others, "
                "to work for the protection of human rights, and the duty of the state to protect "
                "those who do so. Today dozens of human rights defenders in Belarus are behind "
                "bars, and organisations that document violations are branded “extremist”.</p>"
                "<p>On this anniversary we remember our imprisoned colleagues and call on the "
                "Belarusian authorities to free them and to bring law and practice into line with "
                "the Declaration.</p>"
            ),
        },
    },
    {
        "key": "principles-27-signatories",
        "index": "news",
        "kind": "news",
        "date": "2024-03-15",
        "tags": ["defenders"],
        "related": [],
        "be": {
            "title": "Да Прынцыпаў праваабарончай дзейнасці далучыліся 27 арганізацый",
            "lead": (
                "Спіс арганізацый, якія далучыліся да Прынцыпаў праваабарончай дзейнасці ў "
                "Беларусі, налічвае ўжо 27 удзельнікаў — ад буйных праваабарончых цэнтраў да "
                "мясцовых ініцыятыў."
            ),
            "body": (
                "<p>Прынцыпы — гэта добраахвотны звод прафесійных і этычных нормаў, выпрацаваны "
                "беларускай праваабарончай супольнасцю. Далучаючыся да яго, арганізацыя "
                "абавязваецца прытрымлівацца недыскрымінацыі, незалежнасці, канфідэнцыйнасці, "
                "сумленнасці і салідарнасці ў сваёй працы.</p>"
                "<p>Дакумент застаецца адкрытым. Арганізацыі і асобныя праваабаронцы, якія хочуць "
                "далучыцца, могуць звярнуцца ў Дом; поўны тэкст і актуальны спіс удзельнікаў "
                "змешчаныя на старонцы Прынцыпаў.</p>"
            ),
        },
        "ru": {
            "title": "К Принципам правозащитной деятельности присоединились 27 организаций",
            "lead": (
                "Список организаций, присоединившихся к Принципам правозащитной деятельности в "
                "Беларуси, насчитывает уже 27 участников — от крупных правозащитных центров до "
                "местных инициатив."
            ),
            "body": (
                "<p>Принципы — добровольный свод профессиональных и этических норм, выработанный "
                "белорусским правозащитным сообществом. Присоединяясь к нему, организация "
                "обязуется придерживаться недискриминации, независимости, конфиденциальности, "
                "честности и солидарности в своей работе.</p>"
                "<p>Документ остаётся открытым. Организации и отдельные правозащитники, которые "
                "хотят присоединиться, могут обратиться в Дом; полный текст и актуальный список "
                "участников размещены на странице Принципов.</p>"
            ),
        },
        "en": {
            "title": (
                "Twenty-seven organisations have now acceded to the Principles of Human Rights Work"
            ),
            "lead": (
                "The list of organisations that have joined the Principles of Human Rights Work in "
                "Belarus now has 27 members, from large human rights centres to local initiatives."
            ),
            "body": (
                "<p>The Principles are a voluntary code of professional and ethical standards "
                "drawn up by the Belarusian human rights community. By acceding, an organisation "
                "undertakes to uphold non-discrimination, independence, confidentiality, honesty "
                "and solidarity in its work.</p>"
                "<p>The document remains open. Organisations and individual defenders who wish to "
                "accede can get in touch with the House; the full text and the current list of "
                "signatories are on the Principles page.</p>"
            ),
        },
    },
    {
        "key": "political-prisoners-day-2024",
        "index": "statements",
        "kind": "appeal",
        "date": "2024-05-21",
        "tags": ["political-prisoners", "joint-statement"],
        "related": ["klimovich-death"],
        "be": {
            "title": "Дзень палітвязня Беларусі: зварот праваабарончай супольнасці",
            "lead": (
                "21 мая, у Дзень палітвязня Беларусі, праваабарончыя арганізацыі патрабуюць "
                "вызваліць усіх, каго пазбавілі волі па палітычных матывах, і просяць не пакідаць "
                "вязняў без лістоў."
            ),
            "body": (
                "<p>Гэты дзень устаноўлены ў памяць пра палітвязня Вітольда Ашурка, які загінуў у "
                "калоніі 21 мая 2021 года. Больш за тысячу чалавек у Беларусі застаюцца за кратамі "
                "за мірны пратэст, за свае словы, за праваабарончую або журналісцкую працу, і "
                "многія з іх адрэзаныя ад сям'і і адвакатаў.</p>"
                "<p>Мы заклікаем улады вызваліць усіх палітвязняў без умоў, а ўсіх астатніх — не "
                "дапусціць, каб пра іх забылі: пісаць лісты, падтрымліваць іх сем'і і расказваць "
                "іх гісторыі.</p>"
            ),
        },
        "ru": {
            "title": "День политзаключённого Беларуси: обращение правозащитного сообщества",
            "lead": (
                "21 мая, в День политзаключённого Беларуси, правозащитные организации требуют "
                "освободить всех, кто лишён свободы по политическим мотивам, и просят не оставлять "
                "узников без писем."
            ),
            "body": (
                "<p>Этот день установлен в память о политзаключённом Витольде Ашурке, погибшем в "
                "колонии 21 мая 2021 года. Более тысячи человек в Беларуси остаются за решёткой за "
                "мирный протест, за свои слова, за правозащитную или журналистскую работу, и "
                "многие из них отрезаны от семьи и адвокатов.</p>"
                "<p>Мы призываем власти освободить всех политзаключённых без условий, а всех "
                "остальных — не допустить, чтобы о них забыли: писать письма, поддерживать их "
                "семьи и рассказывать их истории.</p>"
            ),
        },
        "en": {
            "title": (
                "Day of Political Prisoners of Belarus: an appeal from the human rights community"
            ),
            "lead": (
                "On 21 May, the Day of Political Prisoners of Belarus, human rights organisations "
                "call for the release of everyone imprisoned for political reasons and ask people "
                "not to leave the prisoners without letters."
            ),
            "body": (
                "<p>The day commemorates political prisoner Vitold Ashurak, who died in a penal "
                "colony on 21 May 2021. More than a thousand people in Belarus remain behind bars "
                "for peaceful protest, for what they said, or for their human rights or "
                "journalistic work, and many are cut off from their families and lawyers.</p>"
                "<p>We call on the authorities to release all political prisoners unconditionally, "
                "and on everyone else not to let them be forgotten: write letters, support their "
                "families and tell their stories.</p>"
            ),
        },
    },
    {
        "key": "extremist-formations-criminalisation",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2024-09-12",
        "tags": ["freedom-of-association", "defenders", "joint-statement"],
        "related": ["viasna-extremist-labelling"],
        "be": {
            "title": "Дапамога ахвярам рэпрэсій — не злачынства",
            "lead": (
                "Беларускія праваабарончыя арганізацыі асуджаюць крымінальны пераслед людзей за "
                "ахвяраванні, кантакты або перадачу інфармацыі ініцыятывам, якія ўлады абвясцілі "
                "«экстрэмісцкімі фарміраваннямі»."
            ),
            "body": (
                "<p>У пераліку «экстрэмісцкіх фарміраванняў» ужо ёсць праваабарончыя арганізацыі, "
                "незалежныя медыя і ініцыятывы салідарнасці. Людзей у Беларусі затрымліваюць і "
                "асуджаюць за невялікія ахвяраванні, за інтэрв'ю або за тое, што яны паведамілі "
                "гэтым арганізацыям пра парушэнні.</p>"
                "<p>Мы заклікаем улады спыніць выкарыстанне антыэкстрэмісцкага заканадаўства "
                "супраць грамадзянскай супольнасці і вызваліць асуджаных за такія дзеянні. Усім, "
                "хто звяртаецца да праваабарончых арганізацый з Беларусі, мы нагадваем пра правілы "
                "лічбавай бяспекі.</p>"
            ),
        },
        "ru": {
            "title": "Помощь жертвам репрессий — не преступление",
            "lead": (
                "Белорусские правозащитные организации осуждают уголовное преследование людей за "
                "пожертвования, контакты или передачу информации инициативам, которые власти "
                "объявили «экстремистскими формированиями»."
            ),
            "body": (
                "<p>В перечне «экстремистских формирований» уже есть правозащитные организации, "
                "независимые медиа и инициативы солидарности. Людей в Беларуси задерживают и "
                "осуждают за небольшие пожертвования, за интервью или за то, что они сообщили этим "
                "организациям о нарушениях.</p>"
                "<p>Мы призываем власти прекратить использование антиэкстремистского "
                "законодательства против гражданского общества и освободить осуждённых за такие "
                "действия. Всем, кто обращается в правозащитные организации из Беларуси, мы "
                "напоминаем о правилах цифровой безопасности.</p>"
            ),
        },
        "en": {
            "title": "Helping victims of repression is not a crime",
            "lead": (
                "Belarusian human rights organisations condemn the criminal prosecution of people "
                "for donating to, contacting or passing information to initiatives that the "
                "authorities have declared “extremist formations”."
            ),
            "body": (
                "<p>The list of “extremist formations” already includes human rights "
                "organisations, independent media and solidarity initiatives. People in Belarus "
                "are being detained and convicted for small donations, for giving interviews or "
                "for telling these organisations about violations.</p>"
                "<p>We call on the authorities to stop using anti-extremism legislation against "
                "civil society and to release those convicted for such acts. We remind everyone "
                "who contacts human rights organisations from inside Belarus to follow digital "
                "security guidance.</p>"
            ),
        },
    },
    {
        "key": "upr-fourth-cycle",
        "index": "news",
        "kind": "news",
        "date": "2024-10-10",
        "tags": ["un", "advocacy"],
        "related": ["lawtrend-funding"],
        "be": {
            "title": "Беларускія арганізацыі падалі даклады да чацвёртага цыкла УПА",
            "lead": (
                "Праваабарончыя арганізацыі накіравалі ў ААН свае даклады да чацвёртага цыкла "
                "Універсальнага перыядычнага агляду Беларусі."
            ),
            "body": (
                "<p>Даклады ахопліваюць свабоду аб'яднанняў і мірных сходаў, становішча "
                "палітвязняў, катаванні і жорсткае абыходжанне, дыскрымінацыю і доступ да "
                "правасуддзя. Некалькі арганізацый падрыхтавалі сумесныя даклады, каб паказаць "
                "цэласную карціну сітуацыі з правамі чалавека.</p>"
                "<p>Падчас агляду дзяржавы — члены ААН змогуць выкарыстаць гэтую інфармацыю, "
                "фармулюючы рэкамендацыі Беларусі. Дом дапамагаў каардынаваць падрыхтоўку дакладаў "
                "і арганізуе брыфінгі для дыпламатычных місій у Жэневе.</p>"
            ),
        },
        "ru": {
            "title": "Белорусские организации подали доклады к четвёртому циклу УПО",
            "lead": (
                "Правозащитные организации направили в ООН свои доклады к четвёртому циклу "
                "Универсального периодического обзора Беларуси."
            ),
            "body": (
                "<p>Доклады охватывают свободу объединений и мирных собраний, положение "
                "политзаключённых, пытки и жестокое обращение, дискриминацию и доступ к "
                "правосудию. Несколько организаций подготовили совместные доклады, чтобы показать "
                "целостную картину ситуации с правами человека.</p>"
                "<p>Во время обзора государства — члены ООН смогут использовать эту информацию, "
                "формулируя рекомендации Беларуси. Дом помогал координировать подготовку докладов "
                "и организует брифинги для дипломатических миссий в Женеве.</p>"
            ),
        },
        "en": {
            "title": "Belarusian organisations submit reports for the fourth UPR cycle",
            "lead": (
                "Human rights organisations have sent the UN their submissions for the fourth "
                "cycle of the Universal Periodic Review of Belarus."
            ),
            "body": (
                "<p>The submissions cover freedom of association and of peaceful assembly, the "
                "situation of political prisoners, torture and ill-treatment, discrimination and "
                "access to justice. Several organisations prepared joint reports to give a "
                "coherent picture of the human rights situation.</p>"
                "<p>During the review, UN member states will be able to draw on this information "
                "when framing their recommendations to Belarus. The House helped coordinate the "
                "submissions and will hold briefings for diplomatic missions in Geneva.</p>"
            ),
        },
    },
    {
        "key": "coordination-meeting-2025",
        "index": "news",
        "kind": "news",
        "date": "2025-01-31",
        "tags": ["advocacy", "un", "defenders"],
        "related": ["coordination-meeting-2023"],
        "be": {
            "title": "Каардынацыйная сустрэча 2025: як утрымаць увагу да Беларусі",
            "lead": (
                "Штогадовая сустрэча беларускай праваабарончай супольнасці вызначыла агульныя "
                "прыярытэты адвакацыі на 2025 год."
            ),
            "body": (
                "<p>Прадстаўнікі беларускіх і міжнародных арганізацый абмеркавалі, як захаваць "
                "сітуацыю ў Беларусі на міжнародным парадку дня, калі ўвага свету засяроджаная на "
                "іншых крызісах. Удзельнікі дамовіліся ўзмацніць сумесную працу па дакументаванні "
                "катаванняў, па вызваленні палітвязняў і па падтрымцы праваабаронцаў у "
                "выгнанні.</p>"
                "<p>Традыцыйна ў праграме была сесія са Спецыяльным дакладчыкам ААН па сітуацыі з "
                "правамі чалавека ў Беларусі.</p>"
            ),
        },
        "ru": {
            "title": "Координационная встреча 2025: как удержать внимание к Беларуси",
            "lead": (
                "Ежегодная встреча белорусского правозащитного сообщества определила общие "
                "приоритеты адвокации на 2025 год."
            ),
            "body": (
                "<p>Представители белорусских и международных организаций обсудили, как сохранить "
                "ситуацию в Беларуси в международной повестке, когда внимание мира сосредоточено "
                "на других кризисах. Участники договорились усилить совместную работу по "
                "документированию пыток, по освобождению политзаключённых и по поддержке "
                "правозащитников в изгнании.</p>"
                "<p>По традиции в программе была сессия со Специальным докладчиком ООН по ситуации "
                "с правами человека в Беларуси.</p>"
            ),
        },
        "en": {
            "title": "Coordination meeting 2025: keeping Belarus in view",
            "lead": (
                "The annual meeting of the Belarusian human rights community set out shared "
                "advocacy priorities for 2025."
            ),
            "body": (
                "<p>Representatives of Belarusian and international organisations discussed how to "
                "keep Belarus on the international agenda while the world's attention is taken up "
                "by other crises. They agreed to step up joint work on documenting torture, on the "
                "release of political prisoners and on support for defenders in exile.</p>"
                "<p>As is customary, the programme included a session with the UN Special "
                "Rapporteur on the situation of human rights in Belarus.</p>"
            ),
        },
    },
    {
        "key": "digital-security-training",
        "index": "news",
        "kind": "news",
        "date": "2025-03-20",
        "tags": ["defenders"],
        "related": [],
        "be": {
            "title": "Семінар па лічбавай бяспецы для праваабаронцаў",
            "lead": (
                "Дом правёў двухдзённы семінар па абароне камунікацый і даных для супрацоўнікаў "
                "партнёрскіх арганізацый."
            ),
            "body": (
                "<p>Удзельнікі вучыліся шыфраваць прылады, бяспечна карыстацца месенджарамі і "
                "распазнаваць фішынг, а таксама абмеркавалі, як захоўваць звесткі пра пацярпелых "
                "ад парушэнняў, каб яны не трапілі ў чужыя рукі.</p>"
                "<p>Семінар — частка цыкла навучанняў па бяспецы праваабарончай працы. Партнёрскія "
                "арганізацыі могуць папрасіць правесці такі семінар для сваёй каманды праз "
                "старонку «Атрымаць падтрымку».</p>"
            ),
        },
        "ru": {
            "title": "Семинар по цифровой безопасности для правозащитников",
            "lead": (
                "Дом провёл двухдневный семинар по защите коммуникаций и данных для сотрудников "
                "партнёрских организаций."
            ),
            "body": (
                "<p>Участники учились шифровать устройства, безопасно пользоваться мессенджерами и "
                "распознавать фишинг, а также обсудили, как хранить сведения о пострадавших от "
                "нарушений, чтобы они не попали в чужие руки.</p>"
                "<p>Семинар — часть цикла обучений по безопасности правозащитной работы. "
                "Партнёрские организации могут попросить провести такой семинар для своей команды "
                "через страницу «Получить поддержку».</p>"
            ),
        },
        "en": {
            "title": "Digital security workshop for human rights defenders",
            "lead": (
                "The House held a two-day workshop on protecting communications and data for staff "
                "of partner organisations."
            ),
            "body": (
                "<p>Participants practised encrypting their devices, using messengers safely and "
                "spotting phishing, and discussed how to store information about victims of "
                "violations so that it cannot fall into the wrong hands.</p>"
                "<p>The workshop is part of a series of trainings on security in human rights "
                "work. Partner organisations can ask for a workshop for their own team through the "
                "“Get support” page.</p>"
            ),
        },
    },
    {
        "key": "un-mandate-renewal-appeal",
        "index": "statements",
        "kind": "appeal",
        "date": "2025-06-10",
        "tags": ["un", "advocacy", "joint-statement"],
        "related": ["un-mandate-extended-2019"],
        "be": {
            "title": (
                "Зварот да членаў Савета ААН па правах чалавека: не адводзіце погляду ад Беларусі"
            ),
            "lead": (
                "Беларускія праваабарончыя арганізацыі заклікаюць дзяржавы — члены Савета ААН па "
                "правах чалавека падоўжыць мандат Спецыяльнага дакладчыка па сітуацыі з правамі "
                "чалавека ў Беларусі."
            ),
            "body": (
                "<p>Спецыяльны дакладчык застаецца адным з нямногіх незалежных галасоў, якія "
                "расказваюць ААН пра Беларусь. З 2012 года мандат фіксуе палітычны пераслед, "
                "катаванні і знішчэнне грамадзянскай супольнасці і дае пацярпелым магчымасць быць "
                "пачутымі, калі ўнутраныя сродкі абароны для іх закрытыя.</p>"
                "<p>Мы просім дзяржавы падтрымаць падаўжэнне мандата на летняй сесіі Савета і "
                "патрабаваць ад беларускіх улад супрацоўнічаць з дакладчыкам і дазволіць яму "
                "наведаць краіну.</p>"
            ),
        },
        "ru": {
            "title": (
                "Обращение к членам Совета ООН по правам человека: не отводите взгляд от Беларуси"
            ),
            "lead": (
                "Белорусские правозащитные организации призывают государства — члены Совета ООН по "
                "правам человека продлить мандат Специального докладчика по ситуации с правами "
                "человека в Беларуси."
            ),
            "body": (
                "<p>Специальный докладчик остаётся одним из немногих независимых голосов, которые "
                "рассказывают ООН о Беларуси. С 2012 года мандат фиксирует политическое "
                "преследование, пытки и уничтожение гражданского общества и даёт пострадавшим "
                "возможность быть услышанными, когда внутренние средства защиты для них "
                "закрыты.</p>"
                "<p>Мы просим государства поддержать продление мандата на летней сессии Совета и "
                "требовать от белорусских властей сотрудничать с докладчиком и позволить ему "
                "посетить страну.</p>"
            ),
        },
        "en": {
            "title": "Appeal to Human Rights Council members: do not look away from Belarus",
            "lead": (
                "Belarusian human rights organisations urge the member states of the UN Human "
                "Rights Council to renew the mandate of the Special Rapporteur on the situation of "
                "human rights in Belarus."
            ),
            "body": (
                "<p>The Special Rapporteur remains one of the few independent voices reporting to "
                "the UN on Belarus. Since 2012 the mandate has recorded political persecution, "
                "torture and the destruction of civil society, and it gives victims a way to be "
                "heard when domestic remedies are closed to them.</p>"
                "<p>We ask states to support the renewal at the Council's summer session and to "
                "press the Belarusian authorities to cooperate with the Special Rapporteur and "
                "allow him to visit the country.</p>"
            ),
        },
    },
    {
        "key": "legal-initiative-cedaw",
        "index": "news",
        "kind": "news",
        "date": "2025-08-18",
        "tags": ["un", "torture"],
        "related": [],
        "ru": {
            "title": (
                "«Правовая инициатива» просит CEDAW расследовать пытки и дискриминацию женщин в "
                "Беларуси"
            ),
            "lead": (
                "Белорусские правозащитники из «Правовой инициативы» хотят, чтобы CEDAW изучил "
                "положение женщин в Беларуси в рамках особой процедуры расследования. Основанием "
                "для запроса служит статья 8 Факультативного протокола."
            ),
            "body": (
                "<p>Статья 8 Факультативного протокола к Конвенции позволяет Комитету начать "
                "расследование, если он получает достоверные сведения о серьёзных или "
                "систематических нарушениях прав, закреплённых в Конвенции. В обращении собраны "
                "данные о пытках, жестоком обращении и дискриминации, с которыми сталкиваются "
                "женщины в Беларуси, в том числе в местах лишения свободы.</p>"
                "<p>Организация рассчитывает, что расследование привлечёт внимание к положению "
                "женщин, преследуемых по политическим мотивам, и даст происходящему международную "
                "правовую оценку.</p>"
            ),
        },
    },
    {
        "key": "lawtrend-funding",
        "index": "news",
        "kind": "news",
        "date": "2025-08-18",
        "tags": ["freedom-of-association", "un"],
        "related": ["upr-fourth-cycle"],
        "ru": {
            "title": (
                "Lawtrend: как законодательство ограничивает доступ гражданского общества Беларуси "
                "к финансированию"
            ),
            "lead": (
                "Lawtrend опубликовал презентацию о правовых и практических препятствиях, с "
                "которыми сталкиваются организации гражданского общества при получении средств. В "
                "её основу легли выводы доклада, который организация направила в ООН к четвёртому "
                "циклу Универсального периодического обзора Беларуси."
            ),
            "body": (
                "<p>В презентации показано, как разрешительный порядок получения иностранной "
                "безвозмездной помощи, запрет на деятельность незарегистрированных объединений и "
                "уголовная ответственность за «финансирование экстремистской деятельности» "
                "фактически отрезают независимые организации от источников средств. Отдельно "
                "рассматривается практика применения этих норм к донорам и получателям помощи.</p>"
                "<p>Lawtrend также предлагает рекомендации, которые государства могут адресовать "
                "Беларуси в ходе обзора, в том числе отказаться от разрешительного порядка "
                "получения иностранной помощи и прекратить преследование за пожертвования.</p>"
            ),
        },
    },
    {
        "key": "un-experts-ill-treatment",
        "index": "news",
        "kind": "news",
        "date": "2025-08-18",
        "tags": ["un", "torture", "political-prisoners"],
        "related": ["prison-healthcare-letter"],
        "be": {
            "title": (
                "Спецыяльныя працэдуры ААН занепакоеныя абыходжаннем з трыма вязнямі ў Беларусі"
            ),
            "lead": (
                "Група незалежных экспертаў ААН запатрабавала ад Мінска тлумачэнняў наконт "
                "абыходжання з трыма вязнямі — дзвюма жанчынамі і мужчынам, якіх асудзілі па "
                "«тэрарыстычных» і «экстрэмісцкіх» артыкулах."
            ),
            "body": (
                "<p>Паводле інфармацыі, што паступіла экспертам, з гэтымі вязнямі абыходзяцца "
                "жорстка. Эксперты папрасілі ўлады паведаміць, што зроблена для праверкі гэтых "
                "звестак, і нагадалі, што ўмовы ўтрымання павінны адпавядаць міжнародным "
                "стандартам.</p>"
                "<p>Такія лісты — адзін з нямногіх спосабаў давесці пазіцыю ААН да ўлад у "
                "канкрэтных справах. Пасля заканчэння тэрміну для адказу ліст і адказ урада, калі "
                "ён будзе, публікуюцца на сайце Упраўлення Вярхоўнага камісара ААН па правах "
                "чалавека.</p>"
            ),
        },
        "en": {
            "title": (
                "UN Special Procedures concerned about the treatment of three prisoners in Belarus"
            ),
            "lead": (
                "A group of independent UN experts has asked Minsk to explain how three prisoners, "
                "two women and a man sentenced under “terrorism” and “extremism” articles, are "
                "being treated."
            ),
            "body": (
                "<p>According to information received by the experts, the three are being treated "
                "harshly. The experts asked the authorities what has been done to check these "
                "reports and recalled that conditions of detention must meet international "
                "standards.</p>"
                "<p>Letters of this kind are one of the few ways to put the UN's position to the "
                "authorities in individual cases. Once the deadline for a reply has passed, the "
                "letter and any government response are published on the website of the Office of "
                "the UN High Commissioner for Human Rights.</p>"
            ),
        },
    },
    {
        "key": "kulsha-cedaw",
        "index": "news",
        "kind": "news",
        "date": "2025-09-02",
        "tags": ["un", "political-prisoners"],
        "related": ["legal-initiative-cedaw"],
        "be": {
            "title": "Справа Вікторыі Кульшы: камітэт ААН звярнуўся да беларускіх улад",
            "lead": (
                "Вікторыя Кульша паскардзілася ў КЛДЖ на дыскрымінацыю. Камітэт прыняў скаргу да "
                "разгляду і звярнуўся да беларускіх улад з просьбай забяспечыць яе абарону, пакуль "
                "не будзе вынесена рашэнне."
            ),
            "body": (
                "<p>Паводле звестак ініцыятывы Respect-Protect-Fulfill, Камітэт унёс зварот у свой "
                "рэестр 25 жніўня 2025 года. Рэгістрацыя азначае, што Камітэт пачаў разгляд "
                "звароту, а беларускія ўлады павінны прадставіць свае заўвагі.</p>"
                "<p>Просьба аб абароне заяўніцы да вынясення рашэння — асобны механізм, які "
                "выкарыстоўваецца, калі ёсць рызыка непапраўнай шкоды. Камітэт разглядае выкананне "
                "такіх просьбаў як абавязак дзяржаў — удзельніц Факультатыўнага пратакола да "
                "Канвенцыі.</p>"
            ),
        },
    },
    {
        "key": "human-rights-day-2025",
        "index": "statements",
        "kind": "joint_statement",
        "date": "2025-12-10",
        "tags": ["defenders", "joint-statement", "political-prisoners"],
        "related": ["political-prisoners-day-2024"],
        "be": {
            "title": "Дзень правоў чалавека 2025: нікога не павінны саджаць за абарону правоў",
            "lead": (
                "У Дзень правоў чалавека беларускія праваабарончыя арганізацыі патрабуюць "
                "вызваліць зняволеных калег і ўсіх палітычных вязняў."
            ),
            "body": (
                "<p>Больш за тысячу чалавек у Беларусі застаюцца за кратамі па палітычна "
                "матываваных абвінавачваннях, сярод іх праваабаронцы, журналісты і адвакаты. "
                "Незалежныя арганізацыі забароненыя або абвешчаныя «экстрэмісцкімі», а тым, хто з "
                "імі працуе, пагражае пераслед.</p>"
                "<p>Мы заклікаем улады вызваліць усіх палітвязняў, спыніць пераслед грамадзянскай "
                "супольнасці і вярнуць магчымасць свабодна ствараць аб'яднанні. Дзякуем усім, хто "
                "працягвае падтрымліваць ахвяр рэпрэсій — у Беларусі і за яе межамі.</p>"
            ),
        },
        "ru": {
            "title": "День прав человека 2025: никого нельзя сажать за защиту прав",
            "lead": (
                "В День прав человека белорусские правозащитные организации требуют освободить "
                "заключённых коллег и всех политических заключённых."
            ),
            "body": (
                "<p>Более тысячи человек в Беларуси остаются за решёткой по политически "
                "мотивированным обвинениям, среди них правозащитники, журналисты и адвокаты. "
                "Независимые организации запрещены или объявлены «экстремистскими», а тем, кто с "
                "ними работает, грозит преследование.</p>"
                "<p>Мы призываем власти освободить всех политзаключённых, прекратить преследование "
                "гражданского общества и вернуть возможность свободно создавать объединения. "
                "Благодарим всех, кто продолжает поддерживать жертв репрессий — в Беларуси и за её "
                "пределами.</p>"
            ),
        },
        "en": {
            "title": "Human Rights Day 2025: no one should be jailed for defending rights",
            "lead": (
                "On Human Rights Day, Belarusian human rights organisations call for the release "
                "of their imprisoned colleagues and of all political prisoners."
            ),
            "body": (
                "<p>More than a thousand people in Belarus remain behind bars on politically "
                "motivated charges, among them human rights defenders, journalists and lawyers. "
                "Independent organisations are banned or declared “extremist”, and those who work "
                "with them risk prosecution.</p>"
                "<p>We call on the authorities to release all political prisoners, to end the "
                "persecution of civil society and to restore the freedom to form associations. We "
                "thank everyone who continues to support victims of repression, in Belarus and "
                "abroad.</p>"
            ),
        },
    },
    {
        "key": "coordination-meeting-2026",
        "index": "news",
        "kind": "news",
        "date": "2026-01-30",
        "tags": ["advocacy", "defenders"],
        "related": ["coordination-meeting-2025"],
        "be": {
            "title": "Каардынацыйная сустрэча 2026: пятнаццаць гадоў сумеснага планавання",
            "lead": (
                "Беларуская праваабарончая супольнасць правяла штогадовую каардынацыйную сустрэчу "
                "— праз пятнаццаць гадоў пасля першай, якая адбылася ў 2011 годзе."
            ),
            "body": (
                "<p>З 2011 года сустрэча застаецца месцам, дзе беларускія арганізацыі і іх "
                "міжнародныя партнёры падводзяць вынікі года і дамаўляюцца пра далейшыя крокі. "
                "Сёлета ўдзельнікі абмеркавалі вызваленне палітвязняў і падтрымку тых, хто ўжо "
                "выйшаў на волю, адказнасць за катаванні і ўстойлівасць арганізацый, якія працуюць "
                "у выгнанні.</p>"
                "<p>Гаворка ішла і пра тое, як зрабіць сумесныя заявы, лісты і звароты супольнасці "
                "больш даступнымі. Гэта адна з задач новага сайта Дома.</p>"
            ),
        },
        "ru": {
            "title": "Координационная встреча 2026: пятнадцать лет совместного планирования",
            "lead": (
                "Белорусское правозащитное сообщество провело ежегодную координационную встречу — "
                "через пятнадцать лет после первой, состоявшейся в 2011 году."
            ),
            "body": (
                "<p>С 2011 года встреча остаётся местом, где белорусские организации и их "
                "международные партнёры подводят итоги года и договариваются о дальнейших шагах. В "
                "этом году участники обсудили освобождение политзаключённых и поддержку тех, кто "
                "уже вышел на свободу, ответственность за пытки и устойчивость организаций, "
                "работающих в изгнании.</p>"
                "<p>Речь шла и о том, как сделать совместные заявления, письма и обращения "
                "сообщества более доступными. Это одна из задач нового сайта Дома.</p>"
            ),
        },
        "en": {
            "title": "Coordination meeting 2026: fifteen years of planning together",
            "lead": (
                "The Belarusian human rights community held its annual coordination meeting, "
                "fifteen years after the first one in 2011."
            ),
            "body": (
                "<p>Since 2011 the meeting has been where Belarusian organisations and their "
                "international partners take stock of the year and agree on next steps. This year "
                "participants discussed the release of political prisoners and support for those "
                "already freed, accountability for torture, and the sustainability of "
                "organisations working in exile.</p>"
                "<p>They also talked about making the community's joint statements, letters and "
                "appeals easier to find, which is one of the aims of the House's new website.</p>"
            ),
        },
    },
]

# Demo images, drawn by `rightshouse.publications.demo` with Pillow (no files, no downloads):
# an abstract pattern per kind of publication, so that lists, pages and their translations
# show images without a photograph of anyone. Their text alternatives and captions are
# translated like the rest. "listing": the publications showing it in lists and at their top;
# "in_body": those with it as an image block after their first paragraph (a page shows a
# different image at its top, if any).
IMAGES = [
    {
        "key": "news",
        "pattern": "stripes",
        "title": "Demo pattern: stripes",
        "alt": {
            "be": "Дыяганальныя палосы цёмна-чырвонага і шэрага колеру на белым фоне",
            "ru": "Диагональные полосы тёмно-красного и серого цвета на белом фоне",
            "en": "Diagonal stripes of deep red and grey on a white background",
        },
        "caption": {
            "be": "Дэманстрацыйная ілюстрацыя: абстрактны ўзор, не фотаздымак.",
            "ru": "Демонстрационная иллюстрация: абстрактный узор, а не фотография.",
            "en": "Demo illustration: an abstract pattern, not a photograph.",
        },
        "listing": ["coordination-meeting-2026", "digital-security-training", "upr-fourth-cycle"],
        "in_body": ["human-rights-day-2025"],
    },
    {
        "key": "statements",
        "pattern": "grid",
        "title": "Demo pattern: grid",
        "alt": {
            "be": "Сетка з шэрых квадратаў, адзін з якіх цёмна-чырвоны",
            "ru": "Сетка из серых квадратов, один из которых тёмно-красный",
            "en": "A grid of grey squares, one of them deep red",
        },
        "caption": {},
        "listing": ["human-rights-day-2025", "un-mandate-renewal-appeal"],
        "in_body": ["coordination-meeting-2026"],
    },
]
