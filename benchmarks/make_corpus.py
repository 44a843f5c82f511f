"""A benchmark corpus made from the gold articles, with no download: N news articles of about 400 words.

    python benchmarks/make_corpus.py OUT_DIR                     # 2,000 articles, seed 1
    python benchmarks/make_corpus.py OUT_DIR --articles 200 --seed 7

The sentences of the hand-written articles in ``tests/gold/`` (the .txt, .md and .html ones, read with
kg's own readers: body paragraphs only, no headline, dateline or boilerplate) and ``corpus/`` are
recombined into new articles: each draws runs of one to three consecutive sentences from three or
four source articles until it has about 400 words. In every new article the people of its sources
(the persons of their ``.gold.json``, with their surname and title forms) get generated names from the
first/last-name lists below, of a dozen nationalities; their countries (with demonyms) and cities are
swapped for others; dates move with the article's own date (a month and year shift, so "run-off on
October 19" stays a few weeks after the dateline). Each file has a generated headline and a dateline
``CITY, Month D, YYYY –``. The same seed gives the same files, byte for byte.

Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import DATELINE_RE, PARAGRAPH, read_corpus

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "tests" / "gold", ROOT / "corpus")

# ------------------------------------------------------------------------------------------------
# Name lists: first names, last names, by nationality (the country they are drawn with).

NAMES: dict[str, tuple[str, str]] = {
    "Spain": ("Alejandro Lucía Javier Carmen Sergio Elena Pablo Marta Diego Nuria Álvaro Inés Raúl Pilar",
              "García Fernández Morales Navarro Romero Castillo Herrera Domínguez Vázquez Iglesias Ortega Serrano"),
    "Mexico": ("Jorge Guadalupe Arturo Ximena Rodrigo Valeria Emiliano Fernanda Héctor Itzel Ricardo Citlali",
               "Hernández Ramírez Cruz Flores Mendoza Reyes Aguilar Gutiérrez Salazar Villanueva Olvera Zavala"),
    "Brazil": ("João Ana Paulo Beatriz Thiago Larissa Rafael Camila Gustavo Fernanda Leonardo Juliana",
               "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Araújo Barbosa Cardoso"),
    "France": ("Julien Camille Mathieu Élodie Nicolas Claire Antoine Sophie Guillaume Aurélie Thibault Manon",
               "Lefebvre Moreau Girard Fontaine Rousseau Lambert Mercier Bonnet Chevalier Garnier Faure Marchand"),
    "Germany": ("Matthias Katrin Stefan Anja Tobias Sabine Florian Julia Markus Birgit Jan Heike",
                "Schneider Becker Hoffmann Schäfer Wagner Zimmermann Krüger Hartmann Lange Vogel Brandt Keller"),
    "Russia": ("Dmitry Olga Sergei Natalia Alexei Irina Mikhail Tatiana Nikolai Svetlana Pavel Yulia",
               "Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Orlov Belov"),
    "Egypt": ("Ahmed Fatima Omar Layla Khaled Nour Youssef Amira Tarek Salma Hassan Dina",
              "Mansour Haddad Saleh Nasser Khalil Farouk Hamdan Aziz Rahman Qasim el-Masri al-Hashimi"),
    "Nigeria": ("Chinedu Ngozi Oluwaseun Aisha Emeka Funmilayo Ibrahim Chiamaka Tunde Halima Obinna Zainab",
                "Okafor Adeyemi Balogun Eze Okonkwo Abubakar Olawale Nwosu Ibekwe Danjuma Adebayo Uche"),
    "Kenya": ("Wanjiku Otieno Achieng Kamau Njeri Kiprono Akinyi Mwangi Chebet Odhiambo Wairimu Kipchoge",
              "Mutua Ochieng Kariuki Wanyama Kiplagat Muriuki Omondi Gitau Nyambura Cheruiyot Wafula Maina"),
    "India": ("Arjun Priya Rahul Ananya Vikram Kavya Sanjay Meera Rohan Deepa Anil Sunita",
              "Sharma Patel Reddy Iyer Nair Gupta Chatterjee Menon Desai Kulkarni Banerjee Rao"),
    "China": ("Wei Li Jing Hao Xiu Ming Lei Fang Jun Yan Tao Hui",
              "Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma"),
    "Japan": ("Haruto Yui Sota Aoi Ren Hina Takumi Sakura Kenji Yuki Daiki Emi",
              "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada"),
    "Indonesia": ("Budi Siti Agus Dewi Rizky Putri Hendra Ayu Fajar Rina Eko Wulan",
                  "Santoso Wijaya Hidayat Saputra Pratama Kurniawan Setiawan Nugroho Susanto Halim Gunawan Lubis"),
    "Turkey": ("Mehmet Ayşe Mustafa Elif Emre Zeynep Burak Selin Okan Derya Kerem Esra",
               "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan"),
    "Poland": ("Tomasz Agnieszka Krzysztof Magdalena Paweł Joanna Marcin Ewa Łukasz Katarzyna Wojciech Anna",
               "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Mazur"),
    "Sweden": ("Erik Astrid Lars Ingrid Johan Sofia Anders Maja Henrik Elsa Nils Karin",
               "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindberg Lindqvist Berg"),
    "Vietnam": ("Minh Lan Tuan Huong Duc Mai Quang Thu Hieu Linh Khoa Trang",
                "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong"),
    "Iran": ("Reza Maryam Ali Shirin Hossein Leila Mehdi Parisa Amir Nasrin Kaveh Roya",
             "Hosseini Rezaei Moradi Karimi Jafari Ahmadi Sadeghi Tehrani Rahimi Ghorbani Mousavi Kazemi"),
}

# Countries: name, demonym, plural demonym, cities (the first is the capital).
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Spain", "Spanish", "Spaniards", ("Madrid", "Barcelona", "Valencia", "Seville")),
    ("Mexico", "Mexican", "Mexicans", ("Mexico City", "Guadalajara", "Monterrey", "Puebla")),
    ("Brazil", "Brazilian", "Brazilians", ("Brasilia", "Sao Paulo", "Rio de Janeiro", "Recife")),
    ("France", "French", "French", ("Paris", "Lyon", "Marseille", "Toulouse")),
    ("Germany", "German", "Germans", ("Berlin", "Hamburg", "Munich", "Cologne")),
    ("Russia", "Russian", "Russians", ("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk")),
    ("Egypt", "Egyptian", "Egyptians", ("Cairo", "Alexandria", "Giza", "Port Said")),
    ("Nigeria", "Nigerian", "Nigerians", ("Abuja", "Lagos", "Kano", "Ibadan")),
    ("Kenya", "Kenyan", "Kenyans", ("Nairobi", "Mombasa", "Kisumu", "Nakuru")),
    ("India", "Indian", "Indians", ("New Delhi", "Mumbai", "Chennai", "Kolkata")),
    ("China", "Chinese", "Chinese", ("Beijing", "Shanghai", "Guangzhou", "Chengdu")),
    ("Japan", "Japanese", "Japanese", ("Tokyo", "Osaka", "Nagoya", "Sapporo")),
    ("Indonesia", "Indonesian", "Indonesians", ("Jakarta", "Surabaya", "Bandung", "Medan")),
    ("Turkey", "Turkish", "Turks", ("Ankara", "Istanbul", "Izmir", "Bursa")),
    ("Poland", "Polish", "Poles", ("Warsaw", "Krakow", "Gdansk", "Wroclaw")),
    ("Sweden", "Swedish", "Swedes", ("Stockholm", "Gothenburg", "Malmo", "Uppsala")),
    ("Vietnam", "Vietnamese", "Vietnamese", ("Hanoi", "Ho Chi Minh City", "Da Nang", "Haiphong")),
    ("Iran", "Iranian", "Iranians", ("Tehran", "Isfahan", "Mashhad", "Tabriz")),
    ("Argentina", "Argentine", "Argentines", ("Buenos Aires", "Cordoba", "Rosario", "Mendoza")),
    ("Colombia", "Colombian", "Colombians", ("Bogota", "Medellin", "Cali", "Barranquilla")),
    ("Chile", "Chilean", "Chileans", ("Santiago", "Valparaiso", "Antofagasta", "Concepcion")),
    ("Peru", "Peruvian", "Peruvians", ("Lima", "Arequipa", "Cusco", "Trujillo")),
    ("Ghana", "Ghanaian", "Ghanaians", ("Accra", "Kumasi", "Tamale", "Takoradi")),
    ("Ethiopia", "Ethiopian", "Ethiopians", ("Addis Ababa", "Dire Dawa", "Mekelle", "Gondar")),
    ("South Africa", "South African", "South Africans", ("Pretoria", "Johannesburg", "Cape Town", "Durban")),
    ("Morocco", "Moroccan", "Moroccans", ("Rabat", "Casablanca", "Marrakesh", "Tangier")),
    ("Jordan", "Jordanian", "Jordanians", ("Amman", "Zarqa", "Irbid", "Aqaba")),
    ("Pakistan", "Pakistani", "Pakistanis", ("Islamabad", "Karachi", "Lahore", "Peshawar")),
    ("Bangladesh", "Bangladeshi", "Bangladeshis", ("Dhaka", "Chittagong", "Khulna", "Sylhet")),
    ("Thailand", "Thai", "Thais", ("Bangkok", "Chiang Mai", "Phuket", "Khon Kaen")),
    ("Philippines", "Filipino", "Filipinos", ("Manila", "Cebu", "Davao", "Iloilo")),
    ("Australia", "Australian", "Australians", ("Canberra", "Sydney", "Melbourne", "Perth")),
    ("Canada", "Canadian", "Canadians", ("Ottawa", "Toronto", "Montreal", "Vancouver")),
    ("Italy", "Italian", "Italians", ("Rome", "Milan", "Naples", "Turin")),
    ("Greece", "Greek", "Greeks", ("Athens", "Thessaloniki", "Patras", "Heraklion")),
    ("Romania", "Romanian", "Romanians", ("Bucharest", "Cluj-Napoca", "Timisoara", "Iasi")),
    ("Ukraine", "Ukrainian", "Ukrainians", ("Kyiv", "Kharkiv", "Odesa", "Lviv")),
    ("Norway", "Norwegian", "Norwegians", ("Oslo", "Bergen", "Trondheim", "Stavanger")),
    ("Senegal", "Senegalese", "Senegalese", ("Dakar", "Thies", "Saint-Louis", "Ziguinchor")),
    ("Tanzania", "Tanzanian", "Tanzanians", ("Dodoma", "Dar es Salaam", "Arusha", "Mwanza")),
)
NAME_COUNTRIES = tuple(NAMES)
WITH_THE = {"Philippines", "Netherlands", "United States", "United Kingdom", "United Arab Emirates"}

MONTHS = tuple(calendar.month_name)[1:]
_MONTH_RE = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
             r"Aug(?:ust|\.)?|Sept?(?:ember|\.)|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\w-])")
DATES = re.compile(rf"\b{_MONTH_RE}(?: (?P<day>\d{{1,2}})\b)?(?:,? (?P<year>(?:19|20)\d\d)\b)?"
                   r"|\b(?P<alone>(?:199|20[0-3])\d)\b")
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "St", "Jr", "Prof", "Gov",
                 "Capt", "Maj", "Sgt", "U.S", "U.N", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct",
                 "Nov", "Dec"}
SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘'(]?[A-Z0-9])")

HEADLINES = (
    "{Demonym} {office} {surname} faces growing pressure over {topic}",
    "{country} and {country2} trade accusations as {topic} deepens",
    "{surname} vows action on {topic} after talks in {city}",
    "{Demonym} court rules on {topic} as protests spread to {city}",
    "Thousands rally in {city} over {topic}",
    "{country} declares emergency as {topic} worsens",
    "{country2} condemns {Demonym} move on {topic}",
    "{Demonym} ministers split over {topic} ahead of vote",
    "{surname} resigns amid row over {topic}",
    "Talks in {city} end without deal on {topic}",
    "{country} to seek international help over {topic}",
    "Opposition in {country} demands inquiry into {topic}",
    "{Demonym} parliament approves plan to tackle {topic}",
    "{surname} and {surname2} meet in {city} to discuss {topic}",
)
TOPICS = ("fuel prices", "border security", "the budget deficit", "migrant arrivals", "flood relief",
          "interest rates", "the election result", "a trade agreement", "hospital waiting lists",
          "military drills", "a ceasefire", "chemical pollution", "deportations", "food prices",
          "a corruption case", "power cuts", "drought", "the arrest of an opposition leader")
OFFICES = ("president", "prime minister", "foreign minister", "health minister", "opposition leader",
           "finance minister", "central bank chief", "interior minister")


# ------------------------------------------------------------------------------------------------
# Sources: sentence runs and the names they contain.


@dataclass
class Person:
    label: str
    forms: dict[str, str]  # surface form -> "full", "last" or "first"


@dataclass
class Source:
    id: str
    published: dt.date
    runs: list[list[str]]  # per paragraph, its sentences
    persons: list[Person] = field(default_factory=list)
    countries: dict[str, list[str]] = field(default_factory=dict)  # country -> its demonyms / aliases
    groups: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph; a quotation that runs over several sentences stays in one piece."""
    out: list[str] = []
    start = 0
    for m in SENTENCE_END.finditer(paragraph):
        before = paragraph[start:m.start()].rstrip("”\"’'.!?")
        last = before.split()[-1] if before.split() else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[A-Z]", last):
            continue
        piece = paragraph[start:m.end()].strip()
        if piece.count("“") > piece.count("”") or piece.count('"') % 2:
            continue  # inside a quotation: keep going
        out.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest and (out or re.search(r"[.!?…][\"”’)]*$", rest)):
        out.append(rest)  # not a subheading ("Deadline has passed"), which no sentence ends
    return out


