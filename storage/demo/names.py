"""Names, languages and channels for the demo class: the backgrounds in Dutch classrooms.

Kept apart from `demo.py` so the generator stays readable. Every name keeps its
diacritics (Yılmaz, Øyen, Nguyễn, Wiśniewska): the demo is where naive code breaks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Background:
    """Where a family's names come from, and what their home language and channel tend to be."""

    key: str
    weight: int
    surnames: tuple[str, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]
    mothers: tuple[str, ...]
    fathers: tuple[str, ...]
    languages: tuple[tuple[str, int], ...]
    channels: tuple[tuple[str, int], ...]
    interpreter: float = 0.0
    """Chance that an interpreter or simple language helps."""
    surname_first: bool = False
    """Vietnamese order: Nguyễn Thị Lan."""
    gendered: bool = False
    """Polish surnames: Wiśniewski, Wiśniewska."""


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|"))


def _background(key: str, weight: int, *lines: str, **extra) -> Background:
    surnames, girls, boys, mothers, fathers, languages, channels = lines
    return Background(
        key,
        weight,
        _split(surnames),
        _split(girls),
        _split(boys),
        _split(mothers),
        _split(fathers),
        _weighted(languages),
        _weighted(channels),
        **extra,
    )


def _weighted(text: str) -> tuple[tuple[str, int], ...]:
    pairs = []
    for part in _split(text):
        name, _, weight = part.rpartition(" ")
        pairs.append((name, int(weight)))
    return tuple(pairs)


