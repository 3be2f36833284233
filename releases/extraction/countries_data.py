"""Country names, demonyms, capitals and institutions, one country a line.

English: CODE | names | demonyms | cities (capitals and dateline cities) | institutions.
Other languages: CODE | French | Spanish | Arabic | Persian (names and demonyms mixed).
Names are matched case-sensitively in Latin script, so "turkey" the bird is not Turkey.
"""

EN = """
AF|Afghanistan|Afghan;Afghans|Kabul|Taliban government
AL|Albania|Albanian;Albanians|Tirana|
DZ|Algeria|Algerian;Algerians|Algiers|
AO|Angola|Angolan;Angolans|Luanda|
AR|Argentina|Argentine;Argentinian;Argentines|Buenos Aires|Casa Rosada
AM|Armenia|Armenian;Armenians|Yerevan|
AU|Australia|Australian;Australians|Canberra;Sydney;Melbourne|
AT|Austria|Austrian;Austrians|Vienna|
AZ|Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|
BH|Bahrain|Bahraini;Bahrainis|Manama|
BD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka|
BY|Belarus|Belarusian;Belarusians;Belarussian|Minsk|
BE|Belgium|Belgian;Belgians|Brussels|
BJ|Benin|Beninese|Cotonou;Porto-Novo|
BT|Bhutan|Bhutanese|Thimphu|
BO|Bolivia|Bolivian;Bolivians|La Paz;Sucre|
BA|Bosnia|Bosnian;Bosnians|Sarajevo|
BR|Brazil|Brazilian;Brazilians|Brasilia;Brasília;Rio de Janeiro;Sao Paulo;São Paulo;Manaus;Recife;Porto Alegre;Belo Horizonte|Planalto
BG|Bulgaria|Bulgarian;Bulgarians|Sofia|
BF|Burkina Faso|Burkinabe;Burkinabes|Ouagadougou|
BI|Burundi|Burundian;Burundians|Bujumbura;Gitega|
KH|Cambodia|Cambodian;Cambodians;Khmer|Phnom Penh|
CM|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé;Douala|
CA|Canada|Canadian;Canadians|Ottawa;Toronto;Montreal|
CF|Central African Republic|Central African|Bangui|
TD|Chad|Chadian;Chadians|N'Djamena|
CL|Chile|Chilean;Chileans|Santiago|
CN|China|Chinese|Beijing;Shanghai|Communist Party of China
CO|Colombia|Colombian;Colombians|Bogota;Bogotá;Medellín;Medellin;Barranquilla|
CD|Democratic Republic of Congo;DR Congo;DRC;Democratic Republic of the Congo|Congolese|Kinshasa|
CG|Republic of Congo;Congo-Brazzaville|Congolese|Brazzaville|
CR|Costa Rica|Costa Rican;Costa Ricans|San Jose|
CI|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Abidjan;Yamoussoukro|
HR|Croatia|Croatian;Croatians|Zagreb|
CU|Cuba|Cuban;Cubans|Havana|
CY|Cyprus|Cypriot;Cypriots|Nicosia|
CZ|Czech Republic;Czechia|Czech;Czechs|Prague|
DK|Denmark|Danish;Danes|Copenhagen|
DJ|Djibouti|Djiboutian;Djiboutians|Djibouti City|
DO|Dominican Republic|Dominican;Dominicans|Santo Domingo|
EC|Ecuador|Ecuadorean;Ecuadorian;Ecuadoreans|Quito;Guayaquil|
EG|Egypt|Egyptian;Egyptians|Cairo;Alexandria|
SV|El Salvador|Salvadoran;Salvadorans|San Salvador|
ER|Eritrea|Eritrean;Eritreans|Asmara|
EE|Estonia|Estonian;Estonians|Tallinn|
ET|Ethiopia|Ethiopian;Ethiopians|Addis Ababa|
FI|Finland|Finnish;Finns|Helsinki|
FR|France|French|Paris|Elysee;Élysée
GA|Gabon|Gabonese|Libreville|
GM|Gambia|Gambian;Gambians|Banjul|
GE|Georgia|Georgian;Georgians|Tbilisi|
DE|Germany|German;Germans|Berlin|Bundestag
GH|Ghana|Ghanaian;Ghanaians|Accra|
GR|Greece|Greek;Greeks|Athens|
GT|Guatemala|Guatemalan;Guatemalans|Guatemala City|
GN|Guinea|Guinean;Guineans|Conakry|
HT|Haiti|Haitian;Haitians|Port-au-Prince|
HN|Honduras|Honduran;Hondurans|Tegucigalpa|
HK|Hong Kong|Hongkonger;Hongkongers|Hong Kong|
HU|Hungary|Hungarian;Hungarians|Budapest|
IN|India|Indian;Indians|New Delhi;Delhi;Mumbai;Uttar Pradesh;Lucknow;Kolkata;Chennai;Bengaluru;Kerala;Tamil Nadu;Maharashtra;Tihar|
ID|Indonesia|Indonesian;Indonesians|Jakarta|
IR|Iran;Islamic Republic of Iran;the Islamic Republic|Iranian;Iranians|Tehran;Teheran;Qom;Mashhad|Revolutionary Guard;Revolutionary Guards;Evin;Majlis
IQ|Iraq|Iraqi;Iraqis|Baghdad;Basra;Erbil|
IE|Ireland|Irish|Dublin|
IL|Israel|Israeli;Israelis|Jerusalem;Tel Aviv|Knesset
IT|Italy|Italian;Italians|Rome;Milan|
JM|Jamaica|Jamaican;Jamaicans|Kingston|
JP|Japan|Japanese|Tokyo|
JO|Jordan|Jordanian;Jordanians|Amman|
KZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Almaty;Nur-Sultan|Mazhilis
KE|Kenya|Kenyan;Kenyans|Nairobi|
KP|North Korea|North Korean;North Koreans|Pyongyang|
KR|South Korea|South Korean;South Koreans|Seoul|
KW|Kuwait|Kuwaiti;Kuwaitis|Kuwait City|
KG|Kyrgyzstan|Kyrgyz|Bishkek|
LA|Laos|Lao;Laotian;Laotians|Vientiane|
LV|Latvia|Latvian;Latvians|Riga|
LB|Lebanon|Lebanese|Beirut|
LR|Liberia|Liberian;Liberians|Monrovia|
LY|Libya|Libyan;Libyans|Tripoli;Benghazi|
LT|Lithuania|Lithuanian;Lithuanians|Vilnius|
MG|Madagascar|Malagasy|Antananarivo|
MW|Malawi|Malawian;Malawians|Lilongwe|
MY|Malaysia|Malaysian;Malaysians|Kuala Lumpur|
MV|Maldives|Maldivian;Maldivians|Male|
ML|Mali|Malian;Malians|Bamako|
MR|Mauritania|Mauritanian;Mauritanians|Nouakchott|
MX|Mexico|Mexican;Mexicans|Mexico City;Chiapas;Jalisco;Oaxaca;Sinaloa;Chihuahua;Tijuana;Monterrey;Nuevo León;Michoacán;Veracruz;Tamaulipas;Puebla|
MD|Moldova|Moldovan;Moldovans|Chisinau|
MN|Mongolia|Mongolian;Mongolians|Ulaanbaatar|
ME|Montenegro|Montenegrin;Montenegrins|Podgorica|
MA|Morocco|Moroccan;Moroccans|Rabat;Casablanca;Marrakech|Makhzen
MZ|Mozambique|Mozambican;Mozambicans|Maputo|
MM|Myanmar;Burma|Burmese|Naypyitaw;Naypyidaw;Nay Pyi Taw;Yangon;Rangoon;Mandalay|Tatmadaw;MRTV
NP|Nepal|Nepali;Nepalis;Nepalese|Kathmandu|
NL|Netherlands;Holland|Dutch|Amsterdam;The Hague|
NZ|New Zealand|New Zealander;New Zealanders|Wellington|
NI|Nicaragua|Nicaraguan;Nicaraguans|Managua|
NE|Niger|Nigerien;Nigeriens|Niamey|
NG|Nigeria|Nigerian;Nigerians|Abuja;Lagos|
NO|Norway|Norwegian;Norwegians|Oslo|
OM|Oman|Omani;Omanis|Muscat|
PK|Pakistan|Pakistani;Pakistanis|Islamabad;Karachi;Lahore|
PS|Palestine;Palestinian territories;Gaza;West Bank|Palestinian;Palestinians|Ramallah|Hamas
PA|Panama|Panamanian;Panamanians|Panama City|
PY|Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción|
PE|Peru|Peruvian;Peruvians|Lima;Arequipa;Cusco|
PH|Philippines|Filipino;Filipinos;Philippine|Manila|Malacanang;Malacañang;Bureau of Corrections;BuCor;Muntinlupa;New Bilibid;Bilibid
PL|Poland|Polish;Poles|Warsaw|
PT|Portugal|Portuguese|Lisbon|
QA|Qatar|Qatari;Qataris|Doha|
RO|Romania|Romanian;Romanians|Bucharest|
RU|Russia;Russian Federation|Russian;Russians|Moscow;St Petersburg|Kremlin;Duma
RW|Rwanda|Rwandan;Rwandans|Kigali|
SA|Saudi Arabia|Saudi;Saudis|Riyadh;Jeddah;Mecca|
SN|Senegal|Senegalese|Dakar|
RS|Serbia|Serbian;Serbians;Serb;Serbs|Belgrade|
SL|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown|
SG|Singapore|Singaporean;Singaporeans|Singapore|
SO|Somalia|Somali;Somalis|Mogadishu|
ZA|South Africa|South African;South Africans|Pretoria;Johannesburg;Cape Town|
SS|South Sudan|South Sudanese|Juba|
ES|Spain|Spanish;Spaniards|Madrid;Barcelona|Moncloa
LK|Sri Lanka|Sri Lankan;Sri Lankans|Colombo|
SD|Sudan|Sudanese|Khartoum|
SE|Sweden|Swedish;Swedes|Stockholm|
CH|Switzerland|Swiss|Bern;Geneva;Zurich|
SY|Syria|Syrian;Syrians|Damascus;Aleppo|
TW|Taiwan|Taiwanese|Taipei|
TJ|Tajikistan|Tajik;Tajiks|Dushanbe|
TZ|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam|
TH|Thailand|Thai;Thais|Bangkok|Royal Gazette
TG|Togo|Togolese|Lome;Lomé|
TN|Tunisia|Tunisian;Tunisians|Tunis|
TR|Turkey;Türkiye;Turkiye|Turkish;Turks|Ankara;Istanbul|
TM|Turkmenistan|Turkmen|Ashgabat|
UG|Uganda|Ugandan;Ugandans|Kampala|
UA|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|
AE|United Arab Emirates;UAE;U.A.E.|Emirati;Emiratis|Abu Dhabi;Dubai;Sharjah;Ajman|
GB|United Kingdom;Britain;Great Britain;UK;U.K.;England;Scotland;Wales|British;Briton;Britons;Scottish|London|Downing Street;Westminster
US|United States;U.S.;US;USA;U.S.A.;America|American;Americans|Washington|White House;Capitol;Justice Department;State Department;Oval Office;Congress
US|||Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;Ala.;Ariz.;Ark.;Calif.;Colo.;Conn.;Del.;Fla.;Ill.;Ind.;Kan.;Ky.;Md.;Mass.;Mich.;Minn.;Miss.;Mo.;Mont.;Neb.;Nev.;N.H.;N.J.;N.M.;N.C.;N.D.;Okla.;Ore.;Pa.;R.I.;S.C.;S.D.;Tenn.;Vt.;Va.;Wash.;W.Va.;Wis.;Wyo.|
UY|Uruguay|Uruguayan;Uruguayans|Montevideo|
UZ|Uzbekistan|Uzbek;Uzbeks|Tashkent|
VE|Venezuela|Venezuelan;Venezuelans|Caracas|Miraflores
VN|Vietnam;Viet Nam|Vietnamese|Hanoi;Ho Chi Minh City|
YE|Yemen|Yemeni;Yemenis|Sanaa;Sana'a;Aden|Houthi;Houthis
KM|Comoros|Comorian;Comorians|Moroni|
ZM|Zambia|Zambian;Zambians|Lusaka|
ZW|Zimbabwe|Zimbabwean;Zimbabweans|Harare|
AD|Andorra|Andorran;Andorrans|Andorra la Vella|
AG|Antigua and Barbuda;Antigua|Antiguan;Antiguans||
BS|Bahamas|Bahamian;Bahamians||
BB|Barbados|Barbadian;Barbadians;Bajan|Bridgetown|
BZ|Belize|Belizean;Belizeans|Belmopan|
BW|Botswana|Motswana;Batswana;Botswanan|Gaborone|
BN|Brunei|Bruneian;Bruneians|Bandar Seri Begawan|
CV|Cape Verde;Cabo Verde|Cape Verdean;Cape Verdeans||
DM|Dominica|||
EH|Western Sahara|||Polisario
FJ|Fiji|Fijian;Fijians|Suva|
FM|Micronesia|Micronesian;Micronesians|Palikir|
GD|Grenada|Grenadian;Grenadians||
GQ|Equatorial Guinea|Equatoguinean;Equatorial Guinean|Malabo|
GW|Guinea-Bissau|Bissau-Guinean;Bissau-Guineans|Bissau|
GY|Guyana|Guyanese||
IS|Iceland|Icelandic;Icelander;Icelanders|Reykjavik|
KI|Kiribati|I-Kiribati|Tarawa|
KN|Saint Kitts and Nevis|Kittitian;Kittitians|Basseterre|
LC|Saint Lucia|Saint Lucian;Saint Lucians|Castries|
LI|Liechtenstein|Liechtensteiner;Liechtensteiners|Vaduz|
LS|Lesotho|Basotho;Mosotho|Maseru|
LU|Luxembourg|Luxembourger;Luxembourgers;Luxembourgish||
MC|Monaco|Monegasque;Monegasques||
MH|Marshall Islands|Marshallese|Majuro|
MK|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje|
MT|Malta|Maltese|Valletta|
MU|Mauritius|Mauritian;Mauritians|Port Louis|
NA|Namibia|Namibian;Namibians|Windhoek|
NR|Nauru|Nauruan;Nauruans||
PG|Papua New Guinea|Papua New Guinean;Papua New Guineans|Port Moresby|
PW|Palau|Palauan;Palauans||
SB|Solomon Islands|Solomon Islander;Solomon Islanders|Honiara|
SC|Seychelles|Seychellois||
SI|Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|
SK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava|
SM|San Marino|Sammarinese||
SR|Suriname|Surinamese|Paramaribo|
ST|São Tomé and Príncipe;Sao Tome and Principe|Santomean;Santomeans||
SZ|Eswatini;Swaziland|Swazi;Swazis|Mbabane|
TL|Timor-Leste;East Timor|Timorese;East Timorese|Dili|
TO|Tonga|Tongan;Tongans|Nuku'alofa|
TT|Trinidad and Tobago|Trinidadian;Trinidadians;Tobagonian|Port of Spain|
TV|Tuvalu|Tuvaluan;Tuvaluans|Funafuti|
VC|Saint Vincent and the Grenadines|Vincentian;Vincentians||
VU|Vanuatu|Ni-Vanuatu|Port Vila|
WS|Samoa|Samoan;Samoans|Apia|
"""

