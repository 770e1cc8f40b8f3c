"""Core's demo content: the home pages and the content pages, in Belarusian (default), Russian
and English.

Pure data, read by `rightshouse.core.demo`. Facts come from the old sites of the Belarusian
Human Rights House; the wording is new. Slugs are lowercase ASCII. The Russian and English
text of an item becomes the wagtail-localize translation of the Belarusian, string by string,
so all three have the same shape: the same blocks, paragraphs, list items and links, in the
same order. The e-mail address on the Contacts page is a placeholder of the demo site.
"""

# One home page per language.
HOME = {
    "be": {
        "title": "Беларускі дом правоў чалавека",
        "intro": (
            "<p>Беларускі дом правоў чалавека імя Барыса Звозскава каардынуе супольную працу "
            "беларускіх праваабарончых арганізацый: міжнародную адвакацыю, сумесныя заявы, "
            "альтэрнатыўныя даклады і падтрымку калег, якія падвяргаюцца пераследу.</p>"
            "<p>Тут публікуюцца навіны і заявы праваабарончай супольнасці, Прынцыпы праваабарончай "
            "дзейнасці і спіс арганізацый, што да іх далучыліся.</p>"
        ),
    },
    "ru": {
        "title": "Белорусский дом прав человека",
        "intro": (
            "<p>Белорусский дом прав человека имени Бориса Звозскова координирует совместную "
            "работу белорусских правозащитных организаций: международную адвокацию, совместные "
            "заявления, альтернативные доклады и поддержку коллег, которые подвергаются "
            "преследованию.</p>"
            "<p>Здесь публикуются новости и заявления правозащитного сообщества, Принципы "
            "правозащитной деятельности и список организаций, которые к ним присоединились.</p>"
        ),
    },
    "en": {
        "title": "Belarusian Human Rights House",
        "intro": (
            "<p>The Barys Zvozskau Belarusian Human Rights House coordinates the joint work of "
            "Belarusian human rights organisations: international advocacy, joint statements, "
            "alternative reports and support for colleagues who face persecution.</p>"
            "<p>Here you will find news and statements from the human rights community, the "
            "Principles of Human Rights Work and the organisations that have acceded to them.</p>"
        ),
    },
}

