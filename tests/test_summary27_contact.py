"""summary27: a page's contact and credit lines are no summary sentence: an e-mail address, a
telephone number, "can be reached at", a wire's "( Reporting by ... ; Editing by ... )", "...
contributed to this report", a call to visit a web site, "Fox Forum is on Twitter .", a comments
policy, the Guardian's print-edition and correction notices and boxes. heap-10000 summaries printed them (l3s_gn1-693d6d1c, H1N1_reuters/145, bpoil_foxnews/939,
bpoil_foxnews/353, cleanportaleval-washingtonpost_com_blog1_3, bpoil_reuters/1422)."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _is_junk


@pytest.mark.parametrize(
    "line",
    [
        "Christopher L. Gasper can be reached at cgasper@globe.com .",
        "P-I columnist Joel Connelly can be reached at 206-448-8160 or joelconnelly @ seattlepi.com.",
        "For Tom Toles cartoons, contact Universal Press Syndicate at 800.255.6734 or universalreprints@amuniversal.com.",
        "If it's a local breaking news story, send an e-mail to postnow@washpost.com or call the local news desk "
        "at 202.334.7300.",
        "For more information on group packages and luxury suites, please call the Majors office at 905-502-7788.",
        "( Reporting by Maggie Fox , Editing by Sandra Maler ) An ultra-low latency infrastructure for "
        "electronic trading and data distribution",
        "(Writing by Gene Cherry in Salvo, North Carolina; Editing by Peter Rutherford)",
        "Associated Press writers Jill Lawless in London and Jamey Keaton in Paris contributed to this report.",
        "Fox News ' Jim Angle contributed to this report .",
        "For more information about Logitech and its products, visit the company's Web site at www.logitech.com.",
        "Learn more about the organization 's Freedom of Information Act request at www.AmericanSolutions.com .",
        "Fox Forum is on Twitter .",
        "Contact this reporter at 937-225-2157 or mkatz@DaytonDailyNews.com.",
        "We welcome comments that advance the story through relevant opinion , anecdotes , links and data .",
        # the Guardian's print-edition and correction notices and boxes (H1N1_guardian/477, bpoil_guardian/1507)
        "A version appeared on p7 of the Main section section of the Guardian on 00.38 BST on Saturday 2 May 2009 .",
        "A version appeared on p26 of the Main section section of the Guardian on 23.17 GMT on Wednesday 10 November 2010",
        "Cents This article was amended on Friday 29 May 2009 .",
        "Our selection of best buys Follow the latest business news , comment and analysis on Twitter dominicru : "
        "Average Goldman Sachs pay : $ 399,506 .",
    ],
)
def test_a_contact_or_credit_line_is_junk(line):
    assert _is_junk(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # a site or a handle named in the news, not a call to visit it
        "Florida marketing officials are tailoring their messages to would-be tourists and offering live beach "
        "updates on the state 's website , www.visitflorida.com .",
        "On Thursday evening, Twitter user @Robertrand77, whose screen name is Rob Bertrand, posted a video to "
        "Twitter that appeared to show a man being beaten in Times Square.",
        "The House passed a stopgap government funding measure Thursday night in a 217-185 vote that includes "
        "$5.7 billion for the wall.",
        "If ( the Russians ) want to contact us ( or may have done so through some other channel ) , we can "
        "evaluate their idea , the official said .",
        "The president announced on Facebook and later on Twitter Wednesday night that Parscale would be "
        "replaced as campaign manager.",
        "The article was amended on Friday to remove a false claim about the senator's voting record.",
    ],
)
def test_news_naming_a_site_a_handle_or_a_number_stays(sentence):
    assert not _is_junk(sentence)


def test_the_columnists_address_is_not_in_the_summary():
    # heap-10000 l3s_gn1-693d6d1c (Boston Globe): the summary ended on the writer's address
    column = Article(
        id="l3s_gn1-693d6d1c",
        source="test",
        title="Patriots' pursuit of perfection fascinates the nation",
        text="Safety Rodney Harrison may hang up on callers who mention 16-0 to him, but the Patriots' pursuit "
        "of perfection has become a football fascination for the nation.\n\nFormer Dallas Cowboys and Miami "
        "Dolphins coach Jimmy Johnson, who won back-to-back Super Bowls with the Cowboys in the early 1990s, "
        "said Belichick's approach is, well . . . perfect.\n\nChristopher L. Gasper can be reached at "
        "cgasper@globe.com .",
    )
    texts = [s.text for s in summarise([column], words=60)]
    assert texts
    assert not any("@" in t or "can be reached" in t for t in texts), texts
