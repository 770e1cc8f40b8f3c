"""Demo joint statements: their texts in Belarusian, Russian and English, who signs them and
how, and who is invited.

Pure data, read by `rightshouse.statements.demo`. Organisations are named by their English
name in `rightshouse.organisations.demo_content`. The facts (organisations liquidated by the
courts in 2021–2023) are public; the wording is new. The persecuted initiative of the
solidarity alert is fictional. Representatives' names are made up and private (only the
coordinators see them).
"""

# Published: signed by twelve named organisations, three not named for safety and one
# confidential, then joined by one more after publication.
PUBLISHED = {
    "key": "association-is-not-a-crime",
    "coordinator": None,  # the House
    "tags": ["joint-statement", "freedom-of-association", "defenders"],
    "deadline_days": 14,
    "texts": {
        "be": {
            "title": "Свабода аб'яднанняў — не злачынства",
            "lead": (
                "Мы, беларускія праваабарончыя арганізацыі, патрабуем спыніць прымусовую "
                "ліквідацыю грамадскіх аб'яднанняў і пераслед людзей за ўдзел у іх."
            ),
            "body": (
                "<p>З 2021 года суды і рэгіструючыя органы ліквідавалі сотні беларускіх "
                "недзяржаўных арганізацый, сярод іх Беларускі ПЭН-цэнтр і Таварыства "
                "беларускай мовы імя Францішка Скарыны. Арганізацыі, якія дзесяцігоддзямі "
                "дапамагалі людзям, у адно імгненне аб'яўляюцца па-за законам.</p>"
                "<p>Удзел у незарэгістраванай арганізацыі і дапамога «экстрэмісцкім "
                "фармаванням» зноў караюцца па крымінальным кодэксе. Людзей судзяць за "
                "ахвяраванні, за падпіску на навіны і за тое, што яны працавалі ў "
                "ліквідаваных арганізацыях.</p>"
                "<p>Мы заклікаем:</p>"
                "<ul><li>спыніць прымусовую ліквідацыю грамадскіх аб'яднанняў;</li>"
                "<li>адмяніць крымінальную адказнасць за ўдзел у незарэгістраваных "
                "арганізацыях;</li>"
                "<li>вызваліць усіх, каго асудзілі за мірную грамадскую дзейнасць.</li></ul>"
                "<p>Мы просім міжнародныя арганізацыі і ўрады даваць гэтым справам "
                "публічную ацэнку і падтрымліваць грамадзянскую супольнасць Беларусі, у тым "
                "ліку ў выгнанні.</p>"
            ),
        },
        "ru": {
            "title": "Свобода объединений — не преступление",
            "lead": (
                "Мы, белорусские правозащитные организации, требуем прекратить "
                "принудительную ликвидацию общественных объединений и преследование людей "
                "за участие в них."
            ),
            "body": (
                "<p>С 2021 года суды и регистрирующие органы ликвидировали сотни белорусских "
                "негосударственных организаций, среди них Белорусский ПЕН-центр и Общество "
                "белорусского языка имени Франциска Скорины. Организации, которые "
                "десятилетиями помогали людям, в одночасье объявляются вне закона.</p>"
                "<p>Участие в незарегистрированной организации и содействие «экстремистским "
                "формированиям» снова наказываются по уголовному кодексу. Людей судят за "
                "пожертвования, за подписку на новости и за то, что они работали в "
                "ликвидированных организациях.</p>"
                "<p>Мы призываем:</p>"
                "<ul><li>прекратить принудительную ликвидацию общественных объединений;</li>"
                "<li>отменить уголовную ответственность за участие в незарегистрированных "
                "организациях;</li>"
                "<li>освободить всех, кто осуждён за мирную общественную деятельность.</li></ul>"
                "<p>Мы просим международные организации и правительства публично оценивать "
                "эти дела и поддерживать гражданское общество Беларуси, в том числе в "
                "изгнании.</p>"
            ),
        },
        "en": {
            "title": "Freedom of association is not a crime",
            "lead": (
                "We, Belarusian human rights organisations, demand an end to the forced "
                "liquidation of civil society organisations and to the persecution of people "
                "for taking part in them."
            ),
            "body": (
                "<p>Since 2021, courts and registration authorities have liquidated hundreds of "
                "Belarusian non-governmental organisations, among them the Belarusian PEN "
                "Center and the Francišak Skaryna Belarusian Language Society. Organisations "
                "that helped people for decades are outlawed overnight.</p>"
                "<p>Taking part in an unregistered organisation and assisting “extremist "
                "formations” are again punished under the criminal code. People are tried for "
                "donations, for subscribing to news channels and for having worked for "
                "liquidated organisations.</p>"
                "<p>We call for:</p>"
                "<ul><li>an end to the forced liquidation of civil society organisations;</li>"
                "<li>the repeal of criminal liability for taking part in unregistered "
                "organisations;</li>"
                "<li>the release of everyone convicted for peaceful civic activity.</li></ul>"
                "<p>We ask international organisations and governments to assess these cases "
                "publicly and to support Belarusian civil society, including in exile.</p>"
            ),
        },
    },
    # (organisation, appearance, language read, representative, role), in the order of signing.
    "signatures": [
        ("Belarusian Helsinki Committee", "named", "be", "Ганна Лявонава", "старшыня"),
        ("Human Rights Center “Viasna”", "named", "be", "Мікола Сцяпанаў", "каардынатар"),
        ("Belarusian Association of Journalists", "named", "ru", "Ирина Ковалёва", "юрист"),
        ("Legal Assistance to the Population", "not_named", "ru", "Сергей Н.", ""),
        ("Belarusian Documentation Center", "named", "en", "Alena Kavaleuskaya", "director"),
        ("Human Rights Movement “Our Belarus”", "named", "be", "Пятро Гайдук", ""),
        ("Legal Initiative", "named", "ru", "Ольга Мороз", "директор"),
        ("Initiative Group “Identity and Law”", "confidential", "en", "A. B.", ""),
        ("League of Development of Democracy “Civil Verdict”", "named", "be", "Іна Чарняк", ""),
        ("Mogilev Human Rights Center", "named", "be", "Барыс Ляшчэня", "кіраўнік"),
        ("Social and Information Institution “TimeAct”", "not_named", "en", "T. K.", ""),
        ("Barys Zvozskau Belarusian Human Rights House", "named", "en", "Maria Ivanova", "board"),
        ("Legal Transformation Centre (Lawtrend)", "named", "ru", "Дмитрий Орлов", "эксперт"),
        ("Gomel Strategic Litigation Center", "named", "be", "Янка Сакалоў", "юрыст"),
        ("Understanding", "not_named", "ru", "Н. П.", ""),
        (
            "Advisory Centre on Contemporary International Practices and Their "
            "Implementation in Law “Human Constanta”",
            "named",
            "en",
            "Paula Novik",
            "coordinator",
        ),
    ],
    "joined_after_publication": [
        (
            "Initiative “Human Rights Defenders against Torture”",
            "named",
            "be",
            "Андрэй Палуда",
            "",
        ),
    ],
}

