"""Heads of state and government (1977–2026) who grant clemency: a leader's name names the state.

"Kaïs Saïed a gracié 1 500 détenus" says Tunisia without naming it. Each line is a country
code, then the leader's names separated by ";", in Latin and in Arabic or Persian script;
a surname alone is listed only where no one else in the news bears it. Names are matched
with accents and case ignored, as whole words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .rules import WordScanner, word_scanner
from .text import ARABIC_MARK, fold

LEADERS = """
MA|Mohammed VI;Mohamed VI;محمد السادس
TN|Kais Saied;Kaïs Saïed;Kais Said;Beji Caid Essebsi;Béji Caïd Essebsi;قيس سعيد;الباجي قائد السبسي
DZ|Abdelmadjid Tebboune;Tebboune;Abdelaziz Bouteflika;Bouteflika;عبد المجيد تبون;تبون;عبد العزيز بوتفليقة
EG|Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;عبد الفتاح السيسي;السيسي
JO|Abdullah II;عبد الله الثاني
BH|Hamad bin Isa Al Khalifa;King Hamad;حمد بن عيسى آل خليفة
SY|Bashar al-Assad;Bachar el-Assad;بشار الأسد
SD|Abdel Fattah al-Burhan;Omar al-Bashir;Omar el-Béchir;عبد الفتاح البرهان;عمر البشير
SA|Salman bin Abdulaziz;Mohammed bin Salman;سلمان بن عبد العزيز;محمد بن سلمان
AE|Khalifa bin Zayed;Mohamed bin Zayed;خليفة بن زايد;محمد بن زايد
QA|Tamim bin Hamad;تميم بن حمد
KW|Sabah al-Ahmad;Nawaf al-Ahmad;Mishal al-Ahmad;صباح الأحمد;نواف الأحمد;مشعل الأحمد
OM|Haitham bin Tariq;Qaboos bin Said;هيثم بن طارق;قابوس بن سعيد
MR|Mohamed Ould Ghazouani;محمد ولد الغزواني
IR|Ali Khamenei;Hassan Rouhani;Ebrahim Raisi;Masoud Pezeshkian;علی خامنه‌ای;خامنه‌ای;حسن روحانی;ابراهیم رئیسی;مسعود پزشکیان;علي خامنئي;خامنئي
AF|Ashraf Ghani;Hibatullah Akhundzada;اشرف غنی;هبت‌الله آخوندزاده;أشرف غني
TJ|Emomali Rahmon;امامعلی رحمان;رحمان امامعلی
AZ|Ilham Aliyev;Aliyev;الهام علی‌اف;علی‌اف;إلهام علييف
UZ|Shavkat Mirziyoyev;Mirziyoyev
KZ|Kassym-Jomart Tokayev;Tokayev;Nursultan Nazarbayev
TM|Serdar Berdimuhamedow;Gurbanguly Berdimuhamedow
KG|Sadyr Japarov;Japarov
BY|Alexander Lukashenko;Alexandre Loukachenko;Aleksandr Lukashenko;Lukashenko;الکساندر لوکاشنکو;لوکاشنکو;ألكسندر لوكاشينكو;لوكاشينكو
UA|Volodymyr Zelensky;Volodymyr Zelenskyy;Volodymyr Zelenskiy;Volodymyr Zelenski;Petro Poroshenko;Володимир Зеленський
TR|Recep Tayyip Erdogan;Recep Tayyip Erdoğan;رجب طيب أردوغان;اردوغان
MM|Min Aung Hlaing;Win Myint;Htin Kyaw
TH|Maha Vajiralongkorn;Prayut Chan-o-cha;Bhumibol Adulyadej;Srettha Thavisin;Paetongtarn Shinawatra
KH|Hun Sen;Hun Manet
VN|Nguyen Phu Trong;Nguyen Xuan Phuc;Vo Van Thuong;To Lam
CN|Xi Jinping
KP|Kim Jong Un;Kim Jong-un
LK|Gotabaya Rajapaksa;Ranil Wickremesinghe;Maithripala Sirisena;Anura Kumara Dissanayake
ID|Joko Widodo;Prabowo Subianto
PH|Rodrigo Duterte;Ferdinand Marcos Jr
CU|Miguel Díaz-Canel;Raúl Castro
VE|Nicolás Maduro;Maduro
NI|Daniel Ortega;Rosario Murillo
CO|Iván Duque;Gustavo Petro;Juan Manuel Santos
BO|Luis Arce;Jeanine Áñez;Evo Morales
PE|Martín Vizcarra;Pedro Castillo;Dina Boluarte;Pedro Pablo Kuczynski
MX|Andrés Manuel López Obrador;López Obrador;Claudia Sheinbaum
SV|Nayib Bukele
SN|Macky Sall;Bassirou Diomaye Faye
TG|Faure Gnassingbé;Gnassingbé
TD|Mahamat Idriss Déby;Mahamat Déby;Idriss Déby
CD|Félix Tshisekedi;Tshisekedi;Joseph Kabila
CI|Alassane Ouattara
CM|Paul Biya
ML|Assimi Goïta
BF|Ibrahim Traoré
NE|Abdourahamane Tiani
GN|Mamadi Doumbouya;Alpha Condé
ER|Isaias Afwerki
ET|Abiy Ahmed
RW|Paul Kagame
UG|Yoweri Museveni
ZW|Emmerson Mnangagwa
GN|Mamady Doumbouya
BJ|Patrice Talon
NE|Mohamed Bazoum
BF|Roch Marc Christian Kaboré
ML|Ibrahim Boubacar Keïta
GA|Brice Oligui Nguema;Ali Bongo Ondimba
CG|Denis Sassou Nguesso
BI|Évariste Ndayishimiye
CF|Faustin-Archange Touadéra
GQ|Teodoro Obiang Nguema
KH|Norodom Sihamoni
IR|Alí Jamenei;Ebrahim Raissi;Masud Pezeshkian
CL|Gabriel Boric;Sebastián Piñera
EC|Daniel Noboa;Guillermo Lasso;Lenín Moreno
HN|Xiomara Castro;Juan Orlando Hernández
DO|Luis Abinader;Leonel Fernández;Danilo Medina
KM|Azali Assoumani
PY|Santiago Peña;Mario Abdo Benítez
ES|Pedro Sánchez;Felipe VI;Mariano Rajoy
AR|Javier Milei;Alberto Fernández;Mauricio Macri;Cristina Fernández de Kirchner
BR|Luiz Inácio Lula da Silva;Jair Bolsonaro;Dilma Rousseff
GT|Bernardo Arévalo;Alejandro Giammattei;Jimmy Morales
PA|José Raúl Mulino;Laurentino Cortizo;Juan Carlos Varela
CR|Rodrigo Chaves;Carlos Alvarado
UY|Luis Lacalle Pou;Yamandú Orsi;Tabaré Vázquez
HT|Jovenel Moïse;Ariel Henry
NG|Bola Tinubu;Bola Ahmed Tinubu;Muhammadu Buhari
GH|Nana Akufo-Addo;John Mahama;John Dramani Mahama
KE|William Ruto;Uhuru Kenyatta
TZ|Samia Suluhu Hassan;John Magufuli;John Pombe Magufuli
ZM|Hakainde Hichilema;Edgar Lungu
MW|Lazarus Chakwera;Peter Mutharika
SL|Julius Maada Bio;Ernest Bai Koroma
GM|Adama Barrow;Yahya Jammeh
LR|Joseph Boakai;George Weah
ZA|Cyril Ramaphosa;Jacob Zuma
MZ|Filipe Nyusi;Daniel Chapo
AO|João Lourenço
NA|Hage Geingob;Nangolo Mbumba
SO|Hassan Sheikh Mohamud;Mohamed Abdullahi Farmaajo
LY|Mohamed al-Menfi;Abdul Hamid Dbeibah;Khalifa Haftar;محمد المنفي;عبد الحميد الدبيبة
IQ|Mohammed Shia al-Sudani;Mustafa al-Kadhimi;Barham Salih;Abdul Latif Rashid;محمد شياع السوداني;مصطفى الكاظمي;برهم صالح;عبد اللطيف رشيد
LB|Michel Aoun;Joseph Aoun;ميشال عون;جوزاف عون
PS|Mahmoud Abbas;محمود عباس
YE|Abdrabbuh Mansur Hadi;Rashad al-Alimi;عبد ربه منصور هادي;رشاد العليمي
PK|Shehbaz Sharif;Imran Khan;Arif Alvi;Asif Ali Zardari;شهباز شریف;عمران خان
BD|Sheikh Hasina;Muhammad Yunus
IN|Narendra Modi;Droupadi Murmu;Ram Nath Kovind
NP|Ram Chandra Poudel;Bidya Devi Bhandari
MY|Anwar Ibrahim;Sultan Ibrahim;Abdullah of Pahang
SG|Tharman Shanmugaratnam;Halimah Yacob
SY|Ahmed al-Sharaa;Ahmad al-Sharaa;أحمد الشرع
SD|Omar el-Bechir
EG|عبد الفتاح السيسى
MA|Hassan II;Hassan 2;الحسن الثاني
TN|Zine El Abidine Ben Ali;Zine el-Abidine Ben Ali;Moncef Marzouki;زين العابدين بن علي;المنصف المرزوقي;منصف المرزوقي
DZ|Liamine Zeroual;اليمين زروال
EG|Hosni Mubarak;Mohamed Morsi;Mohammed Morsi;Adly Mansour;حسني مبارك;محمد مرسي;عدلي منصور
LY|Muammar Gaddafi;Muammar al-Gaddafi;Moammar Gadhafi;Mouammar Kadhafi;معمر القذافي
SY|Hafez al-Assad;حافظ الأسد
IQ|Saddam Hussein;صدام حسين;صدام حسین
YE|Ali Abdullah Saleh;علي عبد الله صالح
SA|Abdullah bin Abdulaziz;Fahd bin Abdulaziz;عبد الله بن عبد العزيز;فهد بن عبد العزيز
KW|Jaber al-Ahmad;جابر الأحمد
QA|Hamad bin Khalifa;حمد بن خليفة
MR|Mohamed Ould Abdel Aziz;Ely Ould Mohamed Vall;Maaouya Ould Sid'Ahmed Taya;محمد ولد عبد العزيز;اعل ولد محمد فال
IR|Mohammad Khatami;Mahmoud Ahmadinejad;Akbar Hashemi Rafsanjani;محمد خاتمی;محمود احمدی‌نژاد;احمدی‌نژاد;اکبر هاشمی رفسنجانی
AF|Hamid Karzai;حامد کرزی;حامد كرزاي
UZ|Islam Karimov
TM|Saparmurat Niyazov
KG|Askar Akayev;Kurmanbek Bakiyev;Almazbek Atambayev;Roza Otunbayeva;Sooronbay Jeenbekov
KZ|Nursultan Nazarbaev
MM|Thein Sein;Than Shwe
VN|Truong Tan Sang;Tran Dai Quang;Nguyen Minh Triet;Tran Duc Luong
CU|Fidel Castro
VE|Rafael Caldera
SN|Abdoulaye Wade
BI|Pierre Nkurunziza
MG|Hery Rajaonarimampianina;Andry Rajoelina
CM|Paul Biya
KR|Moon Jae-in;Park Geun-hye;Lee Myung-bak;Yoon Suk Yeol;Lee Jae-myung
PE|Alberto Fujimori
CL|Patricio Aylwin;Michelle Bachelet
CO|Belisario Betancur;Álvaro Uribe
BR|Michel Temer
CZ|Václav Klaus;Václav Havel;Vaclav Havel
"""


@cache
def _table() -> tuple[WordScanner | re.Pattern[str], dict[str, tuple[str, bool]]]:
    """One scanner for the heads of today and of earlier decades: folded name -> (country code, of earlier decades)."""
    codes: dict[str, tuple[str, bool]] = {}
    for past, table in ((False, LEADERS), (True, PAST)):
        for line in table.strip().splitlines():
            code, names = line.split("|")
            for name in names.split(";"):
                codes.setdefault(fold(name), (code, past))
                if "عبد " in name:
                    codes.setdefault(fold(name.replace("عبد ", "عبد")), (code, past))  # "عبدالله الثاني" joined too
    alternation = "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True))
    # Regrouped by first letter (rules.word_scanner): one pattern of hundreds of names tried at
    # every position of the text took a tenth of the extractor's time.
    return word_scanner(alternation, flags=0, tail=r"(?![\w\u200c])"), codes


@lru_cache(maxsize=32)
def _named(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, country code, of earlier decades) of each head of state named in text.

    Folding keeps offsets where it only drops accents; Arabic vowel marks are dropped first, each kept
    character keeping its offset in the text as written; where folding still changes the length, the text
    is searched as it is written."""
    pattern, codes = _table()
    folded = fold(text)
    if len(folded) == len(text):
        return tuple((m.start(), m.end(), *codes[m.group()]) for m in pattern.finditer(folded) if m.group() in codes)
    # "قيس سعيّد": Arabic vowel marks dropped, with each kept character's offset in the text as written.
    kept = [i for i, ch in enumerate(text) if not ARABIC_MARK.match(ch)]
    bare = "".join(text[i] for i in kept)
    folded = fold(bare)
    if len(folded) != len(bare):
        source, where = text.casefold(), list(range(len(text) + 1))
    else:
        source, where = folded, kept + [len(text)]
    return tuple(
        (where[m.start()], where[m.end() - 1] + 1, *codes[m.group()])
        for m in pattern.finditer(source)
        if m.group() in codes
    )