OTHER = """
AF|Afghanistan;afghan;afghans|Afganistán;afgano;afganos|أفغانستان;الأفغاني|افغانستان;کابل;طالبان;امارت اسلامی;هرات;قندهار;کندهار;مزار شریف;ننگرهار;جلال‌آباد;پل‌چرخی;بگرام;قندوز;کندز;هلمند;بدخشان;غزنی
DZ|Algérie;algérien;algérienne;algériens;Alger|Argelia;argelino;argelinos;Argel|الجزائر;الجزائري;الجزائرية|الجزایر
AR|Argentine;argentin;argentins|Argentina;argentino;argentinos|الأرجنتين|آرژانتین
BH|Bahreïn;bahreïni|Baréin;Bahréin|البحرين;البحريني;المنامة|بحرین
BY|Biélorussie;Bélarus;biélorusse|Bielorrusia;bielorruso|بيلاروسيا|بلاروس
BO|Bolivie;bolivien|Bolivia;boliviano;bolivianos|بوليفيا|بولیوی
BR|Brésil;brésilien|Brasil;brasileño|البرازيل|برزیل
BF|Burkina Faso;burkinabè|Burkina Faso|بوركينا فاسو|بورکینافاسو
CM|Cameroun;camerounais;Yaoundé|Camerún|الكاميرون|کامرون
TD|Tchad;tchadien;N'Djamena|Chad|تشاد|چاد
CL|Chili;chilien|Chile;chileno;chilenos|تشيلي|شیلی
CN|Chine;chinois;Pékin|China;chino;chinos;Pekín|الصين;الصيني;بكين|چین;پکن
CO|Colombie;colombien|Colombia;colombiano;colombianos|كولومبيا|کلمبیا
CD|République démocratique du Congo;RDC;congolais;Kinshasa|República Democrática del Congo|الكونغو الديمقراطية|کنگو
CI|Côte d'Ivoire;ivoirien;ivoiriens;Abidjan|Costa de Marfil|ساحل العاج|ساحل عاج
CU|Cuba;cubain;cubains;La Havane|Cuba;cubano;cubanos;La Habana|كوبا|کوبا
EC|Équateur;équatorien|Ecuador;ecuatoriano;ecuatorianos|الإكوادور|اکوادور
EG|Égypte;Egypte;égyptien;égyptiens;Le Caire|Egipto;egipcio;egipcios;El Cairo|مصر;المصري;المصرية;القاهرة;السيسي|مصر;قاهره
SV|Salvador;salvadorien|El Salvador;salvadoreño;salvadoreños|السلفادور|السالوادور
ES|Espagne;espagnol;Madrid|España;español;españoles;Madrid;Barcelona;Sevilla;Bilbao;Zaragoza;Málaga;Alicante;Elche;La Moncloa;Boletín Oficial del Estado;Mallorca;Palma de Mallorca;Baleares|إسبانيا;مدريد|اسپانیا
US|États-Unis;Etats-Unis;américain;américains;Washington|Estados Unidos;EE.UU.;EE.UU;EEUU;estadounidense;estadounidenses;Washington|الولايات المتحدة;الأمريكي;الأمريكية;واشنطن|آمریکا;امریکا;ایالات متحده;واشنگتن
FR|France;français;française;Paris;Élysée|Francia;francés;franceses;París|فرنسا;الفرنسي;باريس|فرانسه;پاریس
GA|Gabon;gabonais;Libreville|Gabón|الغابون|گابن
GT|Guatemala;guatémaltèque|Guatemala;guatemalteco;guatemaltecos|غواتيمالا|گواتمالا
GN|Guinée;guinéen;Conakry|Guinea|غينيا|گینه
HT|Haïti;haïtien|Haití;haitiano|هايتي|هائیتی
HN|Honduras;hondurien|Honduras;hondureño;hondureños|هندوراس|هندوراس
IQ|Irak;Iraq;irakien;irakiens;Bagdad|Irak;iraquí;iraquíes;Bagdad|العراق;العراقي;العراقية;بغداد|عراق;بغداد
IR|Iran;iranien;iranienne;iraniens;Téhéran;République islamique|Irán;iraní;iraníes;Teherán;República Islámica|إيران;الإيراني;الإيرانية;طهران|ایران;ایرانی;تهران;جمهوری اسلامی;قوه قضاییه;قوه قضائیه;رهبر انقلاب;رهبر معظم;اوین;قزل‌حصار;گوهردشت;رجایی‌شهر;قرچک;مهرآباد
IL|Israël;israélien;israéliens|Israel;israelí;israelíes|إسرائيل;الإسرائيلي;الاحتلال|اسرائیل
JO|Jordanie;jordanien|Jordania;jordano|الأردن;الأردني|اردن
KW|Koweït;koweïtien|Kuwait|الكويت;الكويتي|کویت
LB|Liban;libanais;Beyrouth|Líbano;libanés;libaneses|لبنان;اللبناني;بيروت|لبنان
LY|Libye;libyen;Tripoli|Libia;libio|ليبيا;الليبي;طرابلس|لیبی
ML|Mali;malien;maliens;Bamako|Malí|مالي|کشور مالی;جمهوری مالی;باماکو
MA|Maroc;marocain;marocaine;marocains;Rabat;Casablanca;Fête du Trône|Marruecos;marroquí;marroquíes;Rabat|المغرب;المغربي;المغربية;الرباط;عيد العرش;جلالة الملك محمد السادس|مراکش
MR|Mauritanie;mauritanien;Nouakchott|Mauritania|موريتانيا;الموريتاني;نواكشوط|موریتانی
MX|Mexique;mexicain;mexicains;Mexico|México;mexicano;mexicanos|المكسيك|مکزیک
NI|Nicaragua;nicaraguayen;nicaraguayens;Managua|Nicaragua;nicaragüense;nicaragüenses;Managua|نيكاراغوا|نیکاراگوئه
NE|Niger;nigérien;Niamey|Níger|النيجر|نیجر
OM|Oman;omanais;Mascate|Omán|عمان;العماني;سلطنة عمان;مسقط|عمان
PK|Pakistan;pakistanais|Pakistán;paquistaní|باكستان|پاکستان;اسلام‌آباد
PS|Palestine;palestinien;palestiniens;Gaza;Cisjordanie|Palestina;palestino;palestinos;Gaza;Cisjordania|فلسطين;الفلسطيني;الفلسطينيين;الأسرى الفلسطينيين;غزة|فلسطین;غزه
PE|Pérou;péruvien|Perú;peruano;peruanos|بيرو|پرو
QA|Qatar;qatari;Doha|Catar;catarí;Doha|قطر;القطري;الدوحة|قطر;دوحه
RU|Russie;russe;russes;Moscou;Kremlin|Rusia;ruso;rusos;Moscú;Kremlin|روسيا;الروسي;موسكو;الكرملين|روسیه;مسکو;کرملین
SA|Arabie saoudite;saoudien;saoudiens;Riyad|Arabia Saudí;Arabia Saudita;saudí;saudíes|السعودية;السعودي;الرياض;خادم الحرمين|عربستان;عربستان سعودی;ریاض
SN|Sénégal;sénégalais;Dakar|Senegal;senegalés|السنغال|سنگال
SD|Soudan;soudanais;Khartoum|Sudán;sudanés|السودان;السوداني;الخرطوم|سودان
SY|Syrie;syrien;syriens;Damas|Siria;sirio;sirios;Damasco|سوريا;سورية;السوري;دمشق|سوریه;دمشق
TN|Tunisie;tunisien;tunisiens;Tunis|Túnez;tunecino;tunecinos|تونس;التونسي;التونسية|تونس
TR|Turquie;turc;turcs;Ankara|Turquía;turco;turcos;Ankara|تركيا;التركي;أنقرة|ترکیه;آنکارا
AE|Émirats arabes unis;EAU;émirati;Abou Dhabi;Dubaï|Emiratos Árabes Unidos;EAU;emiratí;Abu Dabi;Dubái|الإمارات;الإماراتي;أبوظبي;أبو ظبي;دبي;رئيس الدولة|امارات;ابوظبی;دبی
GB|Royaume-Uni;britannique;britanniques;Londres|Reino Unido;británico;británicos;Londres|بريطانيا;المملكة المتحدة;البريطاني;لندن|بریتانیا;انگلیس;لندن
VE|Venezuela;vénézuélien;vénézuéliens;Caracas|Venezuela;venezolano;venezolanos;Caracas|فنزويلا|ونزوئلا
YE|Yémen;yéménite;Sanaa|Yemen;yemení|اليمن;اليمني;صنعاء;الحوثي|یمن;صنعا
AZ|Azerbaïdjan;azerbaïdjanais;Bakou|Azerbaiyán|أذربيجان|جمهوری آذربایجان;باکو
MM|Birmanie;Myanmar;birman|Birmania;Myanmar|ميانمار|میانمار
KH|Cambodge;cambodgien;cambodgienne;cambodgiens;khmer;khmers|Camboya;camboyano;camboyana;camboyanos;jemer||
TH|Thaïlande;thaïlandais;thaïlandaise|Tailandia;tailandés;tailandesa;tailandeses||
VN|Viêt Nam;Vietnam;vietnamien;vietnamienne;vietnamiens;Hanoï|Vietnam;vietnamita;vietnamitas;Hanói||
RW|Rwanda;rwandais;rwandaise|Ruanda;ruandés;ruandesa||
BI|Burundi;burundais;burundaise|Burundi;burundés;burundesa||
TG|Togo;togolais;togolaise;Lomé|Togo;togolés;togolesa;Lomé||
BJ|Bénin;béninois;béninoise;Cotonou|Benín;beninés;beninesa;Cotonú||
GQ|Guinée équatoriale;équato-guinéen|Guinea Ecuatorial;ecuatoguineano||
CG|Congo-Brazzaville;Brazzaville|Congo-Brazzaville;Brazzaville||
MM|birmane;birmans;birmanes;Rangoun;Naypyidaw|birmano;birmana;birmanos;birmanas;Rangún;Naipyidó||
CD|congolaise|congoleño;congoleña;congoleños;Kinsasa||
CI|ivoirienne|marfileño;marfileña;marfileños;Abiyán||
SN|sénégalaise|senegalesa;senegaleses;Dakar||
ML|malienne|maliense;malienses;Bamako||
NE|nigérienne|nigerino;nigerina;Niamey||
TD|tchadienne|chadiano;chadiana;chadianos;Yamena||
CM|camerounaise|camerunés;camerunesa;Yaundé||
BF|Ouagadougou|burkinés;burkinesa;Uagadugú||
GN|guinéenne|guineano;guineana;Conakri||
MR|mauritanienne|mauritano;mauritana;Nuakchot||
GA|gabonaise|gabonés;gabonesa;Libreville||
KM|Comores;comorien;comorienne;comoriens;comoriennes;Moroni|Comoras;comorense;comorenses;Moroni|جزر القمر;القمري;القمرية;موروني|کومور
YE|||عدن|
SA|||جدة|
IQ|||أربيل|
LY|||بنغازي|
JO|jordanienne;Amman|jordana;Amán||
QA|qatarie|qatarí;qatarí||
AE|émirien;émiratie|emiratíes;Emiratos||
BY|biélorusses|bielorrusa;bielorrusos;Minsk||
SE||||سوئد;استکهلم
BE||||بلژیک;بروکسل
DE|allemand;allemande||الألماني|آلمان;برلین
AT||||اتریش;وین
DK||||دانمارک;کپنهاگ
NO|Norvège;norvégien;norvégienne;Oslo|Noruega;noruego;noruega;Oslo|النرويج;النرويجي;أوسلو|نروژ;اسلو
NL||||هلند
IT|italien;italienne||الإيطالي|ایتالیا;رم
CH||||سوئیس;ژنو
CA||||کانادا;اتاوا
AU||||استرالیا
JP||||ژاپن;توکیو
AL|Albanie;albanais;albanaise;Tirana|Albania;albanés;albanesa;albaneses;Tirana|ألبانيا;الألباني|آلبانی
AO|Angola;angolais;angolaise;Luanda|Angola;angoleño;angoleña;angoleños;Luanda|أنغولا;الأنغولي|آنگولا
AM|Arménie;arménien;arménienne;arméniens;Erevan|Armenia;armenio;armenia;armenios;Ereván|أرمينيا;الأرميني|ارمنستان;ایروان
AU|Australie;australien;australienne;australiens;Canberra|Australia;australiano;australiana;australianos;Canberra|أستراليا;الأسترالي|
AT|Autriche;autrichien;autrichienne|Austria;austriaco;austriaca;austríaco;Viena|النمسا;النمساوي|
BD|Bangladesh;bangladais;bangladaise;Dacca|Bangladés;Bangladesh;bangladesí;bangladesíes;Daca|بنغلاديش;البنغالي|بنگلادش;داکا
BE|Belgique;belge;belges;Bruxelles;Anvers;Liège|Bélgica;belga;belgas;Bruselas|بلجيكا;البلجيكي;بروكسل|
BT|Bhoutan;bhoutanais|Bután;butanés|بوتان|بوتان
BA|Bosnie-Herzégovine;Bosnie;bosnien;bosnienne;Sarajevo|Bosnia y Herzegovina;Bosnia;bosnio;bosnia;Sarajevo|البوسنة;البوسني;سراييفو|بوسنی;سارایوو
BG|Bulgarie;bulgare;bulgares|Bulgaria;búlgaro;búlgara;búlgaros|بلغاريا;البلغاري|بلغارستان;صوفیه
BJ||||
BI||||بوروندی
KH||||کامبوج
CA|Canada;canadien;canadienne;canadiens;Ottawa|Canadá;canadiense;canadienses;Ottawa|كندا;الكندي;أوتاوا|
CF|Centrafrique;République centrafricaine;centrafricain;centrafricaine;Bangui|República Centroafricana;centroafricano;centroafricana;Bangui|أفريقيا الوسطى;بانغي|جمهوری آفریقای مرکزی
CG||||کنگو برازاویل
CR|Costa Rica;costaricien;costaricienne|Costa Rica;costarricense;costarricenses|كوستاريكا|کاستاریکا
HR|Croatie;croate;croates;Zagreb|Croacia;croata;croatas;Zagreb|كرواتيا;الكرواتي|کرواسی
CY|Chypre;chypriote;chypriotes;Nicosie|Chipre;chipriota;chipriotas;Nicosia|قبرص;القبرصي;نيقوسيا|قبرس
CZ|République tchèque;Tchéquie;tchèque;tchèques;Prague|República Checa;Chequia;checo;checa;checos;Praga|التشيك;التشيكي;براغ|پراگ
DK|Danemark;danois;danoise;Copenhague|Dinamarca;danés;danesa;daneses;Copenhague|الدنمارك;الدنماركي;كوبنهاغن|
DJ|Djibouti;djiboutien;djiboutienne|Yibuti;yibutiano|جيبوتي|جیبوتی
DO|République dominicaine;dominicain;dominicaine;dominicains;Saint-Domingue|República Dominicana;dominicano;dominicana;dominicanos;Santo Domingo|الدومينيكان|جمهوری دومینیکن
ER|Érythrée;Erythrée;érythréen;érythréenne;érythréens;Asmara|Eritrea;eritreo;eritrea;eritreos;Asmara|إريتريا;الإريتري;أسمرة|اریتره
EE|Estonie;estonien;estonienne;Tallinn|Estonia;estonio;estonia;Tallin|إستونيا;الإستوني|استونی
ET|Éthiopie;Ethiopie;éthiopien;éthiopienne;éthiopiens;Addis-Abeba|Etiopía;etíope;etíopes;Adís Abeba|إثيوبيا;الإثيوبي;أديس أبابا|اتیوپی;آدیس آبابا
FI|Finlande;finlandais;finlandaise;Helsinki|Finlandia;finlandés;finlandesa;Helsinki|فنلندا;الفنلندي;هلسنكي|فنلاند;هلسینکی
GM|Gambie;gambien;gambienne;Banjul|Gambia;gambiano;gambiana;Banjul|غامبيا;الغامبي;بانجول|گامبیا
GE|Géorgie;géorgien;géorgienne;géorgiens;Tbilissi|Tiflis;georgiano;georgiana;georgianos|جورجيا;الجورجي;تبليسي|گرجستان;تفلیس
DE|Allemagne;Berlin|Alemania;alemán;alemana;alemanes;Berlín|ألمانيا;برلين|
GH|Ghana;ghanéen;ghanéenne;ghanéens;Accra|Ghana;ghanés;ghanesa;ghaneses;Acra|غانا;الغاني;أكرا|آکرا
GR|Grèce;grec;grecque;grecs;Athènes|Grecia;griego;griega;griegos;Atenas|اليونان;اليوناني;أثينا|یونان;آتن
HK|Hong Kong;hongkongais|Hong Kong;hongkonés|هونغ كونغ|هنگ کنگ
HU|Hongrie;hongrois;hongroise;Budapest|Hungría;húngaro;húngara;húngaros;Budapest|المجر;المجري;بودابست|مجارستان;بوداپست
IN|Inde;indien;indienne;indiens;New Delhi|India;Nueva Delhi|الهند;الهندي;نيودلهي|هند;دهلی نو
ID|Indonésie;indonésien;indonésienne;indonésiens;Jakarta|Indonesia;indonesio;indonesia;indonesios;Yakarta|إندونيسيا;الإندونيسي;جاكرتا|اندونزی;جاکارتا
IE|Irlande;irlandais;irlandaise;Dublin|Irlanda;irlandés;irlandesa;Dublín|أيرلندا;إيرلندا;الأيرلندي;دبلن|ایرلند;دوبلین
IT|Italie;Rome|Italia;italiano;italiana;italianos;Roma|إيطاليا|
JM|Jamaïque;jamaïcain;jamaïcaine;Kingston|Jamaica;jamaicano;jamaicana;Kingston|جامايكا|جامائیکا
JP|Japon;japonais;japonaise;Tokyo|Japón;japonés;japonesa;japoneses;Tokio|اليابان;الياباني;طوكيو|
KZ|Kazakhstan;kazakh;kazakhe;Astana|Kazajistán;kazajo;kazaja;Astaná|كازاخستان;الكازاخي|قزاقستان
KE|Kenya;kényan;kényane;kenyan;Nairobi|Kenia;keniano;keniana;kenianos;Nairobi|كينيا;الكيني;نيروبي|کنیا;نایروبی
KP|Corée du Nord;nord-coréen;nord-coréenne;Pyongyang|Corea del Norte;norcoreano;norcoreana;Pionyang|كوريا الشمالية;بيونغ يانغ|کره شمالی;پیونگ‌یانگ
KR|Corée du Sud;sud-coréen;sud-coréenne;Séoul|Corea del Sur;surcoreano;surcoreana;Seúl|كوريا الجنوبية|کره جنوبی;سئول
KG|Kirghizistan;kirghize;Bichkek|Kirguistán;kirguís;Biskek|قيرغيزستان|قرقیزستان;بیشکک
LA|Laos;laotien;laotienne;Vientiane|Laos;laosiano;laosiana;Vientián|لاوس|لائوس
LV|Lettonie;letton;lettonne;Riga|Letonia;letón;letona;Riga|لاتفيا|لتونی
LR|Liberia;libérien;libérienne;Monrovia|Liberia;liberiano;liberiana;Monrovia|ليبيريا;الليبيري;مونروفيا|لیبریا
LT|Lituanie;lituanien;lituanienne;Vilnius|Lituania;lituano;lituana;lituanos;Vilna|ليتوانيا;الليتواني|لیتوانی
MG|Madagascar;malgache;malgaches;Antananarivo|Madagascar;malgache;malgaches;Antananarivo|مدغشقر|ماداگاسکار
MW|Malawi;malawite;malawien;Lilongwe|Malaui;Malawi;malauí;Lilongüe|مالاوي|مالاوی
MY|Malaisie;malaisien;malaisienne;Kuala Lumpur|Malasia;malasio;malasia;Kuala Lumpur|ماليزيا;الماليزي;كوالالمبور|مالزی;کوالالامپور
MV|Maldives;maldivien;Malé|Maldivas;maldivo|جزر المالديف;المالديف|مالدیو
MD|Moldavie;moldave;Chisinau|Moldavia;moldavo;moldava;Chisináu|مولدوفا|مولداوی
MN|Mongolie;mongol;mongole;Oulan-Bator|Mongolia;mongol;Ulán Bator|منغوليا|مغولستان
ME|Monténégro;monténégrin;Podgorica|Montenegro;montenegrino;Podgorica|الجبل الأسود|مونته‌نگرو
MZ|Mozambique;mozambicain;mozambicaine;Maputo|Mozambique;mozambiqueño;mozambiqueña;Maputo|موزمبيق;مابوتو|موزامبیک
NP|Népal;népalais;népalaise;Katmandou|Nepal;nepalí;nepalíes;Katmandú|نيبال;النيبالي;كاتماندو|نپال;کاتماندو
NL|Pays-Bas;néerlandais;néerlandaise;Amsterdam|Países Bajos;Holanda;neerlandés;neerlandesa;holandés;holandesa;Ámsterdam|هولندا;الهولندي;أمستردام|آمستردام
NZ|Nouvelle-Zélande;néo-zélandais;néo-zélandaise;Wellington|Nueva Zelanda;neozelandés;neozelandesa;Wellington|نيوزيلندا;النيوزيلندي|نیوزیلند
NG|Nigeria;Nigéria;nigérian;nigériane;nigérians;Abuja;Lagos|Nigeria;nigeriano;nigeriana;nigerianos;Abuya;Lagos|نيجيريا;النيجيري;أبوجا;لاغوس|نیجریه;ابوجا
PA|Panama;panaméen;panaméenne;panaméens|Panamá;panameño;panameña;panameños;Ciudad de Panamá|بنما;البنمي|پاناما
PY|Paraguay;paraguayen;paraguayenne;Asuncion;Asunción|Paraguay;paraguayo;paraguaya;paraguayos;Asunción|باراغواي|پاراگوئه
PH|Philippines;philippin;philippine;philippins;Manille|Filipinas;filipino;filipina;filipinos;Manila|الفلبين;الفلبيني;مانيلا|فیلیپین;مانیل
PL|Pologne;polonais;polonaise;Varsovie|Polonia;polaco;polaca;polacos;Varsovia|بولندا;البولندي;وارسو|لهستان;ورشو
PT|Portugal;portugais;portugaise;Lisbonne|Portugal;portugués;portuguesa;portugueses;Lisboa|البرتغال;البرتغالي;لشبونة|پرتغال;لیسبون
RO|Roumanie;roumain;roumaine;roumains;Bucarest|Rumanía;rumano;rumana;rumanos;Bucarest|رومانيا;الروماني;بوخارست|رومانی;بخارست
RW||||رواندا;کیگالی
RS|Serbie;serbe;serbes;Belgrade|Serbia;serbio;serbia;serbios;Belgrado|صربيا;الصربي;بلغراد|صربستان;بلگراد
SL|Sierra Leone;sierra-léonais;Freetown|Sierra Leona;sierraleonés;Freetown|سيراليون;فريتاون|سیرالئون
SG|Singapour;singapourien;singapourienne|Singapur;singapurense|سنغافورة|سنگاپور
SO|Somalie;somalien;somalienne;somaliens;Mogadiscio|Somalia;somalí;somalíes;Mogadiscio|الصومال;الصومالي;مقديشو|سومالی;موگادیشو
ZA|Afrique du Sud;sud-africain;sud-africaine;sud-africains;Pretoria;Johannesburg|Sudáfrica;sudafricano;sudafricana;sudafricanos;Pretoria|جنوب أفريقيا;جنوب إفريقيا;بريتوريا|آفریقای جنوبی;پرتوریا
SS|Soudan du Sud;sud-soudanais;Juba|Sudán del Sur;sursudanés;Yuba|جنوب السودان;جوبا|سودان جنوبی
LK|Sri Lanka;sri-lankais;sri-lankaise;Colombo|Sri Lanka;ceilandés;esrilanqués;Colombo|سريلانكا;كولومبو|سریلانکا;کلمبو
SE|Suède;suédois;suédoise;Stockholm|Suecia;sueco;sueca;suecos;Estocolmo|السويد;السويدي;ستوكهولم|
CH|Suisse;suisse;suisses;Berne|Suiza;suizo;suiza;suizos;Berna|سويسرا;السويسري|
TW|Taïwan;taïwanais;taïwanaise;Taipei|Taiwán;taiwanés;taiwanesa;Taipéi|تايوان|تایوان
TJ|Tadjikistan;tadjik;tadjike;Douchanbé|Tayikistán;tayiko;tayika;Dusambé|طاجيكستان|تاجیکستان
TZ|Tanzanie;tanzanien;tanzanienne;Dodoma;Dar es Salaam|Tanzania;tanzano;tanzana;Dodoma|تنزانيا;التنزاني;دار السلام|تانزانیا
TH||||تایلند;تایلند;بانکوک
TG||||توگو
TM|Turkménistan;turkmène;turkmènes;Achgabat|Turkmenistán;turcomano;turcomana;Asjabad|تركمانستان;عشق آباد|ترکمنستان;عشق‌آباد
UG|Ouganda;ougandais;ougandaise;Kampala|Uganda;ugandés;ugandesa;Kampala|أوغندا;الأوغندي;كمبالا|اوگاندا;کامپالا
UA|Ukraine;ukrainien;ukrainienne;ukrainiens;Kiev;Kyiv|Ucrania;ucraniano;ucraniana;ucranianos;Kiev|أوكرانيا;الأوكراني;كييف|اوکراین;کی‌یف
UY|Uruguay;uruguayen;uruguayenne;Montevideo|Uruguay;uruguayo;uruguaya;uruguayos;Montevideo|الأوروغواي|اروگوئه
UZ|Ouzbékistan;ouzbek;ouzbèke;Tachkent|Uzbekistán;uzbeko;uzbeka;Taskent|أوزبكستان;الأوزبكي;طشقند|ازبکستان;تاشکند
VN||||ویتنام;هانوی
ZM|Zambie;zambien;zambienne;Lusaka|Zambia;zambiano;zambiana;Lusaka|زامبيا;الزامبي;لوساكا|زامبیا
ZW|Zimbabwe;zimbabwéen;zimbabwéenne;Harare|Zimbabue;zimbabuense;zimbabuenses;Harare|زيمبابوي;هراري|زیمبابوه
KH|||كمبوديا;الكمبودي|
TH|||تايلاند;التايلاندي;بانكوك|
VN|||فيتنام;الفيتنامي;هانوي|
RW|||رواندا;الرواندي;كيغالي|
BJ|||البنيني;كوتونو|
BI|||بوروندي|
TG|||توغو;التوغولي;لومي|
CG|||الكونغو برازافيل;برازافيل|
GQ||Malabo|غينيا الاستوائية;مالابو|گینه استوایی
MM|||ميانمار;بورما;الميانماري;يانغون|برمه;یانگون
SV|||السلفادور;سان سلفادور|
BW|Botswana;botswanais|Botsuana;botsuano;botsuanos|بوتسوانا|بوتسوانا
CV|Cap-Vert;cap-verdien;cap-verdiens|Cabo Verde;caboverdiano;caboverdianos|الرأس الأخضر|کیپ ورد
EH|Sahara occidental|Sahara Occidental|الصحراء الغربية|صحرای غربی
FJ|Fidji;fidjien|Fiyi;fiyiano|فيجي|فیجی
GW|Guinée-Bissau;bissau-guinéen|Guinea-Bisáu;Guinea-Bissau;guineano|غينيا بيساو|گینه بیسائو
GY|Guyana;guyanien|Guyana;guyanés;guyaneses|غيانا|گویان
IS|Islande;islandais|Islandia;islandés|آيسلندا|ایسلند
LS|Lesotho|Lesoto;Lesotho|ليسوتو|لسوتو
LU|Luxembourg;luxembourgeois|Luxemburgo;luxemburgués|لوكسمبورغ|لوکزامبورگ
MK|Macédoine du Nord;Macédoine;macédonien|Macedonia del Norte;macedonio|مقدونيا الشمالية;مقدونيا|مقدونیه شمالی;مقدونیه
MT|Malte;maltais|Malta;maltés|مالطا|مالت
MU|mauricien;mauriciens;île Maurice;Port-Louis;Beau-Bassin|mauriciano|موريشيوس
NA|Namibie;namibien;namibiens;Windhoek|Namibia;namibio;namibios;Windhoek|ناميبيا|نامیبیا
PG|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|بابوا غينيا الجديدة|پاپوآ گینه نو
SC|Seychelles;seychellois|Seychelles;seychellense|سيشل|سیشل
SI|Slovénie;slovène;slovènes|Eslovenia;esloveno;eslovenos|سلوفينيا|اسلوونی
SK|Slovaquie;slovaque;slovaques|Eslovaquia;eslovaco;eslovacos|سلوفاكيا|اسلواکی
SR|Suriname;surinamais|Surinam;surinamés|سورينام|سورینام
ST|Sao Tomé-et-Principe;São Tomé-et-Príncipe|Santo Tomé y Príncipe|ساو تومي وبرينسيب|سائوتومه و پرنسیپ
SZ|Eswatini;Swaziland|Esuatini;Suazilandia|إسواتيني;سوازيلاند|اسواتینی;سوازیلند
TL|Timor oriental;Timor-Leste;timorais|Timor Oriental;Timor-Leste;timorense;timorenses|تيمور الشرقية|تیمور شرقی
TO|Tonga;tongien|Tonga;tongano|تونغا|تونگا
TT|Trinité-et-Tobago|Trinidad y Tobago;trinitense|ترينيداد وتوباغو|ترینیداد و توباگو
WS|Samoa;samoan|Samoa;samoano|ساموا|ساموآ
BN|Brunei;brunéien|Brunéi;bruneano|بروناي|برونئی
"""