# Open for signing, a week to go: three signed, two waiting, one revoked, one by e-mail.
OPEN = {
    "key": "release-defenders-before-the-session",
    "coordinator": "Belarusian Helsinki Committee",
    "deadline_days": 7,
    "texts": {
        "be": {
            "title": "Вызваліць праваабаронцаў да наступнай сесіі Савета ААН па правах чалавека",
            "lead": (
                "Перад сесіяй Савета ААН па правах чалавека мы нагадваем пра калег, якія "
                "застаюцца за кратамі за сваю працу."
            ),
            "body": (
                "<p>Дзясяткі праваабаронцаў у Беларусі адбываюць пакаранні за маніторынг "
                "судоў, дапамогу палітвязням і іх сем'ям і за дакументаванне катаванняў. "
                "Многія з іх трымаюцца ў рэжыме інкамунікада, без сувязі з роднымі і "
                "адвакатамі.</p>"
                "<p>Мы просім дзяржавы — члены Савета ААН па правах чалавека згадаць кожнага "
                "з іх па імені ў сваіх выступах і патрабаваць іх неадкладнага і безумоўнага "
                "вызвалення.</p>"
            ),
        },
        "ru": {
            "title": "Освободить правозащитников до следующей сессии Совета ООН по правам человека",
            "lead": (
                "Перед сессией Совета ООН по правам человека мы напоминаем о коллегах, "
                "которые остаются за решёткой за свою работу."
            ),
            "body": (
                "<p>Десятки правозащитников в Беларуси отбывают наказания за мониторинг "
                "судов, помощь политзаключённым и их семьям и за документирование пыток. "
                "Многие из них содержатся в режиме инкоммуникадо, без связи с родными и "
                "адвокатами.</p>"
                "<p>Мы просим государства — члены Совета ООН по правам человека назвать "
                "каждого из них по имени в своих выступлениях и требовать их немедленного и "
                "безусловного освобождения.</p>"
            ),
        },
        "en": {
            "title": "Free human rights defenders before the next UN Human Rights Council session",
            "lead": (
                "Ahead of the UN Human Rights Council session, we recall our colleagues who "
                "remain behind bars for their work."
            ),
            "body": (
                "<p>Dozens of human rights defenders in Belarus are serving sentences for "
                "monitoring trials, helping political prisoners and their families, and "
                "documenting torture. Many are held incommunicado, cut off from their "
                "families and lawyers.</p>"
                "<p>We ask the member states of the UN Human Rights Council to name each of "
                "them in their statements and to call for their immediate and unconditional "
                "release.</p>"
            ),
        },
    },
    "signatures": [
        ("Human Rights Center “Viasna”", "named", "be", "Марына Кляцова", "юрыст"),
        ("Legal Transformation Centre (Lawtrend)", "named", "en", "Oleg Shved", ""),
        (
            "Advisory Centre on Contemporary International Practices and Their "
            "Implementation in Law “Human Constanta”",
            "not_named",
            "ru",
            "Е. Т.",
            "",
        ),
    ],
    "waiting": [
        "Mogilev Human Rights Center",
        "Center for Problems of Child Development “Levaniya”",
    ],
    "revoked": ["Gomel Strategic Litigation Center"],
    "by_email": ["coalition-partner@example.org"],
}

# A solidarity alert (the fast track): every acceding organisation is invited at once.
SOLIDARITY = {
    "persecuted": "ініцыятыва «Назіральнікі Прыкладнага раёна» (выдуманы дэма-выпадак)",
    "what_happened": (
        "Супрацоўнікі міліцыі правялі ператрус у кватэрах трох валанцёраў ініцыятывы, "
        "забралі тэхніку і дакументы маніторынгу судоў. Двух валанцёраў затрымалі."
    ),
    "happened_days_ago": 2,
    "deadline_hours": 36,
    "signatures": [
        ("Belarusian Helsinki Committee", "named", "be", "Ганна Лявонава", "старшыня"),
        ("Belarusian PEN Center", "named", "en", "Tania Arcimovich", ""),
        ("Barys Zvozskau Belarusian Human Rights House", "named", "ru", "Мария Иванова", ""),
        (
            "Outreach and Charity Institution Committee “Salidarnasc”",
            "not_named",
            "be",
            "С. Л.",
            "",
        ),
    ],
}