def find_leaders(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country code) of each leader of today named in text."""
    return tuple((start, end, code) for start, end, code, past in _named(text) if not past)[:50]


def find_past_leaders(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country code) of each head of state of earlier decades named in text."""
    return tuple((start, end, code) for start, end, code, past in _named(text) if past)[:50]


# Heads of state of earlier decades (1977–2015), read for the country alone: in a story of today they are mostly
# named as background ("the amnesty Pinochet decreed in 1978"), so they name no official; in an archive story
# they name its state ("el Rey Juan Carlos I sancionó la Ley de Amnistía").
PAST = """
ES|Juan Carlos I;Adolfo Suárez;Felipe González;José María Aznar;José Luis Rodríguez Zapatero
CR|Laura Chinchilla;Óscar Arias;Luis Guillermo Solís;Abel Pacheco
PL|Wojciech Jaruzelski;Lech Wałęsa;Lech Walesa;Aleksander Kwaśniewski;Aleksander Kwasniewski;Andrzej Duda
PH|Corazon Aquino;Fidel Ramos;Fidel V. Ramos;Joseph Estrada;Gloria Macapagal Arroyo;Benigno Aquino III
ZA|F.W. de Klerk;FW de Klerk;Frederik W. de Klerk;Nelson Mandela;Thabo Mbeki
ID|Suharto;B.J. Habibie;Abdurrahman Wahid;Megawati Sukarnoputri;Susilo Bambang Yudhoyono
SV|José Napoleón Duarte;Alfredo Cristiani;Mauricio Funes;Salvador Sánchez Cerén
GT|Vinicio Cerezo;Álvaro Arzú;Otto Pérez Molina
CL|Augusto Pinochet;Ricardo Lagos
AR|Raúl Alfonsín;Carlos Menem;Néstor Kirchner
UY|Julio María Sanguinetti;José Mujica
PE|Alan García;Ollanta Humala;Alejandro Toledo
EC|Rafael Correa
CO|César Gaviria;Andrés Pastrana
VE|Hugo Chávez;Carlos Andrés Pérez
ZW|Robert Mugabe
KE|Daniel arap Moi;Mwai Kibaki
NG|Olusegun Obasanjo;Goodluck Jonathan;Umaru Yar'Adua;Sani Abacha
GH|Jerry Rawlings;John Kufuor
CI|Laurent Gbagbo;Henri Konan Bédié
TG|Gnassingbé Eyadéma
GN|Lansana Conté;Moussa Dadis Camara
ML|Amadou Toumani Touré
BF|Blaise Compaoré
NE|Mamadou Tandja
TD|Hissène Habré
CF|François Bozizé;Ange-Félix Patassé
CD|Laurent-Désiré Kabila;Mobutu Sese Seko
GA|Omar Bongo
ET|Meles Zenawi;Mengistu Haile Mariam
TZ|Jakaya Kikwete
ZM|Frederick Chiluba;Levy Mwanawasa;Michael Sata
MW|Bingu wa Mutharika;Joyce Banda
AO|José Eduardo dos Santos
MZ|Joaquim Chissano;Armando Guebuza
BJ|Mathieu Kérékou;Thomas Boni Yayi
KH|Norodom Sihanouk
MY|Mahathir Mohamad;Najib Razak
LK|Mahinda Rajapaksa;Chandrika Kumaratunga
BD|Khaleda Zia
PK|Pervez Musharraf;Nawaz Sharif;Benazir Bhutto;پرویز مشرف;نواز شریف
AZ|Heydar Aliyev;حیدر علی‌اف
GE|Mikheil Saakashvili;Eduard Shevardnadze
TR|Abdullah Gül;Ahmet Necdet Sezer;Turgut Özal
IR|Ruhollah Khomeini;روح‌الله خمینی;روح الله الخميني
JO|King Hussein;الملك حسين
DZ|Chadli Bendjedid;الشاذلي بن جديد
TN|Habib Bourguiba;الحبيب بورقيبة
EG|Anwar Sadat;Anouar el-Sadate;أنور السادات
AE|Zayed bin Sultan;زايد بن سلطان
LB|Émile Lahoud;Michel Suleiman;Michel Sleiman;إميل لحود;ميشال سليمان
"""