# Plain content pages under each home page, in menu order. `body` is a list of (block type, value):
# "heading" and "quote" are plain text, "paragraph" is HTML. `related_tag` is a key of
# publications' TAGS or None; `menu` and `footer` say whether the menu and the footer link it.
CONTENT_PAGES = [
    {
        "key": "about",
        "related_tag": None,
        "menu": True,
        "footer": True,
        "be": {
            "title": "Пра нас",
            "slug": "pra-nas",
            "lead": (
                "Беларускі дом правоў чалавека — агульны дом беларускіх праваабарончых "
                "арганізацый. Праз яго разам працуюць не менш за 27 арганізацый-удзельніц і "
                "партнёраў: адны па-ранейшаму ў Беларусі, іншыя ў выгнанні."
            ),
            "body": [
                ("heading", "Хто мы"),
                (
                    "paragraph",
                    (
                        "<p>Дом аб'ядноўвае тых, хто абараняе правы чалавека ў Беларусі: "
                        "юрыстаў, назіральнікаў, журналісцкія і асветніцкія аб'яднанні, "
                        "ініцыятывы супраць катаванняў і групы падтрымкі палітычных вязняў. "
                        "Многія з іх прымусова ліквідаваныя ў Беларусі і працягваюць працу за "
                        "мяжой; іншыя па-ранейшаму працуюць унутры краіны, нягледзячы на вялікую "
                        "рызыку.</p>"
                    ),
                ),
                ("heading", "Нашы прынцыпы"),
                (
                    "paragraph",
                    (
                        "<p>Удзельнікаў і партнёраў яднаюць "
                        '<a href="/be/pryncypy/">Прынцыпы праваабарончай дзейнасці</a> — '
                        "добраахвотны звод прафесійных і этычных нормаў, які беларускія "
                        "праваабаронцы прынялі для сябе. Далучыцца да іх можа любая арганізацыя "
                        "або асобны праваабаронца.</p>"
                    ),
                ),
                ("heading", "Што мы робім"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>Публікацыі</b>: навіны і заявы Дома і партнёраў па-беларуску, "
                        "па-руску і па-англійску.</li>"
                        "<li><b>Сумесныя заявы</b>: калі многім арганізацыям трэба выказацца "
                        "разам, мы рыхтуем тэкст, збіраем подпісы і публікуем яго.</li>"
                        "<li><b>Адвакацыя ў ААН</b>: мы перадаём механізмам ААН інфармацыю "
                        "беларускіх арганізацый і дапамагаем праваабаронцам удзельнічаць у іх "
                        "працы.</li>"
                        "<li><b>Падтрымка</b>: мы дапамагаем калегам, якія падвяргаюцца "
                        'пераследу (гл. <a href="/be/padtrymka/">Атрымаць падтрымку</a>).</li>'
                        "</ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "О нас",
            "slug": "o-nas",
            "lead": (
                "Белорусский дом прав человека — общий дом белорусских правозащитных "
                "организаций. Через него вместе работают не менее 27 организаций-участниц и "
                "партнёров: одни по-прежнему в Беларуси, другие в изгнании."
            ),
            "body": [
                ("heading", "Кто мы"),
                (
                    "paragraph",
                    (
                        "<p>Дом объединяет тех, кто защищает права человека в Беларуси: юристов, "
                        "наблюдателей, журналистские и просветительские объединения, инициативы "
                        "против пыток и группы поддержки политических заключённых. Многие из них "
                        "принудительно ликвидированы в Беларуси и продолжают работу за рубежом; "
                        "другие по-прежнему работают внутри страны, несмотря на большой "
                        "риск.</p>"
                    ),
                ),
                ("heading", "Наши принципы"),
                (
                    "paragraph",
                    (
                        "<p>Участников и партнёров объединяют "
                        '<a href="/ru/principy/">Принципы правозащитной деятельности</a> — '
                        "добровольный свод профессиональных и этических норм, который "
                        "белорусские правозащитники приняли для себя. Присоединиться к ним может "
                        "любая организация или отдельный правозащитник.</p>"
                    ),
                ),
                ("heading", "Что мы делаем"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>Публикации</b>: новости и заявления Дома и партнёров на "
                        "белорусском, русском и английском языках.</li>"
                        "<li><b>Совместные заявления</b>: когда многим организациям нужно "
                        "высказаться вместе, мы готовим текст, собираем подписи и публикуем "
                        "его.</li>"
                        "<li><b>Адвокация в ООН</b>: мы передаём механизмам ООН информацию "
                        "белорусских организаций и помогаем правозащитникам участвовать в их "
                        "работе.</li>"
                        "<li><b>Поддержка</b>: мы помогаем коллегам, которые подвергаются "
                        'преследованию (см. <a href="/ru/podderzhka/">Получить '
                        "поддержку</a>).</li>"
                        "</ul>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about",
            "lead": (
                "The Belarusian Human Rights House is a shared home for Belarusian human rights "
                "organisations. At least 27 member and partner organisations work together "
                "through it: some are still in Belarus, others are in exile."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    (
                        "<p>The House brings together people who defend human rights in "
                        "Belarus: lawyers, monitors, associations of journalists and educators, "
                        "initiatives against torture and groups that support political "
                        "prisoners. Many of them have been forcibly liquidated in Belarus and "
                        "carry on their work from abroad; others still work inside the country, "
                        "despite the great risk.</p>"
                    ),
                ),
                ("heading", "Our principles"),
                (
                    "paragraph",
                    (
                        "<p>Members and partners share the "
                        '<a href="/en/principles/">Principles of Human Rights Work</a>, a '
                        "voluntary code of professional and ethical standards that Belarusian "
                        "defenders adopted for themselves. Any organisation or individual "
                        "defender may accede to them.</p>"
                    ),
                ),
                ("heading", "What we do"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>Publications</b>: news and statements from the House and its "
                        "partners in Belarusian, Russian and English.</li>"
                        "<li><b>Joint statements</b>: when many organisations need to speak "
                        "together, we prepare the text, collect signatures and publish it.</li>"
                        "<li><b>UN advocacy</b>: we pass information from Belarusian "
                        "organisations to UN mechanisms and help defenders take part in their "
                        "work.</li>"
                        "<li><b>Support</b>: we help colleagues who face persecution (see "
                        '<a href="/en/support/">Get support</a>).</li>'
                        "</ul>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "advocacy",
        "related_tag": "un",
        "menu": True,
        "footer": False,
        "be": {
            "title": "Праваабарончая адвакацыя",
            "slug": "advakacyja",
            "lead": (
                "Міжнародная адвакацыя патрэбная для таго, каб сітуацыя з правамі чалавека ў "
                "Беларусі заставалася ў полі зроку міжнароднай супольнасці, а ўлады не маглі "
                "пазбегнуць крытыкі за палітычныя рэпрэсіі. Беларускі дом правоў чалавека "
                "каардынуе гэтую працу разам з партнёрскімі арганізацыямі."
            ),
            "body": [
                ("heading", "Штогадовая каардынацыйная сустрэча"),
                (
                    "paragraph",
                    (
                        "<p>З 2011 года кожны студзень Дом збірае прадстаўнікоў беларускіх і "
                        "міжнародных арганізацый, каб падвесці вынікі года і ўзгадніць агульныя "
                        "прыярытэты на наступны. На сустрэчы супольнасць вызначае тэмы для "
                        "сумеснай працы, абменьваецца досведам і абмяркоўвае агульныя "
                        "стратэгіі.</p>"
                        "<p>Напрыклад, ідэя Паралельнага форуму грамадзянскай супольнасці ў Мінску "
                        "нарадзілася на сустрэчы ў студзені 2017 года, а ўжо ў ліпені беларускія "
                        "недзяржаўныя арганізацыі разам з партнёрамі з-за мяжы яго правялі.</p>"
                    ),
                ),
                ("heading", "Лісты, заявы і звароты"),
                (
                    "paragraph",
                    (
                        "<p>Калі беларуская праваабарончая супольнасць выступае адзіным голасам, "
                        "Дом звычайна ўдзельнічае ў гэтым: дапамагае рыхтаваць агульныя тэксты, а "
                        "часам сам выступае з ініцыятывай. Як удзельнік Платформы «Грамадзянская "
                        "салідарнасць» з першых дзён яе існавання, Дом таксама падпісвае яе заявы, "
                        "калі ў краінах былога СССР пад удар трапляюць праваабаронцы, актывісты "
                        "або незалежныя журналісты.</p>"
                    ),
                ),
                ("heading", "Супрацоўніцтва са Спецыяльным дакладчыкам ААН"),
                (
                    "paragraph",
                    (
                        "<p>Спецыяльны дакладчык ААН па сітуацыі з правамі чалавека ў Беларусі — "
                        "адзін з найважнейшых партнёраў Дома. Мы інфармуем яго пра палітвязняў, "
                        "жорсткае абыходжанне ў месцах няволі і ціск на ўдзельнікаў пратэстаў, "
                        "журналістаў і грамадскіх актывістаў. Перад кожным штогадовым дакладам "
                        "беларускія арганізацыі праз Дом дасылаюць дакладчыку свае аналітычныя "
                        "агляды.</p>"
                        "<p>Беларускія ўлады не прызнаюць мандат і не пускаюць дакладчыка ў "
                        "краіну, таму студзеньская сустрэча — адна з нямногіх магчымасцяў для яго "
                        "асабіста пагутарыць з беларускімі праваабаронцамі. У 2017 годзе Дом разам "
                        "з Праваабарончым цэнтрам «Вясна» даводзіў неабходнасць падоўжыць мандат, "
                        "і ён быў падоўжаны.</p>"
                    ),
                ),
                (
                    "quote",
                    (
                        "Пакуль Спецыяльнага дакладчыка не пускаюць у Беларусь, наша задача — каб "
                        "ён чуў голас беларускіх праваабаронцаў."
                    ),
                ),
                ("heading", "Альтэрнатыўныя даклады"),
                (
                    "paragraph",
                    (
                        "<p>Дом і кааліцыі беларускіх арганізацый рыхтуюць альтэрнатыўныя даклады "
                        "для дагаворных органаў ААН і дамагаюцца, каб іх высновы былі пачутыя. "
                        "Адзін прыклад: у снежні 2017 года, калі Камітэт ААН па ліквідацыі расавай "
                        "дыскрымінацыі праводзіў у Жэневе сваю 94-ю сесію, беларускія "
                        "праваабарончыя арганізацыі накіравалі туды дэлегацыю з уласным дакладам "
                        "пра дыскрымінацыю па расавых і этнічных прыкметах у Беларусі.</p>"
                        "<p>Разам з дэлегацыяй у Жэневу паехалі некалькі выпускнікоў адукацыйнай "
                        "праграмы ILIA-By. Для іх Дом і Беларускі Хельсінкскі Камітэт арганізавалі "
                        "гэтую паездку як навучальны візіт.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Правозащитная адвокация",
            "slug": "advokaciya",
            "lead": (
                "Международная адвокация нужна для того, чтобы ситуация с правами человека в "
                "Беларуси оставалась в поле зрения международного сообщества, а власти не могли "
                "уйти от критики за политические репрессии. Белорусский дом прав человека "
                "координирует эту работу вместе с партнёрскими организациями."
            ),
            "body": [
                ("heading", "Ежегодная координационная встреча"),
                (
                    "paragraph",
                    (
                        "<p>С 2011 года каждый январь Дом собирает представителей белорусских и "
                        "международных организаций, чтобы подвести итоги года и согласовать общие "
                        "приоритеты на следующий. На встрече сообщество определяет темы для "
                        "совместной работы, обменивается опытом и обсуждает общие стратегии.</p>"
                        "<p>Например, идея Параллельного форума гражданского общества в Минске "
                        "родилась на встрече в январе 2017 года, а уже в июле белорусские "
                        "негосударственные организации вместе с партнёрами из-за рубежа его "
                        "провели.</p>"
                    ),
                ),
                ("heading", "Письма, заявления и обращения"),
                (
                    "paragraph",
                    (
                        "<p>Когда белорусское правозащитное сообщество выступает единым голосом, "
                        "Дом, как правило, в этом участвует: помогает готовить общие тексты, а "
                        "иногда сам выступает с инициативой. Как участник Платформы «Гражданская "
                        "солидарность» с первых дней её существования, Дом также подписывает её "
                        "заявления, когда в странах бывшего СССР под удар попадают правозащитники, "
                        "активисты или независимые журналисты.</p>"
                    ),
                ),
                ("heading", "Сотрудничество со Специальным докладчиком ООН"),
                (
                    "paragraph",
                    (
                        "<p>Специальный докладчик ООН по ситуации с правами человека в Беларуси — "
                        "один из важнейших партнёров Дома. Мы информируем его о политзаключённых, "
                        "жестоком обращении в местах несвободы и давлении на участников протестов, "
                        "журналистов и общественных активистов. Перед каждым ежегодным докладом "
                        "белорусские организации через Дом направляют докладчику свои "
                        "аналитические обзоры.</p>"
                        "<p>Белорусские власти не признают мандат и не пускают докладчика в "
                        "страну, поэтому январская встреча — одна из немногих возможностей для "
                        "него лично поговорить с белорусскими правозащитниками. В 2017 году Дом "
                        "вместе с Правозащитным центром «Весна» доказывал необходимость продлить "
                        "мандат, и он был продлён.</p>"
                    ),
                ),
                (
                    "quote",
                    (
                        "Пока Специального докладчика не пускают в Беларусь, наша задача — чтобы "
                        "он слышал голос белорусских правозащитников."
                    ),
                ),
                ("heading", "Альтернативные доклады"),
                (
                    "paragraph",
                    (
                        "<p>Дом и коалиции белорусских организаций готовят альтернативные доклады "
                        "для договорных органов ООН и добиваются, чтобы их выводы были услышаны. "
                        "Один пример: в декабре 2017 года, когда Комитет ООН по ликвидации расовой "
                        "дискриминации проводил в Женеве свою 94-ю сессию, белорусские "
                        "правозащитные организации направили туда делегацию с собственным докладом "
                        "о дискриминации по расовым и этническим признакам в Беларуси.</p>"
                        "<p>Вместе с делегацией в Женеву поехали несколько выпускников "
                        "образовательной программы ILIA-By. Для них Дом и Белорусский Хельсинкский "
                        "Комитет организовали эту поездку как учебный визит.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Human rights advocacy",
            "slug": "advocacy",
            "lead": (
                "International advocacy keeps the human rights situation in Belarus in front of "
                "the international community and makes sure the authorities cannot escape "
                "criticism for political repression. The Belarusian Human Rights House coordinates "
                "this work together with partner organisations."
            ),
            "body": [
                ("heading", "Annual coordination meeting"),
                (
                    "paragraph",
                    (
                        "<p>Every January since 2011, the House has brought together "
                        "representatives of Belarusian and international organisations to review "
                        "the past year and agree on shared priorities for the next. At the meeting "
                        "the community chooses the issues it will work on together, exchanges "
                        "experience and discusses common strategies.</p>"
                        "<p>The idea of a Parallel Civil Society Forum in Minsk, for instance, "
                        "came up at the meeting in January 2017, and by July Belarusian NGOs, "
                        "working with their partners abroad, had made it happen.</p>"
                    ),
                ),
                ("heading", "Letters, statements and appeals"),
                (
                    "paragraph",
                    (
                        "<p>When the Belarusian human rights community speaks with one voice, the "
                        "House is usually involved: it helps draft the community's common texts "
                        "and initiates some of them itself. As a member of the Civic Solidarity "
                        "Platform from its very beginning, the House also signs the Platform's "
                        "statements whenever defenders, activists or independent journalists in "
                        "the former Soviet countries come under attack.</p>"
                    ),
                ),
                ("heading", "Cooperation with the UN Special Rapporteur"),
                (
                    "paragraph",
                    (
                        "<p>The UN Special Rapporteur on the situation of human rights in Belarus "
                        "is one of the House's most important partners. We keep him informed about "
                        "political prisoners, ill-treatment in custody and pressure on protesters, "
                        "journalists and civic activists. Before each annual report, Belarusian "
                        "organisations send the Special Rapporteur their analyses through the "
                        "House.</p>"
                        "<p>The Belarusian authorities do not recognise the mandate and do not let "
                        "the Special Rapporteur into the country, so the January meeting is one of "
                        "the few chances for him to talk to Belarusian defenders in person. In "
                        "2017 the House and the Human Rights Center “Viasna” made the case for "
                        "renewing the mandate, and it was renewed.</p>"
                    ),
                ),
                (
                    "quote",
                    (
                        "As long as the Special Rapporteur is kept out of Belarus, our task is to "
                        "make sure he hears the voice of Belarusian human rights defenders."
                    ),
                ),
                ("heading", "Alternative reports"),
                (
                    "paragraph",
                    (
                        "<p>The House and coalitions of Belarusian organisations prepare "
                        "alternative reports for the UN treaty bodies and work to make sure their "
                        "findings are heard. One example: in December 2017, when the UN Committee "
                        "on the Elimination of Racial Discrimination held its 94th session in "
                        "Geneva, Belarusian human rights organisations sent a delegation there "
                        "with their own report on discrimination on racial and ethnic grounds in "
                        "Belarus.</p>"
                        "<p>Several graduates of the ILIA-By educational programme travelled with "
                        "the delegation. The House and the Belarusian Helsinki Committee organised "
                        "the trip as a study visit for them.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "support",
        "related_tag": "defenders",
        "menu": True,
        "footer": False,
        "be": {
            "title": "Атрымаць падтрымку",
            "slug": "padtrymka",
            "lead": (
                "Калі ваша арганізацыя або вы асабіста як праваабаронца маеце патрэбу ў дапамозе, "
                "Беларускі дом правоў чалавека гатовы разгледзець ваш запыт. Мы гарантуем "
                "канфідэнцыйнасць."
            ),
            "body": [
                ("heading", "Якую падтрымку мы можам аказаць"),
                (
                    "paragraph",
                    (
                        "<p>У залежнасці ад сітуацыі і нашых магчымасцяў мы можам:</p>"
                        "<ul>"
                        "<li>дапамагчы ў кантактах з механізмамі ААН і міжнароднымі "
                        "партнёрамі;</li>"
                        "<li>уключыць вашу тэму ў сумесную адвакацыйную працу праваабарончай "
                        "супольнасці;</li>"
                        "<li>арганізаваць навучанне, у тым ліку па лічбавай бяспецы;</li>"
                        "<li>параіць, куды звярнуцца па юрыдычную, псіхалагічную або іншую "
                        "спецыялізаваную дапамогу.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Канфідэнцыйнасць"),
                (
                    "paragraph",
                    (
                        "<p>Мы не раскрываем ні самога факту звароту, ні звестак пра вас і вашу "
                        "сітуацыю без вашай <b>выразнай згоды</b>. Інфармацыя, якую вы нам "
                        "перадаяце, выкарыстоўваецца толькі для разгляду вашага запыту і не "
                        "перадаецца трэцім асобам. Гэтага патрабуюць "
                        '<a href="/be/pryncypy/">Прынцыпы праваабарончай дзейнасці</a>, да якіх '
                        "далучыўся Дом.</p>"
                    ),
                ),
                ("quote", "Сам факт вашага звароту застаецца паміж вамі і намі."),
                ("heading", "Як звярнуцца"),
                (
                    "paragraph",
                    (
                        '<p>Даслаць запыт можна праз <a href="/be/support/request/">абароненую '
                        "форму</a>: яна працуе і без JavaScript, а ўсё, што вы напішаце, "
                        "захоўваецца толькі ў зашыфраваным выглядзе. Арганізацыі і людзі, гатовыя "
                        'дапамагчы, могуць <a href="/be/support/offer/">прапанаваць '
                        "падтрымку</a>.</p>"
                        "<p>Калі ласка, не дасылайце звесткі пра сябе і сваю справу праз адкрытыя "
                        "каналы сувязі.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Получить поддержку",
            "slug": "podderzhka",
            "lead": (
                "Если вашей организации или вам лично как правозащитнику нужна помощь, Белорусский "
                "дом прав человека готов рассмотреть ваш запрос. Мы гарантируем конфиденциальность."
            ),
            "body": [
                ("heading", "Какую поддержку мы можем оказать"),
                (
                    "paragraph",
                    (
                        "<p>В зависимости от ситуации и наших возможностей мы можем:</p>"
                        "<ul>"
                        "<li>помочь в контактах с механизмами ООН и международными партнёрами;</li>"
                        "<li>включить вашу тему в совместную адвокационную работу правозащитного "
                        "сообщества;</li>"
                        "<li>организовать обучение, в том числе по цифровой безопасности;</li>"
                        "<li>подсказать, куда обратиться за юридической, психологической или "
                        "другой специализированной помощью.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Конфиденциальность"),
                (
                    "paragraph",
                    (
                        "<p>Мы не раскрываем ни самого факта обращения, ни сведений о вас и вашей "
                        "ситуации без вашего <b>явного согласия</b>. Информация, которую вы нам "
                        "передаёте, используется только для рассмотрения вашего запроса и не "
                        "передаётся третьим лицам. Этого требуют "
                        '<a href="/ru/principy/">Принципы правозащитной деятельности</a>, к '
                        "которым присоединился Дом.</p>"
                    ),
                ),
                ("quote", "Сам факт вашего обращения остаётся между вами и нами."),
                ("heading", "Как обратиться"),
                (
                    "paragraph",
                    (
                        '<p>Отправить запрос можно через <a href="/ru/support/request/">защищённую '
                        "форму</a>: она работает и без JavaScript, а всё, что вы напишете, "
                        "хранится только в зашифрованном виде. Организации и люди, готовые помочь, "
                        'могут <a href="/ru/support/offer/">предложить поддержку</a>.</p>'
                        "<p>Пожалуйста, не отправляйте сведения о себе и своём деле по открытым "
                        "каналам связи.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Get support",
            "slug": "support",
            "lead": (
                "If your organisation, or you personally as a human rights defender, need help, "
                "the Belarusian Human Rights House is ready to consider your request. We guarantee "
                "confidentiality."
            ),
            "body": [
                ("heading", "What support we can offer"),
                (
                    "paragraph",
                    (
                        "<p>Depending on the situation and our capacity, we can:</p>"
                        "<ul>"
                        "<li>help you make contact with UN mechanisms and international "
                        "partners;</li>"
                        "<li>include your issue in the joint advocacy of the human rights "
                        "community;</li>"
                        "<li>organise training, including on digital security;</li>"
                        "<li>advise you where to turn for legal, psychological or other "
                        "specialised help.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Confidentiality"),
                (
                    "paragraph",
                    (
                        "<p>We disclose neither the fact that you contacted us nor anything about "
                        "you or your situation without your <b>explicit consent</b>. What you tell "
                        "us is used only to deal with your request and is not passed on to anyone "
                        'else. This is required by the <a href="/en/principles/">Principles of '
                        "Human Rights Work</a>, to which the House has acceded.</p>"
                    ),
                ),
                ("quote", "The fact that you contacted us stays between you and us."),
                ("heading", "How to get in touch"),
                (
                    "paragraph",
                    (
                        '<p>Send your request through the <a href="/en/support/request/">secure '
                        "form</a>: it works without JavaScript, and everything you write is kept "
                        "only encrypted. Organisations and people ready to help can "
                        '<a href="/en/support/offer/">offer support</a>.</p>'
                        "<p>Please do not send details about yourself or your case over open "
                        "channels.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "contacts",
        "related_tag": None,
        "menu": True,
        "footer": True,
        "be": {
            "title": "Кантакты",
            "slug": "kantakty",
            "lead": "Як звязацца з Беларускім домам правоў чалавека і як зрабіць гэта бяспечней.",
            "body": [
                ("heading", "Электронная пошта"),
                (
                    "paragraph",
                    (
                        "<p>Пішыце нам на "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        "<p><b>Гэта ўмоўны адрас дэманстрацыйнага сайта</b>: сапраўдны адрас "
                        "з'явіцца тут, калі сайт пачне працаваць.</p>"
                    ),
                ),
                ("heading", "Як пісаць нам бяспечней"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Карыстайцеся асобным адрасам электроннай пошты, не звязаным з вашым "
                        "імем, нумарам тэлефона і іншымі акаўнтамі.</li>"
                        "<li>Калі можаце, выбірайце каналы са скразным шыфраваннем, а не "
                        "звычайную пошту.</li>"
                        "<li>Не пішыце нам з прылады або акаўнта, якія могуць праверыць на "
                        "мяжы.</li>"
                        "<li>Гэты сайт працуе ў Tor Browser, у тым ліку з адключаным "
                        "JavaScript.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "quote",
                    (
                        "Не дасылайце падрабязнасцяў сваёй справы ў першым лісце: мы дамовімся з "
                        "вамі пра больш бяспечны спосаб размовы."
                    ),
                ),
                ("heading", "Запыт на падтрымку"),
                (
                    "paragraph",
                    (
                        "<p>Калі вам як праваабаронцу або арганізацыі патрэбная дапамога, "
                        'глядзіце старонку <a href="/be/padtrymka/">Атрымаць падтрымку</a>.</p>'
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Контакты",
            "slug": "kontakty",
            "lead": "Как связаться с Белорусским домом прав человека и как сделать это безопаснее.",
            "body": [
                ("heading", "Электронная почта"),
                (
                    "paragraph",
                    (
                        "<p>Пишите нам на "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        "<p><b>Это условный адрес демонстрационного сайта</b>: настоящий адрес "
                        "появится здесь, когда сайт начнёт работать.</p>"
                    ),
                ),
                ("heading", "Как писать нам безопаснее"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Пользуйтесь отдельным адресом электронной почты, не связанным с "
                        "вашим именем, номером телефона и другими аккаунтами.</li>"
                        "<li>Если можете, выбирайте каналы со сквозным шифрованием, а не обычную "
                        "почту.</li>"
                        "<li>Не пишите нам с устройства или аккаунта, которые могут проверить на "
                        "границе.</li>"
                        "<li>Этот сайт работает в Tor Browser, в том числе с отключённым "
                        "JavaScript.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "quote",
                    (
                        "Не отправляйте подробности своего дела в первом письме: мы договоримся с "
                        "вами о более безопасном способе разговора."
                    ),
                ),
                ("heading", "Запрос о поддержке"),
                (
                    "paragraph",
                    (
                        "<p>Если вам как правозащитнику или организации нужна помощь, смотрите "
                        'страницу <a href="/ru/podderzhka/">Получить поддержку</a>.</p>'
                    ),
                ),
            ],
        },
        "en": {
            "title": "Contacts",
            "slug": "contacts",
            "lead": "How to reach the Belarusian Human Rights House, and how to do it more safely.",
            "body": [
                ("heading", "E-mail"),
                (
                    "paragraph",
                    (
                        "<p>Write to us at "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        "<p><b>This is a placeholder address for the demo site</b>: the real "
                        "address will appear here when the site goes live.</p>"
                    ),
                ),
                ("heading", "Writing to us more safely"),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Use a separate e-mail address that is not linked to your name, your "
                        "phone number or your other accounts.</li>"
                        "<li>Where you can, choose end-to-end encrypted channels rather than "
                        "ordinary e-mail.</li>"
                        "<li>Do not write to us from a device or an account that may be checked "
                        "at a border.</li>"
                        "<li>This site works in Tor Browser, including with JavaScript switched "
                        "off.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "quote",
                    (
                        "Do not send the details of your case in your first message: we will "
                        "agree with you on a safer way to talk."
                    ),
                ),
                ("heading", "Asking for support"),
                (
                    "paragraph",
                    (
                        "<p>If you need help as a human rights defender or an organisation, see "
                        '<a href="/en/support/">Get support</a>.</p>'
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "related_tag": None,
        "menu": True,
        "footer": True,
        "be": {
            "title": "Прыватнасць і файлы cookie",
            "slug": "pryvatnasc",
            "lead": (
                "Гэты сайт не сочыць за наведвальнікамі. Ніжэй мы тлумачым, што менавіта гэта "
                "азначае."
            ),
            "body": [
                ("heading", "Файлы cookie"),
                (
                    "paragraph",
                    (
                        "<p>Публічныя старонкі сайта не ўсталёўваюць ніякіх файлаў cookie. Таму "
                        "тут няма і банера са згодай: вам проста няма на што даваць згоду.</p>"
                        "<p>Файлы cookie выкарыстоўваюцца толькі ў адміністрацыйнай частцы сайта і "
                        "толькі для рэдактараў, якія ўвайшлі ў сістэму: <b>сесійны файл "
                        "cookie</b>, каб памятаць уваход, і <b>файл cookie CSRF</b>, каб абараніць "
                        "формы ад падробленых запытаў.</p>"
                    ),
                ),
                ("heading", "Староннія сэрвісы"),
                (
                    "paragraph",
                    (
                        "<p>Сайт нічога не загружае з іншых сервераў: ні шрыфтоў, ні сістэм "
                        "аналітыкі, ні ўбудаваных відэа ці карт, ні кнопак сацыяльных сетак. Усё, "
                        "што вы бачыце, паступае з нашага сервера.</p>"
                    ),
                ),
                ("heading", "JavaScript"),
                (
                    "paragraph",
                    (
                        "<p>Сайт цалкам працуе без JavaScript. Вы можаце адключыць яго ў браўзеры "
                        "і карыстацца ўсімі публічнымі старонкамі.</p>"
                    ),
                ),
                ("heading", "Журналы сервера"),
                (
                    "paragraph",
                    (
                        "<p>Журналы нашага сервера не захоўваюць IP-адрасоў наведвальнікаў і "
                        "звестак пра іх браўзер (user agent). Мы не ведаем, хто вы, і не імкнемся "
                        "гэта даведацца.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Конфиденциальность и файлы cookie",
            "slug": "konfidencialnost",
            "lead": (
                "Этот сайт не следит за посетителями. Ниже мы объясняем, что именно это значит."
            ),
            "body": [
                ("heading", "Файлы cookie"),
                (
                    "paragraph",
                    (
                        "<p>Публичные страницы сайта не устанавливают никаких файлов cookie. "
                        "Поэтому здесь нет и баннера с согласием: вам просто не на что давать "
                        "согласие.</p>"
                        "<p>Файлы cookie используются только в административной части сайта и "
                        "только для редакторов, которые вошли в систему: <b>сессионный файл "
                        "cookie</b>, чтобы помнить вход, и <b>файл cookie CSRF</b>, чтобы защитить "
                        "формы от поддельных запросов.</p>"
                    ),
                ),
                ("heading", "Сторонние сервисы"),
                (
                    "paragraph",
                    (
                        "<p>Сайт ничего не загружает с других серверов: ни шрифтов, ни систем "
                        "аналитики, ни встроенных видео или карт, ни кнопок социальных сетей. Всё, "
                        "что вы видите, приходит с нашего сервера.</p>"
                    ),
                ),
                ("heading", "JavaScript"),
                (
                    "paragraph",
                    (
                        "<p>Сайт полностью работает без JavaScript. Вы можете отключить его в "
                        "браузере и пользоваться всеми публичными страницами.</p>"
                    ),
                ),
                ("heading", "Журналы сервера"),
                (
                    "paragraph",
                    (
                        "<p>Журналы нашего сервера не хранят IP-адреса посетителей и сведения об "
                        "их браузере (user agent). Мы не знаем, кто вы, и не стремимся это "
                        "узнать.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Privacy and cookies",
            "slug": "privacy",
            "lead": (
                "This website does not track its visitors. Here is what that means in practice."
            ),
            "body": [
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>The public pages of this site set no cookies at all. That is why there "
                        "is no cookie banner: there is simply nothing to consent to.</p>"
                        "<p>Cookies are used only in the administration area, and only for editors "
                        "who have logged in: a <b>session cookie</b> to keep them signed in and a "
                        "<b>CSRF cookie</b> to protect forms against forged requests.</p>"
                    ),
                ),
                ("heading", "Third-party services"),
                (
                    "paragraph",
                    (
                        "<p>The site loads nothing from other servers: no fonts, no analytics, no "
                        "embedded videos or maps, no social media buttons. Everything you see "
                        "comes from our own server.</p>"
                    ),
                ),
                ("heading", "JavaScript"),
                (
                    "paragraph",
                    (
                        "<p>The site works fully without JavaScript. You can switch it off in your "
                        "browser and still use every public page.</p>"
                    ),
                ),
                ("heading", "Server logs"),
                (
                    "paragraph",
                    (
                        "<p>Our server logs do not keep visitors' IP addresses or information "
                        "about their browser (user agent). We do not know who you are, and we do "
                        "not try to find out.</p>"
                    ),
                ),
            ],
        },
    },
]
