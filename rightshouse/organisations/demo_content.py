"""Demo organisations, with their names in Belarusian (default), Russian and English.

Pure data, read by `rightshouse.organisations.demo`: one party per entry, with its name in
each language.
"""

# The 27 organisations that acceded to the Principles, in the order of the accession list.
ORGANISATIONS = [
    {
        "be": "Беларускі Хельсінкскі Камітэт",
        "ru": "Белорусский Хельсинкский Комитет",
        "en": "Belarusian Helsinki Committee",
        "short": "BHC",
    },
    {
        "be": "Беларуская асацыяцыя журналістаў",
        "ru": "Белорусская ассоциация журналистов",
        "en": "Belarusian Association of Journalists",
        "short": "BAJ",
    },
    {
        "be": "Беларускі дакументацыйны цэнтр",
        "ru": "Белорусский документационный центр",
        "en": "Belarusian Documentation Center",
        "short": "",
    },
    {
        "be": "Праваабарончы рух «Наша Беларусь»",
        "ru": "Правозащитное движение «Наша Беларусь»",
        "en": "Human Rights Movement “Our Belarus”",
        "short": "",
    },
    {
        "be": "Ініцыятыўная група «Рух маці 328»",
        "ru": "Инициативная группа «Движение матерей 328»",
        "en": "Initiative Group “Movement of Mothers 328”",
        "short": "",
    },
    {
        "be": "Прававая дапамога насельніцтву",
        "ru": "Правовая помощь населению",
        "en": "Legal Assistance to the Population",
        "short": "",
    },
    {
        "be": "Ініцыятыўная група «Ідэнтычнасць і права»",
        "ru": "Инициативная группа «Идентичность и право»",
        "en": "Initiative Group “Identity and Law”",
        "short": "",
    },
    {
        "be": "Праваабарончы цэнтр «Вясна»",
        "ru": "Правозащитный центр «Весна»",
        "en": "Human Rights Center “Viasna”",
        "short": "Viasna",
    },
    {
        "be": "Прававая ініцыятыва",
        "ru": "Правовая инициатива",
        "en": "Legal Initiative",
        "short": "",
    },
    {
        "be": "Ліга развіцця дэмакратыі «Грамадзянскі вердыкт»",
        "ru": "Лига развития демократии «Гражданский вердикт»",
        "en": "League of Development of Democracy “Civil Verdict”",
        "short": "",
    },
    {
        "be": "Ініцыятыўная група «За справядлівы суд у Беларусі»",
        "ru": "Инициативная группа «За справедливый суд в Беларуси»",
        "en": "Initiative Group “For a Fair Trial in Belarus”",
        "short": "",
    },
    {
        "be": "Магілёўскі праваабарончы цэнтр",
        "ru": "Могилёвский правозащитный центр",
        "en": "Mogilev Human Rights Center",
        "short": "",
    },
    {
        "be": "Сацыяльна-інфармацыйная ўстанова «TimeAct»",
        "ru": "Социально-информационное учреждение «TimeAct»",
        "en": "Social and Information Institution “TimeAct”",
        "short": "TimeAct",
    },
    {
        "be": "Таварыства беларускай мовы імя Францыска Скарыны",
        "ru": "Товарищество белорусского языка имени Франциска Скорины",
        "en": "Francišak Skaryna Belarusian Language Society",
        "short": "",
    },
    {
        "be": "Установа «Міжнародны цэнтр дзяцінства»",
        "ru": "Учреждение «Международный центр детства»",
        "en": "Institution “International Childhood Center”",
        "short": "",
    },
    {
        "be": "Грамадзянская ініцыятыва супраць беззаконня ў судах і пракуратуры",
        "ru": "Гражданская инициатива против беззакония в судах и прокуратуре",
        "en": "Civil Initiative against Lawlessness in the Courts and the Prosecutor's Office",
        "short": "",
    },
    {
        "be": "Беларускі ПЭН-цэнтр",
        "ru": "Белорусский ПЕН-центр",
        "en": "Belarusian PEN Center",
        "short": "PEN Belarus",
    },
    {
        "be": "Цэнтр праблем развіцця дзіцяці «Леванія»",
        "ru": "Центр проблем развития ребёнка «Левания»",
        "en": "Center for Problems of Child Development “Levaniya”",
        "short": "",
    },
    {
        "be": "Беларускі дом правоў чалавека імя Барыса Звозскава",
        "ru": "Белорусский дом прав человека имени Бориса Звозскова",
        "en": "Barys Zvozskau Belarusian Human Rights House",
        "short": "BHRH",
    },
    {
        "be": "Экспертна-прававое партнёрства «Ініцыятыва FORB»",
        "ru": "Экспертно-правовое партнёрство «Инициатива FORB»",
        "en": "Expert Law Partnership “FORB Initiative”",
        "short": "FORB Initiative",
    },
    {
        "be": "Цэнтр прававой трансфармацыі (Lawtrend)",
        "ru": "Центр правовой трансформации (Lawtrend)",
        "en": "Legal Transformation Centre (Lawtrend)",
        "short": "Lawtrend",
    },
    {
        "be": "Гомельскі цэнтр стратэгічных судовых разбіральніцтваў",
        "ru": "Гомельский центр стратегических судебных разбирательств",
        "en": "Gomel Strategic Litigation Center",
        "short": "",
    },
    {
        "be": (
            "Кансультацыйны цэнтр па сучаснай міжнароднай практыцы і яе імплементацыі ў праве "
            "«Human Constanta»"
        ),
        "ru": (
            "Консультационный центр по современной международной практике и её имплементации в "
            "праве «Human Constanta»"
        ),
        "en": (
            "Advisory Centre on Contemporary International Practices and Their Implementation in "
            "Law “Human Constanta”"
        ),
        "short": "Human Constanta",
    },
    {
        "be": "Адукацыйна-асветніцкая ініцыятыва «Праўныя дарэктары»",
        "ru": "Образовательно-просветительская инициатива «Праўныя дарэктары»",
        "en": "Educational and Outreach Initiative “Praŭnyja Darektary”",
        "short": "",
    },
    {"be": "«Разуменне»", "ru": "«Понимание»", "en": "Understanding", "short": ""},
    {
        "be": "Ініцыятыва «Праваабаронцы супраць катаванняў»",
        "ru": "Инициатива «Правозащитники против пыток»",
        "en": "Initiative “Human Rights Defenders against Torture”",
        "short": "",
    },
    {
        "be": "Асветніцка-дабрачынная ўстанова «Камітэт „Салідарнасць“»",
        "ru": "Просветительско-благотворительное учреждение «Комитет „Солидарность“»",
        "en": "Outreach and Charity Institution Committee “Salidarnasc”",
        "short": "",
    },
]