def _person_forms(label: str, aliases: list[str]) -> dict[str, str]:
    tokens = label.split()
    forms = {label: "full"}
    for k in range(1, len(tokens)):
        suffix = " ".join(tokens[k:])
        if tokens[k][:1].isupper() or k == len(tokens) - 1 or tokens[k] in ("de", "van", "der", "el", "al", "bin"):
            forms.setdefault(suffix, "last")
    for alias in aliases:
        words = alias.split()
        if label.endswith(alias) or label.lower().endswith(alias.lower()):
            forms.setdefault(alias, "last")
        elif label.startswith(alias):
            forms.setdefault(alias, "first")
        elif len(words) > 1 and label.endswith(words[-1]):  # "President Jeri": the surname is enough
            forms.setdefault(words[-1], "last")
    for form, kind in list(forms.items()):
        if kind == "last" and form[:1].islower():
            forms.setdefault(form[:1].upper() + form[1:], "last")
    return forms


def load_sources(paths=SOURCES) -> list[Source]:
    """The source articles with their sentences and the people, countries and cities of their gold."""
    sources: dict[str, Source] = {}
    for item in read_corpus(paths):
        if isinstance(item, Exception) or item.id in sources:
            continue
        gold_path = Path(item.source).with_name(f"{item.id}.gold.json")
        if not gold_path.exists() and Path(item.source).parent.name == "gold":
            continue  # FORMAT.md and the like: documentation, not an article
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        published = item.published or dt.date.fromisoformat(gold.get("published") or "2025-01-01")
        paras = [item.text[b.begin:b.end] for b in item.parts(PARAGRAPH)]
        if paras and (m := DATELINE_RE.match(paras[0])):  # a dateline kg did not split off
            paras[0] = paras[0][m.end():]
        src = Source(item.id, published, [s for p in paras if (s := sentences(p))])
        for e in gold.get("entities", []):
            if e["type"] == "Person":
                src.persons.append(Person(e["label"], _person_forms(e["label"], e.get("aliases", []))))
            elif e["type"] == "Country":
                src.countries[e["label"]] = list(e.get("aliases", []))
            elif e["type"] == "City":
                src.cities.append(e["label"])
            elif e["type"] == "Group":
                src.groups.append(e["label"])
        sources[item.id] = src
    if not sources:
        raise SystemExit(f"no source articles under {', '.join(map(str, paths))}")
    return [sources[k] for k in sorted(sources)]


