"""Demo records: real announcements, described in the tracker's own words.

Each source's address, outlet, headline and date are those of a real article that reports
the announcement, so a reader can check it; its text is a short note in the tracker's own
words about what the article reports, not the outlet's text, and each quote is an exact
substring of that note. Where the headline was not known for certain the note keeps its own
title. `loaddemo` turns this into published records.
"""

ANNOUNCEMENTS = [
    {
        "title": "Iran's Supreme Leader pardons 10,000 prisoners for the New Year",
        "kind": "pardon",
        "country": "IR",
        "announced_on": "2020-03-18",
        "occasion": "Iranian New Year (Nowruz)",
        "summary": "Ayatollah Ali Khamenei ordered a pardon of 10,000 prisoners, political detainees among them, "
        "for Nowruz. The judiciary's spokesman announced it during the coronavirus outbreak, a day after "
        "saying some 85,000 prisoners had been let out on temporary leave.",
        "officials": [
            (
                "Ali Khamenei",
                "Supreme Leader",
                "IR",
                ["Ayatollah Ali Khamenei", "Ayatollah Khamenei", "علی خامنه\u200cای", "آیت\u200cالله خامنه\u200cای"],
            ),
            (
                "Gholamhossein Esmaili",
                "judiciary spokesman",
                "IR",
                ["Esmaili", "Gholam-Hossein Esmaili", "Gholamhossein Esmaeili", "غلامحسین اسماعیلی"],
            ),
            ("Javaid Rehman", "UN Special Rapporteur on human rights in Iran", "", []),
        ],
        "categories": ["political", "security"],
        "sources": [
            {
                "url": "https://www.straitstimes.com/world/middle-east/iran-to-pardon-10000-political-and-other-prisoners",
                "outlet": "The Straits Times (Reuters)",
                "title": "Iran to pardon 10,000 political and other prisoners",
                "published_at": "2020-03-20",
                "text": "Iranian state television reported on 18 March 2020 that the Supreme Leader, Ayatollah "
                "Ali Khamenei, will forgive 10,000 prisoners, including political detainees, for the "
                "Iranian New Year. The judiciary's spokesman Gholamhossein Esmaili said that about half of "
                "the security-related prisoners would be covered as well.\n\nA day earlier Esmaili had said "
                "the authorities temporarily released some 85,000 people from jail because of the "
                "coronavirus epidemic, political prisoners among them.\n\nIn January the UN Special "
                "Rapporteur on human rights in Iran, Javaid Rehman, told the Human Rights Council that Iran "
                "had 189,500 people in prison.",
            },
            # The same decision as an Iranian outlet reported it, in Persian: a Persian reader
            # finds it by searching in Persian, and sees the quote in its own language.
            {
                "url": (
                    "https://rokna.net/%D8%A8%D8%AE%D8%B4-%D9%82%D9%88%D9%87-%D9%82%D8%B6%D8%A7%DB%8C%DB%8C%D"
                    "9%87-28/552097-%D8%A8%DB%8C-%D8%B3%D8%A7%D8%A8%D9%82%D9%87-%D8%AA%D8%B1%DB%8C%D9%86-%D8%"
                    "B9%D9%81%D9%88-%D9%86%D9%88%D8%B1%D9%88%D8%B2%DB%8C-%D8%A8%D8%B1%D8%A7%DB%8C-%D8%A2%D8%B"
                    "2%D8%A7%D8%AF%DB%8C-%D8%B2%D9%86%D8%AF%D8%A7%D9%86%DB%8C%D8%A7%D9%86-%D9%85%D8%AD%DA%A9%"
                    "D9%88%D9%85%D8%A7%D9%86-%D8%A7%D9%85%D9%86%DB%8C%D8%AA%DB%8C-%D9%87%D9%85-%D8%A2%D8%B2%D"
                    "8%A7%D8%AF-%D9%85%DB%8C-%D8%B4%D9%88%D9%86%D8%AF"
                ),
                "outlet": "Rokna",
                "title": "بی سابقه ترین عفو نوروزی برای آزادی زندانیان / محکومان امنیتی هم آزاد می شوند",
                "published_at": "2020-03-19",
                "language": "fa",
                "text": "رهبر جمهوری اسلامی، آیت\u200cالله علی خامنه\u200cای، به مناسبت نوروز با درخواست رئیس قوه قضاییه "
                "برای عفو یا تخفیف مجازات محکومان موافقت کرد. به گفته غلامحسین اسماعیلی، سخنگوی قوه قضاییه، "
                "این تصمیم عفو ۱۰ هزار زندانی، از جمله زندانیان سیاسی، را در بر می\u200cگیرد و برای نخستین بار "
                "محکومان امنیتی با حکم کمتر از پنج سال نیز مشمول آن می\u200cشوند. شماری از زندانیانی که به دلیل "
                "شیوع کرونا به مرخصی رفته بودند به زندان بازنمی\u200cگردند.",
            },
        ],
        "figures": [
            {
                "value": 10000,
                "metric": "pardoned",
                "quote": "will forgive 10,000 prisoners, including political detainees",
                "evidence": "official",
            },
            # The same 10,000 in the Persian note; the English figure stays the headline.
            {
                "value": 10000,
                "metric": "pardoned",
                "quote": "عفو ۱۰ هزار زندانی",
                "source": 1,
                "headline": False,
                "translation": "a pardon of 10,000 prisoners",
                "evidence": "official",
            },
            {
                "value": 189500,
                "metric": "prison_population",
                "quote": "189,500 people in prison",
                "evidence": "reported",
                "as_of": "2020-01-31",
                "context": True,
            },
        ],
        "prisoners": [
            ("Nazanin Zaghari-Ratcliffe", ["GB", "IR"], ["نازنین زاغری"]),
            ("Nizar Zakka", ["LB"]),
            ("Xiyue Wang", ["US"]),
        ],
    },
    {
        "title": "Iran lets some 85,000 prisoners out on temporary leave during the coronavirus outbreak",
        "kind": "temporary_release",
        "country": "IR",
        "announced_on": "2020-03-17",
        "occasion": "",
        "summary": "The judiciary's spokesman said some 85,000 prisoners, political prisoners among them, had "
        "been furloughed to slow the spread of the coronavirus in crowded prisons.",
        "officials": [("Gholamhossein Esmaili", "judiciary spokesman", "IR", [])],
        "categories": ["political"],
        "sources": [
            {"url": "https://www.straitstimes.com/world/middle-east/iran-to-pardon-10000-political-and-other-prisoners"}
        ],
        "figures": [
            {
                "value": 85000,
                "metric": "temporarily_released",
                "qualifier": "approximately",
                "quote": "temporarily released some 85,000 people from jail",
                "evidence": "official",
            },
        ],
        "prisoners": [("Nazanin Zaghari-Ratcliffe", ["GB", "IR"])],
    },
    {
        "title": "Iran's judiciary says 22,000 people arrested in the protests were pardoned",
        "kind": "amnesty",
        "country": "IR",
        "announced_on": "2023-03-13",
        "occasion": "",
        "summary": "The head of the judiciary said 22,000 people detained over the protests that followed the "
        "death of Mahsa Amini had been pardoned under the amnesty the Supreme Leader ordered in February.",
        "officials": [("Gholamhossein Mohseni-Ejei", "head of the judiciary", "IR", ["Mohseni Ejei", "Ejei"])],
        "categories": ["protesters"],
        "sources": [
            {
                "url": "https://themedialine.org/mideast-daily-news/irans-chief-justice-says-22000-anti-government-protesters-have-received-pardons/",
                "outlet": "The Media Line",
                "title": "Iran's Chief Justice Says 22,000 Anti-government Protesters Received Pardons",
                "published_at": "2023-03-13",
                "text": "On 13 March 2023 the head of Iran's judiciary, Gholamhossein Mohseni-Ejei, said that "
                "22,000 people arrested during the protests had been pardoned. The amnesty had been ordered "
                "in February for the anniversary of the 1979 revolution.",
            }
        ],
        "figures": [
            {
                "value": 22000,
                "metric": "pardoned",
                "category": "protesters",
                "quote": "22,000 people arrested during the protests had been pardoned",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Five Americans freed by Iran in an exchange; Washington grants clemency to five Iranians",
        "kind": "prisoner_exchange",
        "country": "IR",
        "announced_on": "2023-09-18",
        "occasion": "",
        "summary": "Iran released five US citizens, several of them also Iranian nationals, who were flown to "
        "Doha; the United States granted clemency to five Iranians and allowed $6 billion of Iranian funds "
        "to move to Qatari banks.",
        "officials": [
            ("Joe Biden", "President of the United States", "US", ["President Biden"]),
            ("Nasser Kanaani", "Foreign Ministry spokesman", "IR", ["Kanaani"]),
        ],
        "categories": ["dual_nationals", "foreign_nationals"],
        "sources": [
            {
                "url": "https://www.nation.com.pk/19-Sep-2023/us-iran-release-prisoners-in-dollar-6-billion-swap-deal",
                "outlet": "The Nation (AFP)",
                "title": "US, Iran release prisoners in $6 billion swap deal",
                "published_at": "2023-09-19",
                "text": "On 18 September 2023 five US citizens held in Iran were flown to Doha, among them "
                "Siamak Namazi, Emad Sharghi and Morad Tahbaz. In return President Joe Biden granted clemency "
                "to five Iranians held or charged in the United States. Iran's Foreign Ministry spokesman "
                "Nasser Kanaani confirmed the exchange.",
            }
        ],
        "figures": [
            {
                "value": 5,
                "metric": "released",
                "category": "dual_nationals",
                "quote": "five US citizens held in Iran were flown to Doha",
                "evidence": "official",
            },
            {
                "country": "US",
                "value": 5,
                "metric": "pardoned",
                "category": "foreign_nationals",
                "quote": "granted clemency to five Iranians",
                "evidence": "official",
            },
        ],
        "prisoners": [
            ("Siamak Namazi", ["US", "IR"]),
            ("Emad Sharghi", ["US", "IR"]),
            ("Morad Tahbaz", ["US", "GB", "IR"]),
        ],
    },
    {
        "title": "Myanmar's military pardons 23,184 prisoners for the Thingyan new year",
        "kind": "pardon",
        "country": "MM",
        "announced_on": "2021-04-17",
        "occasion": "Myanmar New Year (Thingyan)",
        "summary": "Two and a half months after the coup, the junta announced a mass amnesty for the new year. "
        "Few of those detained since the coup were thought to be among them.",
        "officials": [("Min Aung Hlaing", "commander-in-chief", "MM", ["Senior General Min Aung Hlaing"])],
        "categories": [],
        "sources": [
            {
                "url": "https://www.khaleejtimes.com/world/rest-of-asia/myanmar-pardons-prisoners-unclear-if-activists-among-them",
                "outlet": "Khaleej Times (AP)",
                "title": "Myanmar pardons prisoners, unclear if activists among them",
                "published_at": "2021-04-17",
                "text": "For the Thingyan new year on 17 April 2021, Myanmar's military authorities pardoned "
                "23,184 prisoners across the country. Rights groups said few of those arrested after the "
                "February coup appeared to be among them.",
            }
        ],
        "figures": [
            {
                "value": 23184,
                "metric": "pardoned",
                "quote": "pardoned 23,184 prisoners across the country",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Myanmar junta frees 2,153 political prisoners on a Buddhist holiday",
        "kind": "pardon",
        "country": "MM",
        "announced_on": "2023-05-03",
        "occasion": "Full Moon Day of Kasone",
        "summary": "The military government pardoned 2,153 people convicted under a law used against "
        "opponents of the coup, saying it did so on humanitarian grounds for a Buddhist holy day.",
        "officials": [("Min Aung Hlaing", "commander-in-chief", "MM", [])],
        "categories": ["political"],
        "sources": [
            {
                "url": "https://www.mid-day.com/news/world-news/article/more-than-21k-prisoners-freed-in-myanmar-as-goodwill-move-23284491",
                "outlet": "Mid-day (AP)",
                "title": "Myanmar: political prisoners pardoned for the Kasone full moon",
                "published_at": "2023-05-03",
                "text": "On 3 May 2023 the military council announced that it had pardoned 2,153 political "
                "prisoners held for incitement, marking the full moon of Kasone.",
            }
        ],
        "figures": [
            {
                "value": 2153,
                "metric": "pardoned",
                "category": "political",
                "quote": "pardoned 2,153 political prisoners",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Morocco's king pardons 2,476 people for Throne Day, three jailed journalists among them",
        "kind": "pardon",
        "country": "MA",
        "announced_on": "2024-07-29",
        "occasion": "Throne Day",
        "summary": "King Mohammed VI's Throne Day pardon included the journalists Omar Radi, Soulaimane "
        "Raissouni and Taoufik Bouachrine.",
        "officials": [("Mohammed VI", "King of Morocco", "MA", ["King Mohammed VI"])],
        "categories": ["journalists"],
        "sources": [
            {
                "url": "https://metiers.ma/here-are-the-journalists-pardoned-by-king-mohammed-vi",
                "outlet": "Metiers.ma",
                "title": "Here are the journalists pardoned by King Mohammed VI",
                "published_at": "2024-07-29",
                "text": "The Royal Court said on 29 July 2024 that King Mohammed VI had pardoned 2,476 people "
                "for Throne Day. The three journalists Omar Radi, Soulaimane Raissouni and Taoufik Bouachrine "
                "were among those freed.",
            }
        ],
        "figures": [
            {"value": 2476, "metric": "pardoned", "quote": "pardoned 2,476 people", "evidence": "official"},
            {
                "role": "part",
                "part_of": 2476,
                "value": 3,
                "metric": "released",
                "category": "journalists",
                "quote": "The three journalists Omar Radi, Soulaimane Raissouni and Taoufik Bouachrine were among "
                "those freed",
                "evidence": "reported",
            },
        ],
        "prisoners": [("Omar Radi", ["MA"]), ("Soulaimane Raissouni", ["MA"]), ("Taoufik Bouachrine", ["MA"])],
    },
    {
        "title": "UAE president pardons 870 prisoners before the 50th National Day",
        "kind": "pardon",
        "country": "AE",
        "announced_on": "2021-11-28",
        "occasion": "UAE National Day",
        "summary": "Sheikh Khalifa bin Zayed ordered the release of 870 prisoners and undertook to settle their "
        "financial obligations.",
        "officials": [("Khalifa bin Zayed Al Nahyan", "President of the UAE", "AE", ["Sheikh Khalifa"])],
        "categories": [],
        "sources": [
            {
                "url": "https://english.alarabiya.net/News/gulf/2021/11/28/UAE-President-orders-release-of-870-prisoners-ahead-of-National-Day",
                "outlet": "Al Arabiya English",
                "title": "UAE President orders release of 870 prisoners ahead of National Day",
                "published_at": "2021-11-28",
                "text": "Ahead of the 50th National Day, the President of the UAE, Sheikh Khalifa bin Zayed, "
                "pardoned 870 prisoners on 28 November 2021 and pledged to pay off their debts.",
            }
        ],
        "figures": [{"value": 870, "metric": "pardoned", "quote": "pardoned 870 prisoners", "evidence": "official"}],
    },
    {
        "title": "Bahrain's king pardons 1,584 prisoners for Eid al-Fitr",
        "kind": "pardon",
        "country": "BH",
        "announced_on": "2024-04-08",
        "occasion": "Eid al-Fitr",
        "summary": "The largest royal pardon in Bahrain in years; rights groups said political prisoners were "
        "among those released.",
        "officials": [("Hamad bin Isa Al Khalifa", "King of Bahrain", "BH", ["King Hamad"])],
        "categories": ["political"],
        "sources": [
            {
                "url": "https://www.thenationalnews.com/news/gulf/2024/04/08/bahrains-king-pardons-1584-inmates-before-eid-al-fitr",
                "outlet": "The National",
                "title": "Bahrain's King pardons more than 1,500 prisoners for Eid Al Fitr",
                "published_at": "2024-04-08",
                "text": "King Hamad bin Isa Al Khalifa pardoned 1,584 prisoners on 8 April 2024 for Eid "
                "al-Fitr, according to the state news agency.",
            }
        ],
        "figures": [{"value": 1584, "metric": "pardoned", "quote": "pardoned 1,584 prisoners", "evidence": "official"}],
    },
    {
        "title": "Nicaragua frees 222 political prisoners and flies them to the United States",
        "kind": "release",
        "country": "NI",
        "announced_on": "2023-02-09",
        "occasion": "",
        "summary": "The government expelled 222 opponents it had jailed, and a court stripped them of their "
        "citizenship.",
        "officials": [("Daniel Ortega", "President of Nicaragua", "NI", ["President Ortega"])],
        "categories": ["political"],
        "sources": [
            {
                "url": "https://www.mainepublic.org/npr-news/npr-news/2023-02-09/nicaragua-frees-222-political-prisoners-to-the-u-s",
                "outlet": "NPR (via Maine Public)",
                "title": "Nicaragua frees 222 political prisoners to the U.S.",
                "published_at": "2023-02-09",
                "text": "On 9 February 2023 Nicaragua released 222 political prisoners and put them on a "
                "flight to Washington. A court then declared them traitors and removed their nationality.",
            }
        ],
        "figures": [
            {
                "value": 222,
                "metric": "released",
                "category": "political",
                "quote": "released 222 political prisoners",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Cuba agrees to free 553 prisoners after talks mediated by the Vatican",
        "kind": "release",
        "country": "CU",
        "announced_on": "2025-01-14",
        "occasion": "",
        "summary": "Havana said it would gradually release 553 people, many of them jailed after the July 2021 "
        "protests, after Washington said it would take Cuba off its list of state sponsors of terrorism.",
        "officials": [("Miguel Díaz-Canel", "President of Cuba", "CU", ["Miguel Diaz-Canel", "Díaz-Canel"])],
        "categories": ["protesters", "political"],
        "sources": [
            {
                "url": "https://www.ncregister.com/cna/cuban-government-announces-release-of-553-prisoners-through-mediation-of-pope-francis",
                "outlet": "National Catholic Register (CNA)",
                "title": "Cuban government announces release of 553 prisoners through mediation of Pope Francis",
                "published_at": "2025-01-15",
                "text": "Cuba's foreign ministry said on 14 January 2025 that it would release 553 people "
                "convicted of various crimes, in talks with the Vatican. Many had been arrested in the "
                "protests of July 2021.",
            }
        ],
        "figures": [{"value": 553, "metric": "released", "quote": "release 553 people", "evidence": "official"}],
    },
    {
        "title": "Belarus frees 14 prisoners, opposition figure Siarhei Tsikhanouski among them",
        "kind": "release",
        "country": "BY",
        "announced_on": "2025-06-21",
        "occasion": "",
        "summary": "Released after a visit to Minsk by a US envoy; rights defenders counted more than 1,100 "
        "political prisoners still held.",
        "officials": [("Alexander Lukashenko", "President of Belarus", "BY", ["Aliaksandr Lukashenka", "Lukashenko"])],
        "categories": ["political"],
        "sources": [
            {
                "url": "https://dunyanews.tv/en/World/890559-belarus-opposition-leader-freed-from-jail-in-usbrokered-deal",
                "outlet": "Dunya News (Reuters)",
                "title": "Belarus opposition leader freed from jail in US-brokered deal",
                "published_at": "2025-06-21",
                "text": "Belarus freed 14 prisoners on 21 June 2025, including Siarhei Tsikhanouski, after "
                "President Alexander Lukashenko met a US envoy in Minsk. The Viasna human rights centre still "
                "counted more than 1,100 political prisoners in the country.",
            }
        ],
        "figures": [
            {"value": 14, "metric": "released", "quote": "freed 14 prisoners", "evidence": "official"},
            {
                "value": 1100,
                "metric": "detained",
                "category": "political",
                "qualifier": "at_least",
                "quote": "more than 1,100 political prisoners",
                "evidence": "reported",
            },
        ],
        "prisoners": [("Siarhei Tsikhanouski", ["BY"])],
    },
    {
        "title": "Russia and Belarus free 16 people in a multi-country exchange in Ankara",
        "kind": "prisoner_exchange",
        "country": "RU",
        "announced_on": "2024-08-01",
        "occasion": "",
        "summary": "The largest exchange between Russia and the West since the Cold War: journalists and "
        "dissidents went west, eight people went to Russia.",
        "officials": [("Vladimir Putin", "President of Russia", "RU", ["Putin"])],
        "categories": ["journalists", "political", "foreign_nationals"],
        "sources": [
            {
                "url": "https://www.thenationalnews.com/news/us/2024/08/01/us-journalist-evan-gershkovich-among-group-released-from-russian-custody-in-swap-deal/",
                "outlet": "The National",
                "title": "Ankara exchange: who was freed",
                "published_at": "2024-08-01",
                "text": "On 1 August 2024 Russia and Belarus freed 16 people in an exchange at Ankara airport, "
                "among them the journalists Evan Gershkovich and Alsu Kurmasheva, Paul Whelan and the "
                "opposition politician Vladimir Kara-Murza. Eight people held in the West were returned to "
                "Russia.",
            }
        ],
        "figures": [
            {"value": 16, "metric": "released", "quote": "Russia and Belarus freed 16 people", "evidence": "official"},
            {
                "role": "part",
                "part_of": 16,
                "value": 2,
                "metric": "released",
                "category": "journalists",
                "quote": "the journalists Evan Gershkovich and Alsu Kurmasheva",
                "evidence": "reported",
            },
        ],
        "prisoners": [
            ("Evan Gershkovich", ["US"]),
            ("Alsu Kurmasheva", ["US", "RU"]),
            ("Paul Whelan", ["US", "GB", "IE", "CA"]),
            ("Vladimir Kara-Murza", ["RU", "GB"]),
        ],
    },
    {
        "title": "Biden commutes the death sentences of 37 of 40 federal death row prisoners",
        "kind": "commutation",
        "country": "US",
        "announced_on": "2024-12-23",
        "occasion": "",
        "summary": "The sentences became life imprisonment without parole; three men remained on federal death row.",
        "officials": [("Joe Biden", "President of the United States", "US", [])],
        "categories": [],
        "sources": [
            {
                "url": "https://keyt.com/news/2024/12/23/biden-gives-life-in-prison-to-37-of-40-federal-death-row-inmates-so-trump-cant-have-them-executed/",
                "outlet": "Associated Press (via KEYT)",
                "title": "Biden gives life in prison to 37 of 40 federal death row inmates so Trump can't have them executed",
                "published_at": "2024-12-23",
                "text": "President Joe Biden said on 23 December 2024 that he would commute the sentences of 37 "
                "of the 40 people on federal death row to life without parole.",
            }
        ],
        "figures": [
            {
                "value": 37,
                "metric": "sentence_reduced",
                "quote": "commute the sentences of 37 of the 40 people on federal death row",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Biden commutes roughly 1,500 sentences and pardons 39 people",
        "kind": "commutation",
        "country": "US",
        "announced_on": "2024-12-12",
        "occasion": "",
        "summary": "The commutations went to people who had served their sentences at home during the "
        "pandemic; the pardons to people convicted of non-violent offences.",
        "officials": [("Joe Biden", "President of the United States", "US", [])],
        "categories": [],
        "sources": [
            {
                "url": "https://mynorthwest.com/national/biden-commutes-roughly-1500-sentences-and-pardons-39-people-in-biggest-single-day-act-of-clemency/4018826",
                "outlet": "Associated Press (via MyNorthwest)",
                "title": "Biden commutes roughly 1,500 sentences and pardons 39 people in biggest single-day act of clemency",
                "published_at": "2024-12-12",
                "text": "On 12 December 2024 the White House said the President had commuted roughly 1,500 "
                "sentences of people placed in home confinement during the pandemic, and pardoned 39 people "
                "convicted of non-violent crimes.",
            }
        ],
        "figures": [
            {
                "value": 1500,
                "metric": "sentence_reduced",
                "qualifier": "approximately",
                "quote": "commuted roughly 1,500 sentences",
                "evidence": "official",
            },
            {"value": 39, "metric": "pardoned", "quote": "pardoned 39 people", "evidence": "official"},
        ],
    },
    {
        "title": "Indonesia plans an amnesty for about 44,000 prisoners",
        "kind": "amnesty",
        "country": "ID",
        "announced_on": "2024-12-13",
        "occasion": "",
        "summary": "The law minister said President Prabowo Subianto meant to grant amnesty to drug users, "
        "people convicted of insulting the head of state, and prisoners in Papua, to ease overcrowding.",
        "officials": [
            ("Prabowo Subianto", "President of Indonesia", "ID", ["Prabowo"]),
            ("Supratman Andi Agtas", "Minister of Law", "ID", []),
        ],
        "categories": ["political", "sick"],
        "sources": [
            {
                "url": "https://www.thejakartapost.com/indonesia/2024/12/14/indonesia-to-pardon-tens-of-thousands-including-papua-activists.html",
                "outlet": "The Jakarta Post",
                "title": "Indonesia to pardon tens of thousands, including Papua activists",
                "published_at": "2024-12-14",
                "text": "Law Minister Supratman Andi Agtas said on 13 December 2024 that the government plans "
                "to grant amnesty to about 44,000 prisoners, including people with serious illnesses and "
                "Papuan activists.",
            }
        ],
        "figures": [
            {
                "value": 44000,
                "metric": "pardoned",
                "qualifier": "approximately",
                "quote": "grant amnesty to about 44,000 prisoners",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Turkey's parliament passes a law releasing about 90,000 prisoners during the pandemic",
        "kind": "release",
        "country": "TR",
        "announced_on": "2020-04-14",
        "occasion": "",
        "summary": "The law excluded people held on terrorism charges, so jailed journalists and opposition "
        "politicians stayed in prison; about 45,000 were let out only temporarily.",
        "officials": [],
        "categories": [],
        "sources": [
            {
                "url": "https://www.thestatesman.com/world/turkey-release-thousands-prisoners-amid-coronavirus-pandemic-1502877112.html",
                "outlet": "The Statesman",
                "title": "Turkey: early-release law",
                "published_at": "2020-04-14",
                "text": "Turkey's parliament adopted a law on 14 April 2020 that frees about 90,000 prisoners, "
                "about 45,000 of them on temporary leave because of the coronavirus. Those convicted under "
                "anti-terror laws were left out.",
            }
        ],
        "figures": [
            {
                "value": 90000,
                "metric": "released",
                "qualifier": "approximately",
                "quote": "frees about 90,000 prisoners",
                "evidence": "official",
            },
            {
                "role": "part",
                "part_of": 90000,
                "value": 45000,
                "metric": "temporarily_released",
                "qualifier": "approximately",
                "quote": "about 45,000 of them on temporary leave",
                "evidence": "official",
            },
        ],
    },
    {
        "title": "Egypt's president pardons activist Alaa Abd El-Fattah",
        "kind": "pardon",
        "country": "EG",
        "announced_on": "2025-09-22",
        "occasion": "",
        "summary": "Abd El-Fattah, a British-Egyptian writer and a leading figure of the 2011 uprising, had "
        "been held for most of the past decade.",
        "officials": [("Abdel Fattah el-Sisi", "President of Egypt", "EG", ["Sisi", "el-Sisi"])],
        "categories": ["dual_nationals", "political"],
        "sources": [
            {
                "url": "https://www.lbcgroup.tv/news/middleeastnews/879791/egypts-sisi-pardons-activist-alaa-abdel-fattah-state-linked-media/en",
                "outlet": "LBCI (AFP)",
                "title": "Egypt's Sisi pardons activist Alaa Abdel Fattah: State-linked media",
                "published_at": "2025-09-22",
                "text": "President Abdel Fattah el-Sisi pardoned the British-Egyptian activist Alaa Abd "
                "El-Fattah on 22 September 2025, along with five other prisoners.",
            }
        ],
        "figures": [
            {
                "value": 1,
                "metric": "pardoned",
                "category": "dual_nationals",
                "quote": "pardoned the British-Egyptian activist Alaa Abd El-Fattah",
                "evidence": "official",
            },
        ],
        "prisoners": [("Alaa Abd El-Fattah", ["EG", "GB"])],
    },
    {
        "title": "Iran's Supreme Leader agrees to pardon or reduce the sentences of tens of thousands of prisoners",
        "kind": "amnesty",
        "country": "IR",
        "announced_on": "2023-02-05",
        "occasion": "Anniversary of the 1979 revolution",
        "summary": "At the request of the head of the judiciary, Ayatollah Ali Khamenei agreed to pardon or "
        "shorten the sentences of tens of thousands of prisoners, people arrested in the protests among them; "
        "no total was given.",
        "officials": [
            ("Ali Khamenei", "Supreme Leader", "IR", []),
            ("Gholamhossein Mohseni-Ejei", "head of the judiciary", "IR", []),
        ],
        "categories": ["protesters", "political"],
        "sources": [
            {
                "url": "https://www.thenationalnews.com/mena/iran/2023/02/05/irans-supreme-leader-pardons-arrested-protesters-state-media-says/",
                "outlet": "The National",
                "title": "Iran's supreme leader pardons arrested protesters, state media says",
                "published_at": "2023-02-05",
                "text": "Iranian state media reported on 5 February 2023 that the Supreme Leader, Ayatollah Ali "
                "Khamenei, had agreed to pardon or reduce the sentences of tens of thousands of prisoners, "
                "among them people arrested in the protests, at the request of the head of the judiciary, "
                "Gholamhossein Mohseni-Ejei, ahead of the anniversary of the 1979 revolution. People accused "
                "of spying, of killing or wounding others, or of destroying state property were left out.",
            }
        ],
        "figures": [],
    },
    {
        "title": "Iran frees Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, who fly home to Britain",
        "kind": "release",
        "country": "IR",
        "announced_on": "2022-03-16",
        "occasion": "",
        "summary": "The two British-Iranian dual nationals left Iran the day the United Kingdom settled a debt of "
        "about £394 million it had owed Iran since the 1970s over an undelivered order of tanks.",
        "officials": [("Liz Truss", "UK Foreign Secretary", "GB", [])],
        "categories": ["dual_nationals"],
        "sources": [
            {
                "url": "https://www.businessinsider.in/politics/world/news/nazanin-zaghari-ratcliffe-british-woman-held-captive-by-iran-since-2016-is-released/articleshow/90268414.cms",
                "outlet": "Business Insider India",
                "title": "Nazanin Zaghari-Ratcliffe, British woman held captive by Iran since 2016, is released",
                "published_at": "2022-03-16",
                "text": "On 16 March 2022 Iran released two British-Iranian dual nationals, Nazanin "
                "Zaghari-Ratcliffe and Anoosheh Ashoori, who flew home to the United Kingdom that night. The "
                "Foreign Secretary, Liz Truss, said the same day that Britain had paid the debt of about £394 "
                "million it had owed Iran since the 1970s for Chieftain tanks that were never delivered.",
            },
            {
                "url": "https://www.bbc.co.uk/newsround/60757629",
                "outlet": "BBC Newsround",
                "title": "Nazanin Zaghari-Ratcliffe: six years in Iran",
                "published_at": "2022-03-16",
                "text": "Nazanin Zaghari-Ratcliffe, a British-Iranian project manager for a charity, was "
                "detained at Tehran's airport on 3 April 2016 as she was about to fly home with her young "
                "daughter. In September 2016 a Revolutionary Court sentenced her to five years in prison. "
                "She was let out on furlough in March 2020, when Iran sent prisoners home during the "
                "coronavirus outbreak, and spent two more years barred from leaving the country before she "
                "flew home on 16 March 2022.",
            },
        ],
        "figures": [
            {
                "value": 2,
                "metric": "released",
                "category": "dual_nationals",
                "quote": "released two British-Iranian dual nationals",
                "evidence": "official",
            },
        ],
        "prisoners": [("Nazanin Zaghari-Ratcliffe", ["GB", "IR"]), ("Anoosheh Ashoori", ["GB", "IR"])],
    },
]

# Where a prisoner is now comes from dated events, each tied to the demo announcement (by
# title) or the demo note (by URL) that reports it: (name, kind, date, reported by, note).
NAZANIN_NOTE = "https://www.bbc.co.uk/newsround/60757629"
NAZANIN_RELEASE = "Iran frees Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, who fly home to Britain"
IRAN_FURLOUGH = "Iran lets some 85,000 prisoners out on temporary leave during the coronavirus outbreak"
US_IRAN_EXCHANGE = "Five Americans freed by Iran in an exchange; Washington grants clemency to five Iranians"
MOROCCO_PARDON = "Morocco's king pardons 2,476 people for Throne Day, three jailed journalists among them"
ANKARA_EXCHANGE = "Russia and Belarus free 16 people in a multi-country exchange in Ankara"

PRISONER_EVENTS = [
    ("Nazanin Zaghari-Ratcliffe", "arrested", "2016-04-03", {"source": NAZANIN_NOTE},
     "Detained at Tehran's airport on her way home with her daughter."),
    ("Nazanin Zaghari-Ratcliffe", "sentenced", "2016-09-01", {"source": NAZANIN_NOTE},
     "Five years in prison; the day in September 2016 is not recorded here."),
    ("Nazanin Zaghari-Ratcliffe", "temporarily_released", "2020-03-17", {"announcement": IRAN_FURLOUGH},
     "Furloughed during the coronavirus releases, then kept in Iran."),
    ("Nazanin Zaghari-Ratcliffe", "released", "2022-03-16", {"announcement": NAZANIN_RELEASE},
     "Flew home to the United Kingdom."),
    ("Anoosheh Ashoori", "released", "2022-03-16", {"announcement": NAZANIN_RELEASE}, ""),
    ("Siamak Namazi", "exchanged", "2023-09-18", {"announcement": US_IRAN_EXCHANGE}, "Flown to Doha."),
    ("Emad Sharghi", "exchanged", "2023-09-18", {"announcement": US_IRAN_EXCHANGE}, "Flown to Doha."),
    ("Morad Tahbaz", "exchanged", "2023-09-18", {"announcement": US_IRAN_EXCHANGE}, "Flown to Doha."),
    ("Omar Radi", "pardoned", "2024-07-29", {"announcement": MOROCCO_PARDON}, ""),
    ("Soulaimane Raissouni", "pardoned", "2024-07-29", {"announcement": MOROCCO_PARDON}, ""),
    ("Taoufik Bouachrine", "pardoned", "2024-07-29", {"announcement": MOROCCO_PARDON}, ""),
    ("Evan Gershkovich", "exchanged", "2024-08-01", {"announcement": ANKARA_EXCHANGE}, ""),
    ("Alsu Kurmasheva", "exchanged", "2024-08-01", {"announcement": ANKARA_EXCHANGE}, ""),
    ("Paul Whelan", "exchanged", "2024-08-01", {"announcement": ANKARA_EXCHANGE}, ""),
    ("Vladimir Kara-Murza", "exchanged", "2024-08-01", {"announcement": ANKARA_EXCHANGE}, ""),
    ("Siarhei Tsikhanouski", "released", "2025-06-21",
     {"announcement": "Belarus frees 14 prisoners, opposition figure Siarhei Tsikhanouski among them"}, ""),
    ("Alaa Abd El-Fattah", "pardoned", "2025-09-22",
     {"announcement": "Egypt's president pardons activist Alaa Abd El-Fattah"}, ""),
]  # fmt: skip

# Later announcements that carry out, revise or contradict earlier ones: (earlier title,
# later title, relation, note).
FOLLOW_UPS = [
    (
        "Iran's Supreme Leader agrees to pardon or reduce the sentences of tens of thousands of prisoners",
        "Iran's judiciary says 22,000 people arrested in the protests were pardoned",
        "carries_out",
        "The judiciary's count of protesters the February amnesty covered.",
    ),
]