BACKGROUNDS = (
    _background(
        "dutch",
        38,
        "de Vries|van der Berg|de Jong|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot"
        "|Bos|Vos|Peters|Hendriks|van Dijk|van den Heuvel|van Leeuwen|Dekker|Brouwer|de Wit"
        "|Dijkstra|Kok|van der Linden|Postma|Hoekstra|van 't Hof|ten Brink|Schouten|Verhoeven"
        "|de Haan|Prins|Huisman|Kuipers|van Beek|Veenstra|Bosman|Koster|IJzerman|van Eijk",
        "Emma|Julia|Mila|Tess|Sophie|Zoë|Sara|Nora|Fenna|Lotte|Noor|Saar|Liv|Isa|Evi|Roos|Jip",
        "Daan|Sem|Noah|Lucas|Levi|Finn|Mees|Luuk|Bram|Jesse|Thijs|Milan|Sven|Gijs|Teun|Stijn",
        "Sanne|Ilse|Linda|Marieke|Anouk|Femke|Esther|Marloes|Judith|Kim|Laura|Eva",
        "Mark|Pieter|Jeroen|Bas|Thomas|Martijn|Niels|Rik|Joost|Wouter|Dennis|Erik",
        "Nederlands 20|Fries 1",
        "app 4|e-mail 3|WhatsApp 2|persoonlijk 2|telefoon 1",
    ),
    _background(
        "turkish",
        9,
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Yıldız|Aydın|Arslan|Doğan|Koç|Kılıç|Aksoy|Güneş",
        "Elif|Zeynep|Ecem|Eylül|Defne|Azra|Ayşe|Nehir|Meryem|İlayda",
        "Emre|Yusuf|Mert|Kerem|Burak|Ömer|Efe|Emir|Çağan|Arda",
        "Ayşe|Hatice|Fatma|Emine|Zeynep|Gül|Sibel|Özlem",
        "Mehmet|Mustafa|Hüseyin|İbrahim|Ahmet|Hakan|Murat|Serkan",
        "Turks 6|Nederlands 3|Koerdisch 1",
        "WhatsApp 6|telefoon 2|app 2|persoonlijk 1",
        interpreter=0.15,
    ),
    _background(
        "moroccan",
        10,
        "El Amrani|Benali|Bouzid|El Idrissi|Ouali|Aït Taleb|Boukhari|El Haddaoui|Azzouzi"
        "|Chaouki|El Khattabi|Ben Ahmed|Ziani",
        "Amira|Nour|Aya|Imane|Hiba|Salma|Yasmina|Malak|Soumaya|Ikram",
        "Adam|Yassin|Ilias|Soufiane|Rayan|Zakaria|Bilal|Ayoub|Anas|Hamza",
        "Fatima|Khadija|Naima|Samira|Latifa|Malika|Houda|Saida",
        "Mohamed|Rachid|Abdelkader|Hassan|Mustapha|Driss|Karim|Youssef",
        "Tarifit 3|Marokkaans-Arabisch 3|Nederlands 4",
        "WhatsApp 6|telefoon 3|persoonlijk 2|app 1",
        interpreter=0.1,
    ),
    _background(
        "surinamese",
        6,
        "Ramdin|Sewnath|Kromodimedjo|Biharie|Pinas|Wijngaarde|Doelwijt|Mangal|Ramautar"
        "|Soekhoe|Amatdjais|Sitaldin",
        "Shanaya|Anjali|Dayenne|Naomi|Priya|Kavita|Ashanti|Jaylinn",
        "Jaydon|Rishi|Quincy|Vishal|Rohan|Xavier|Dwayne|Arjun",
        "Sharmila|Gerda|Priya|Marcia|Rita|Sunita|Jennifer|Astrid",
        "Ravi|Roy|Sunil|Ricardo|Anand|Romano|Errol|Dinesh",
        "Nederlands 7|Sranantongo 2|Sarnami 2|Javaans 1",
        "WhatsApp 5|telefoon 2|app 2|persoonlijk 2",
    ),
    _background(
        "antillean",
        3,
        "Martis|Isenia|Rosaria|Maduro|Pietersz|Statia|Girigorie|Winklaar|Cijntje|Doran",
        "Xiomara|Dayanara|Shurainy|Naïsha|Jurisa|Gabriëla",
        "Giovanny|Shurandy|Jeandre|Jurmen|Rigino|Dyshon",
        "Shirley|Gisela|Ruthmila|Migdalia|Jacqueline",
        "Edsel|Jurgen|Ergilio|Rudsel|Ashley",
        "Papiaments 5|Nederlands 5",
        "WhatsApp 7|telefoon 2|persoonlijk 1",
    ),
    _background(
        "polish",
        5,
        "Nowak|Wiśniewski|Wójcik|Kowalczyk|Zieliński|Lewandowski|Dąbrowski|Kamiński"
        "|Szymański|Woźniak|Mazur|Kowalski",
        "Zofia|Julia|Maja|Oliwia|Zuzanna|Lena|Alicja|Hanna",
        "Jakub|Antoni|Szymon|Kacper|Wojciech|Filip|Mikołaj|Jan",
        "Katarzyna|Agnieszka|Małgorzata|Magdalena|Joanna|Ewa",
        "Piotr|Tomasz|Paweł|Łukasz|Krzysztof|Marek",
        "Pools 8|Nederlands 1|Engels 1",
        "WhatsApp 4|app 3|telefoon 2|e-mail 1",
        interpreter=0.3,
        gendered=True,
    ),
    _background(
        "syrian",
        4,
        "Al-Hassan|Haddad|Al-Khatib|Darwish|Al-Masri|Kassab|Shami|Al-Ahmad|Hamdan|Al-Hamwi",
        "Lana|Rama|Joud|Maya|Sidra|Lilas|Sham|Rahaf",
        "Omar|Karam|Taim|Hamza|Yazan|Ghaith|Mohammad|Adnan",
        "Rania|Lama|Hala|Nour|Ghada|Reem",
        "Khaled|Ahmad|Bashar|Mahmoud|Firas|Samer",
        "Arabisch 8|Koerdisch 2",
        "WhatsApp 8|telefoon 2",
        interpreter=0.6,
    ),
    _background(
        "eritrean",
        3,
        "Tesfay|Gebremedhin|Haile|Kidane|Tekle|Berhane|Woldemichael|Yohannes|Ghebreab",
        "Selam|Hermon|Luwam|Saba|Feven|Winta",
        "Filmon|Yonas|Natnael|Robel|Abel|Dawit",
        "Senait|Mebrat|Helen|Tsega|Almaz",
        "Tesfalem|Kibrom|Yemane|Mehari|Goitom",
        "Tigrinya 9|Arabisch 1",
        "WhatsApp 6|telefoon 3|persoonlijk 1",
        interpreter=0.7,
    ),
    _background(
        "ukrainian",
        4,
        "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boiko|Oliinyk|Marchenko"
        "|Savchuk",
        "Sofiia|Anastasiia|Daryna|Yeva|Zlata|Solomiia",
        "Maksym|Artem|Bohdan|Mykyta|Danylo|Yaroslav",
        "Olena|Oksana|Iryna|Nataliia|Yuliia|Tetiana",
        "Andrii|Serhii|Oleksandr|Volodymyr|Dmytro",
        "Oekraïens 7|Russisch 2|Engels 1",
        "WhatsApp 4|telefoon 2|e-mail 2|app 2",
        interpreter=0.5,
    ),
    _background(
        "chinese",
        2,
        "Chen|Wang|Li|Zhang|Liu|Huang|Lin|Zhou|Wu|Cheung",
        "Xinyi|Mei|Jiayi|Yutong|Lisa|Ruoxi",
        "Yiming|Hao|Zihan|Kevin|Junjie|Haoran",
        "Li Na|Xiaoling|Hui|Yan|Jing",
        "Wei|Jun|Qiang|Lei|Ming",
        "Mandarijn 5|Kantonees 3|Nederlands 2",
        "e-mail 3|app 3|WeChat 2|WhatsApp 2|telefoon 2",
        interpreter=0.2,
    ),
    _background(
        "vietnamese",
        2,
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng|Bùi",
        "Linh|Anh|Thảo|Vy|Mai|Ngọc",
        "Minh|Bảo|Khánh|Huy|Nam|Đức",
        "Thị Lan|Thu Hà|Thị Hương|Ngọc Ánh",
        "Văn Hùng|Đức Anh|Văn Nam|Quốc Bảo",
        "Vietnamees 7|Nederlands 3",
        "telefoon 3|WhatsApp 3|app 2|e-mail 2",
        interpreter=0.3,
        surname_first=True,
    ),
    _background(
        "ghanaian",
        3,
        "Asante|Mensah|Owusu|Boateng|Osei|Agyeman|Appiah|Darko|Amoah|Ofori",
        "Ama|Akosua|Efua|Abena|Adwoa|Esi",
        "Kofi|Kwame|Yaw|Kwabena|Kwasi|Nana",
        "Abena|Akua|Grace|Comfort|Gifty",
        "Kwaku|Emmanuel|Kojo|Samuel|Isaac",
        "Twi 5|Engels 4|Nederlands 1",
        "WhatsApp 7|telefoon 3",
        interpreter=0.1,
    ),
    _background(
        "scandinavian",
        1,
        "Øyen|Bjørnstad|Håland|Sørensen|Ødegård|Lindqvist",
        "Sigrid|Astrid|Nora|Ingrid|Frida",
        "Magnus|Jakob|Ola|Sindre|Emil",
        "Ingrid|Kari|Marte|Siri",
        "Lars|Henrik|Anders|Eirik",
        "Noors 5|Deens 2|Zweeds 2|Engels 1",
        "e-mail 5|app 3|WhatsApp 2",
    ),
    _background(
        "afghan",
        2,
        "Ahmadi|Hosseini|Rahimi|Sultani|Karimi|Noori",
        "Mariam|Parwana|Zahra|Sahar",
        "Mustafa|Elias|Arash|Farid",
        "Fariba|Shabnam|Zainab|Marzia",
        "Ahmad|Rahim|Jawad|Nasir",
        "Dari 7|Pasjtoe 3",
        "WhatsApp 6|telefoon 4",
        interpreter=0.5,
    ),
    _background(
        "somali",
        2,
        "Warsame|Abdi|Farah|Mohamud|Hirsi|Jama",
        "Hodan|Ayaan|Ifrah|Sagal",
        "Abdirahman|Liban|Mahad|Guled",
        "Hawa|Fadumo|Sahra|Asha",
        "Abdullahi|Hassan|Omar|Ahmed",
        "Somalisch 9|Nederlands 1",
        "WhatsApp 6|telefoon 3|persoonlijk 1",
        interpreter=0.5,
    ),
    _background(
        "balkan",
        1,
        "Ibrahimović|Hodžić|Đorđević|Kovačević|Petrović",
        "Lejla|Amra|Milica|Ajla",
        "Amar|Luka|Tarik|Stefan",
        "Amela|Jasmina|Dragana",
        "Emir|Nenad|Senad",
        "Bosnisch 5|Servisch 3|Nederlands 2",
        "WhatsApp 5|telefoon 3|app 2",
    ),
    _background(
        "lusophone",
        2,
        "Gonçalves|Fernandes|Sousa|da Silva|Lopes|Tavares",
        "Beatriz|Inês|Lara|Mariana",
        "João|Tomás|Gustavo|Rodrigo",
        "Ana|Joana|Cláudia|Luísa",
        "Paulo|Rui|Nuno|Bruno",
        "Portugees 7|Kaapverdisch 2|Nederlands 1",
        "WhatsApp 6|telefoon 2|e-mail 2",
        interpreter=0.1,
    ),
    _background(
        "spanish",
        1,
        "García|Muñoz|Rodríguez|Martínez|Peña",
        "Lucía|Valentina|Martina|Sofía",
        "Mateo|Hugo|Pablo|Álvaro",
        "María|Carmen|Elena|Rocío",
        "Javier|Carlos|Andrés|Íñigo",
        "Spaans 8|Engels 2",
        "WhatsApp 4|e-mail 4|app 2",
    ),
    _background(
        "german",
        1,
        "Müller|Schäfer|Weiß|Köhler|Hoffmann",
        "Lea|Marie|Hannah|Clara",
        "Jonas|Leon|Felix|Paul",
        "Katrin|Anja|Silke|Jana",
        "Jörg|Stefan|Matthias|Uwe",
        "Duits 8|Nederlands 2",
        "e-mail 5|app 4|WhatsApp 1",
    ),
    _background(
        "indian",
        2,
        "Sharma|Iyer|Patel|Reddy|Krishnan|Nair",
        "Aadhya|Diya|Ananya|Saanvi",
        "Arjun|Vihaan|Aarav|Ishaan",
        "Priya|Deepa|Lakshmi|Kavya",
        "Rahul|Vikram|Suresh|Karthik",
        "Engels 5|Hindi 2|Tamil 2|Telugu 1",
        "e-mail 5|WhatsApp 4|app 1",
    ),
)