# ------------------------------------------------------------------------------------------------
# Generating one article


def _person(rng: random.Random, taken: set[str], real: set[str]) -> tuple[str, str, str]:
    """A generated person: (first name, last name, nationality); last names unique in the article, and no name
    a gold person has (no gold person's full name, nor a first or last name a gold person is known by alone)."""
    while True:
        nat = rng.choice(NAME_COUNTRIES)
        firsts, lasts = (x.split() for x in NAMES[nat])
        first = rng.choice(firsts)
        last = rng.choice(lasts)
        if rng.random() < 0.15:  # compound surnames, as in the gold
            other = rng.choice(lasts)
            if other != last:
                last = f"{last}-{other}" if nat not in ("Spain", "Mexico", "Brazil") else f"{last} {other}"
        if last not in taken and not {f"{first} {last}", first, last} & real:
            taken.add(last)
            return first, last, nat


def _shift_dates(text: str, months: int, years: int) -> str:
    def sub(m: re.Match) -> str:
        if m.group("alone"):
            return str(int(m.group("alone")) + years)
        name = m.group("month")
        if name == "May" and not (m.group("day") or m.group("year")):
            return name  # the modal verb more often than the month
        old = next(i for i, full in enumerate(MONTHS) if full.startswith(name.rstrip(".")[:3]))
        total = old + months + (int(m.group("year")) * 12 if m.group("year") else 0)
        month = MONTHS[total % 12]
        out = (month[:3] + "." if name.endswith(".") and len(month) > 4 else month)
        if m.group("day"):
            out += f" {min(int(m.group('day')), 28)}"
        if m.group("year"):
            out += f", {total // 12}"
        return out
    return DATES.sub(sub, text)