@cache
def _full_names() -> dict[str, str]:
    """A surname listed alone ("خامنه‌ای", "تبون") and the full name in its script on the same line."""
    full: dict[str, str] = {}
    for line in LEADERS.strip().splitlines():
        names = line.split("|")[1].split(";")
        for name in names:
            if " " in name:
                continue
            whole = next(
                (n for n in names if " " in n and name in n.split() and n[:1].isascii() == name[:1].isascii()), None
            )
            if whole:
                full[fold(name)] = whole
    return full


def full_name(surname: str) -> str | None:
    """The full name of a head of state or government named by the surname alone, where it is listed so."""
    return _full_names().get(fold(surname))


# Heads of state and government who react to other states' clemency far more often than they grant it
# ("le président Emmanuel Macron a salué …"): their name gives the state an official speaks for, never the
# state of the story (they are not in LEADERS, so they do not name the article's country).
ABROAD = """
FR|Emmanuel Macron;François Hollande;إيمانويل ماكرون
DE|Frank-Walter Steinmeier;Olaf Scholz;Friedrich Merz;Angela Merkel;فرانك فالتر شتاينماير;أولاف شولتس
IT|Giorgia Meloni;Sergio Mattarella;Mario Draghi;جورجيا ميلوني
GB|Keir Starmer;Rishi Sunak;Boris Johnson;كير ستارمر;ريشي سوناك
ES|Pedro Sánchez;بيدرو سانشيز
"""


@cache
def _abroad() -> dict[str, str]:
    return {
        fold(name): code
        for line in ABROAD.strip().splitlines()
        for code, names in [line.split("|")]
        for name in names.split(";")
    }


def abroad_country(name: str) -> str | None:
    """The state a head of state or government named in ABROAD speaks for ("Emmanuel Macron" -> FR)."""
    return _abroad().get(fold(name))