BY_KEY = {background.key: background for background in BACKGROUNDS}

HEADLINERS = (
    ("dutch", "van der Berg"),
    ("dutch", "de Vries"),
    ("dutch", "de Vries"),
    ("turkish", "Yılmaz"),
    ("scandinavian", "Øyen"),
    ("vietnamese", "Nguyễn"),
    ("polish", "Wiśniewski"),
    ("moroccan", "El Amrani"),
    ("surinamese", "Ramdin"),
    ("antillean", "Martis"),
    ("syrian", "Haddad"),
    ("eritrean", "Tesfay"),
    ("ukrainian", "Kovalenko"),
    ("chinese", "Chen"),
    ("ghanaian", "Asante"),
    ("turkish", "Öztürk"),
    ("moroccan", "Benali"),
    ("dutch", "de Jong"),
)
"""The first families of every demo class: the names a teacher must be able to find."""
NEED_INTERPRETER = frozenset({"Haddad", "Tesfay"})
"""Newcomers in every demo class for whom an interpreter or simple language helps."""


def female_surname(surname: str) -> str:
    """Wiśniewski → Wiśniewska, Kowalski → Kowalska; other names stay as they are."""
    for ending, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + female
    return surname


GRANDPARENT = {"dutch": ("oma", "opa"), "surinamese": ("oma", "opa")}