def article(index: int, sources: list[Source], seed: int = 1, words: int = 400) -> tuple[str, str]:
    """Article ``index`` of the corpus of ``seed``: (file name, text)."""
    rng = random.Random(f"kg-bench-{seed}-{index}")
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    picked = rng.sample(sources, k=min(len(sources), rng.choice((3, 3, 4))))
    real = {person.label for src in sources for person in src.persons}

    # who and where: every source's people, countries and cities get a stand-in for this article
    home = rng.choice(COUNTRIES)
    others = [c for c in COUNTRIES if c is not home]
    rng.shuffle(others)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    people: list[tuple[str, str, str]] = []
    country_of: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}
    for src in picked:
        for person in src.persons:
            if person.label in mapping:
                continue
            first, last, nat = _person(rng, taken, real)
            people.append((first, last, nat))
            for form, kind in person.forms.items():
                mapping.setdefault(form, {"full": f"{first} {last}", "last": last, "first": first}[kind])
        for name, aliases in src.countries.items():
            if name not in country_of:
                country_of[name] = home if not country_of else (others.pop() if others else home)
            new = country_of[name]
            mapping.setdefault(name, new[0])
            for the in ("the ", "The "):  # "the Philippines" -> "Kenya", "the Netherlands" -> "the Philippines"
                mapping.setdefault(the + name, (the if new[0] in WITH_THE else "") + new[0])
            for alias in aliases:  # a demonym, an acronym ("US") or a short name ("Saudi")
                is_demonym = alias[-1:] in "nhie" and alias not in ("US", "UK")
                mapping.setdefault(alias, new[1] if is_demonym else new[0])
                if is_demonym:
                    mapping.setdefault(alias + "s", new[2])
        for group in src.groups:  # "Bolivians", "Venezuelans" of a mapped country
            base = next((new for name, new in country_of.items()
                         if group.rstrip("s") in src.countries.get(name, [])), None)
            if base:
                mapping.setdefault(group, base[2])
        for city in src.cities:
            if city not in mapping:
                country = rng.choice(list(country_of.values()) or [home])
                mapping[city] = rng.choice(country[3][1:] or country[3])
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
                         + r")(?![\w-])") if mapping else None

    # the body: runs of sentences, drawn from the sources in turn
    target = rng.randint(int(words * 0.85), words)  # the last run overshoots by ~30 words
    used: set[tuple[str, int, int]] = set()
    paragraphs: list[str] = []
    count = 0
    attempts = 0
    while count < target and attempts < 500:
        attempts += 1
        src = rng.choice(picked)
        p = rng.randrange(len(src.runs))
        sents = src.runs[p]
        start = rng.randrange(len(sents))
        run = []
        for j in range(start, min(len(sents), start + rng.choice((1, 2, 2, 3)))):
            if (src.id, p, j) in used:
                break
            used.add((src.id, p, j))
            run.append(sents[j])
        if not run:
            continue
        months = (date.year * 12 + date.month) - (src.published.year * 12 + src.published.month)
        text = " ".join(run)
        text = _shift_dates(text, months, date.year - src.published.year)
        if pattern:
            text = pattern.sub(lambda m: mapping[m.group(1)], text)
        if paragraphs and rng.random() < 0.4 and len(paragraphs[-1].split()) < 60:
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
        count += len(text.split())

    # headline and dateline
    second = others[-1] if others else home
    person = people[0] if people else _person(rng, taken, real)
    person2 = people[1] if len(people) > 1 else _person(rng, taken, real)
    headline = rng.choice(HEADLINES).format(
        Demonym=home[1], country=home[0], country2=second[0], city=rng.choice(home[3]),
        office=rng.choice(OFFICES), surname=person[1], surname2=person2[1], topic=rng.choice(TOPICS))
    headline = headline[0].upper() + headline[1:]
    city = home[3][0] if rng.random() < 0.6 else rng.choice(home[3])
    dateline = f"{city.upper() if rng.random() < 0.3 else city}, {MONTHS[date.month - 1]} {date.day}, {date.year} –"
    paragraphs[0] = f"{dateline} {paragraphs[0]}"
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:48].rstrip("-")
    return f"{index:05d}-{slug}.txt", headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(n: int, seed: int = 1, words: int = 400) -> Iterator[tuple[str, str]]:
    sources = load_sources()
    for i in range(n):
        yield article(i, sources, seed, words)


def write(out: Path | str, n: int = 2000, seed: int = 1, words: int = 400) -> list[Path]:
    """Write ``n`` articles into ``out`` (created; .txt files already there are removed first)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    paths = []
    for name, text in generate(n, seed, words):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write the .txt files into")
    ap.add_argument("--articles", "-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=400, help="about this many words an article")
    args = ap.parse_args(argv)
    paths = write(args.out, args.articles, args.seed, args.words)
    total = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} articles, {total} words in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