TIPS_GENERAL = (
    "Vader werkt in ploegendienst; bellen na 18:00.",
    "Opa haalt op dinsdag en donderdag op.",
    "Moeder werkt 's ochtends; spreek haar bij het ophalen.",
    "Denkt graag mee; vraag om hulp bij uitstapjes.",
    "Reageert snel op WhatsApp, niet op de app.",
    "Wil graag weten hoe het met lezen gaat.",
    "Komt graag op de koffieochtend; daar even bijpraten.",
    "Begin met iets positiefs; vorige leerkracht sprak alleen over problemen.",
)
TIPS_INTERPRETER = (
    "Tolk via de tolkentelefoon bij gesprekken.",
    "Korte zinnen, geen jargon; plaatjes helpen.",
    "Oudste kind vertaalt soms; bij zorgen liever een tolk.",
    "Eenvoudig Nederlands; berichten voorlezen kan via de app.",
)
TIP_ENGLISH = "Spreekt Engels; berichten in het Engels of eenvoudig Nederlands."
TIP_PHONE = "Liever bellen dan mailen; leest weinig."
TIP_NEWCOMER = "Nieuw in Nederland sinds de zomer; leg uit hoe school werkt."
TIP_TWO_HOMES = "Ouders gescheiden: beiden apart informeren."

NOTES = {
    "positive": (
        "{child} trots op de tekening",
        "Vertelde enthousiast over de schooltuin",
        "Bedankt voor de hulp bij de excursie",
        "{child} leest veel vlotter, gedeeld",
        "Gezellig kletsje bij het hek",
        "{child} was vandaag een goede hulp in de klas",
        "Moeder helpt mee bij de kerstviering",
        "Compliment over de spreekbeurt van {child}",
    ),
    "neutral": (
        "Gymtas vergeten, morgen mee",
        "Vraag over de schoolreis",
        "Tandarts donderdag, haalt om 10:00 op",
        "Nieuw telefoonnummer doorgegeven",
        "Luizencontrole besproken",
        "Vraag over de ouderbijdrage",
    ),
    "concern": (
        "{child} moe in de klas, slaapt slecht",
        "Ruzie op het plein besproken",
        "Zorgen over spelling; thuis extra oefenen",
        "Vaak te laat; samen naar een oplossing gezocht",
        "{child} verdrietig sinds de verhuizing",
        "Huiswerk niet af, afspraak gemaakt",
    ),
    "meeting": (
        "10-minutengesprek: {child} doet goed mee",
        "10-minutengesprek: rapport besproken",
        "10-minutengesprek: rekenen gaat vooruit",
    ),
    "attempt": (
        "Gebeld, geen gehoor",
        "Voicemail ingesproken",
        "Bericht gestuurd, nog geen reactie",
    ),
}
