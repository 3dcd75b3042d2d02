"""NL408 page-chrome: lines that are web-page furniture by their shape, not by a fixed phrase.

The rule runs its passes in order, each line reported once, by the first pass whose reason fits;
the passes live in `rules/nl408/`, one module per family of shapes (the page's lines one by one,
its top, listing pages, short lines alone and runs of them, what follows the story, other scripts
and languages).

Long on purpose: most of it is the rule's declaration, whose rationale documents every shape the
passes know (`newslint rule NL408`, `docs/rules.md`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core.diagnostics import Diagnostic
from ..core.document import HEADLINE, Block, Document
from ..core.rule import RuleSpec
from .nl408.base import PageChromeOptions
from .nl408.language import LanguagePasses
from .nl408.lines import LinePasses
from .nl408.listing import ListingPasses
from .nl408.lone import LonePasses
from .nl408.runs import RunPasses
from .nl408.shapes import _WEATHER
from .nl408.shared import (
    _MONTH_DAY,
    _SCOPE,
    MAX_WIDGET,
    _label_like,
    _prose,
    host_line,
)
from .nl408.tail import TailPasses
from .nl408.top import TopPasses
from .support.chrome.bars import chrome_reason
from .support.chrome.lines import Line, lines_of
from .support.chrome.sites import masthead, outlet_name, section_label
from .support.chrome.vocabulary import SENTENCE_END, patterns
from .support.chrome.widgets import forecast_cell, widget_label
from .support.header import header_lines

# The story's prose must start within this many blocks of the page's top.
SITE_PROSE_WITHIN = 6
# Under a section label, past the headline and its byline, date and credit lines.
SECTION_PROSE_WITHIN = 8

_SITE = (
    "a site or section name above the headline-like line under it (a few words, no sentence), "
    "not the story's headline"
)
_OUTLET = "a news organisation's name at the top of the page (the site's masthead), not the story's headline"
_HOST = "a site's host name at the top of the page (its masthead or a link), not the story's headline"
_WIDGET_LABEL = "a widget's label between two of its lines that are chrome (a name between two prayer times)"
_FORECAST = "a cell of a weather widget's forecast (a day, a temperature, the sky) beside the widget, not text"
# A forecast's cells in a row beside a weather widget; fewer may be a story's own short lines.
MIN_FORECAST_CELLS = 3
_SECTION = "a site's section label above the story (section words only: 'Latest News', 'Politics'), not its headline"


def _site_line(blocks: tuple[Block, ...]) -> tuple[Block, str] | None:
    """The first line, with the reason, when it is a site's section label ("Latest News",
    "Politics") with the story's prose under it, or a site or section name ("VietnamPlus",
    "World News") above a headline-like line: a few words with no digit, then (past at most one
    more such label, "News" over "Royal News") a line of title length with no sentence end,
    then the story's prose; or a news organisation's name above a page that holds a story."""
    if len(blocks) < 3 or blocks[0].kind != HEADLINE or blocks[1].kind not in _SCOPE:
        return None
    site = blocks[0].text
    if section_label(site) and any(_prose(block) for block in blocks[1 : 1 + SECTION_PROSE_WITHIN]):
        return blocks[0], _SECTION
    found = _named_site(blocks)
    if found is not None:
        return found, _SITE
    if outlet_name(site) and any(_prose(block) for block in blocks[1:]):
        return blocks[0], _OUTLET
    if host_line(site) and any(_prose(block) for block in blocks[1:]):
        return blocks[0], _HOST  # "UrduPoint.com" over the story: the site's masthead
    return None


def _named_site(blocks: tuple[Block, ...]) -> Block | None:
    site = blocks[0].text
    if not _label_like(site):
        return None
    at = 1
    if len(blocks) > 3 and blocks[2].kind in _SCOPE and (
        _label_like(blocks[1].text) or len(blocks[1].text) <= MAX_WIDGET and chrome_reason(blocks[1].text) is not None
    ):
        at = 2  # a second label, the section under the site's name, or a widget ("2 MIN READ")
    title = blocks[at].text
    if not _headline_like(title, MIN_HEADLINE_WORDS if not masthead(site) else MIN_UNDER_MASTHEAD):
        return None
    if masthead(site) and len(title.split()) >= MIN_HEADLINE_WORDS:
        return blocks[0]  # a site's name by its words: the lines under the title may be widgets
    # The story's prose under the title, past a photo's caption or the title printed again.
    for block in blocks[at + 1 : SITE_PROSE_WITHIN + at - 1]:
        if _prose(block) and len(block.text) > len(title):
            return blocks[0]
    return None


# A headline's words: five at least, or three under a site's masthead ("The Korea Times" over
# "Foreign, interior ministers appointed"), where the story's prose must follow all the same.
MIN_HEADLINE_WORDS, MIN_UNDER_MASTHEAD = 5, 3


def _headline_like(title: str, fewest: int = MIN_HEADLINE_WORDS) -> bool:
    """A headline's shape: one line of five (`fewest`) to twenty words, capitalised, no date or
    clock, no sentence's stop, no bar, no buttons."""
    return (
        "\n" not in title and fewest <= len(title.split()) <= 20 and title[-1] not in SENTENCE_END
        and "|" not in title and title[:1].isupper()
        and not patterns()["dated"].search(title) and not _MONTH_DAY.search(title)
        and chrome_reason(title) is None
    )


class PageChrome(LinePasses, TopPasses, ListingPasses, LonePasses, RunPasses, TailPasses, LanguagePasses):
    spec = RuleSpec(
        code="NL408",
        name="page-chrome",
        category="residue",
        summary="A line that is web-page furniture by its shape: buttons and counters, a "
        "navigation bar, another script or language, a date widget, a teaser's 'Read more'.",
        rationale=(
            "Scraped copy keeps the page around the story: share and print buttons one per line "
            "or in a row with their counters, '|'-separated navigation and title bars (not the "
            "story's own credit and date so separated: 'Source: Xinhua | 2019/12/10 9:33:34 | Editor: "
            "ZX'; nor a credit to an agency by its initials that a feed's button shares, 'Source : RSS'), "
            "three links or more of a few capitalised words parted by middle dots or bullets "
            "('Home · Weather · Forum · Jobs'), widgets "
            "in another script or language, date and author widgets, teasers of other stories "
            "cut short with 'Read more', 'See more...', 'Full Story' or '... Continue reading' and the "
            "post's title. A fixed list of phrases "
            "never keeps up with every site, so the line's shape decides: no sentence, nothing but button words "
            "(`rules/data/web_chrome.yaml`), counters and separators, or letters English copy "
            "does not use, or button words that lost their spaces ('0 Comment(s)Print E-mail'; a network's name "
            "in camel case, 'FaceBook', 'MySpace', is one button, not two words run together; also before "
            "the credit's date: '0 CommentsPrint E-mail Xinhua, June 25, 2010', and a post's comment counter "
            "after it: 'By August 6, 2024 No Comments', and a row of buttons glued after it, one strong button "
            "after a date alone: 'Oct 9 2022 Share'); a label in Chinese, "
            "Japanese or Korean with its colon run into an English line ('国内英语新闻:China, Chile agree "
            "...'), or a line of such labels and their values ('来源: Xinhua 责任编辑: ...'); "
            "a run of five or more paragraphs of a few capitalised words each (or two or three words in "
            "sentence case, 'Digital life'; a byline, 'By Jane Doe', 'By: Jane Doe' or labelled in another "
            "language, 'Pewarta : Komang Suparta', ends the run and "
            "stays), a digit allowed in a "
            "word or as a channel's number but no figure ('COVID-19', 'FBC 2'; a "
            "menu printed one item per line, bulleted or numbered or not, with an odd short item now and then "
            "and its first line when the page opens with it; not when a line ends with a small "
            "word such as 'at the': a caption broken into lines), of three or more market-ticker lines "
            "(an index's change without its figure too, 'N100 985.99 %', or an exchange rate, 'EUR 1 = CZK 26.70') "
            "or of three or more languages' names (a language switcher: '• Arabic', '• Français'; on the "
            "first line two languages' own names run on to the menu do, 'Global EditionASIA "
            "中文双语Français'; on one line, four languages' English names or more, 'English French German "
            "Italian'); a content system's time stamps, two run together, or run on to a byline's line; a short "
            "line a listing page prints with each of its stories (the same, figures aside, three "
            "or more times with a story's text between), and, when it is dated and one short paragraph "
            "stands between each two ('Mar 25'), those paragraphs, the listing's teasers; a "
            "site's section label alone on a line away from the story's top ('News', 'World'); the "
            "page's tags under a label in any language ('Từ khóa: #High-Quality Rice'); the page's "
            "notice to its reader, which opens by addressing the reader and speaks of the page ('Please "
            "visit the Politics section ...', 'If you would like to share a story idea, please submit it "
            "here', 'Dear User, ...', 'Disclaimer: This post has been auto-published ...'), closes "
            "so ('... Please contact us for subscription options.') or sells the page to its reader "
            "('Quickly share this news with your network', 'As a subscriber, you can gift ...'), or "
            "says its audio, summary or translation is a machine's ('This audio is generated by an AI "
            "tool.': the machine closing the clause, no quotation), or "
            "asks its reader to follow it on social networks, its name's words joined by '&' or "
            "'and' too ('Follow BBC Tyne & Wear on Twitter, Facebook and Instagram'), or "
            "keeps the rest for subscribers ('*The full text of the news item is available in the paid "
            "version of ...'), "
            "sends the reader to its news ('Listen to the daily news from ...', 'Get News Fast': an "
            "imperative and the site's news, stories, a summary, radio, podcast or app ('Get MyPaper "
            "for more stories.'), no comma unless it ends as a "
            "sentence does) or disowns what it quotes ('... is not responsible for the content of "
            "quoted articles.', a distributor's '... published this content on ... and is solely responsible "
            "for the information', or its writers' views: 'The views and opinions expressed herein are ...') "
            "or states its terms of use ('... for your personal, non-commercial use') or for reusing its copy "
            "('While citing and using any materials ..., links to the website ... are mandatory', 'Without "
            "written authorization from ..., such content shall not be republished', 'This material may not be "
            "published, broadcast, rewritten or redistributed') "
            "or speaks to its reader of itself ('our' or 'your' a word or two before its website, "
            "readers, channel or comments: 'Access News Break, our award-winning app', 'This will "
            "delete your current comment'; not in reported speech); a template's field label alone, its value lost "
            "('Date:', 'Online:' over the story's prose or at its end; a heading such as 'Background:' is none; "
            "any label alone among two more within three lines: a template's metadata, 'Image:', "
            "'Publication Date:', 'Story Type:'), "
            "or a form's field label with its required mark ('Name: *', 'What is your email? **'); "
            "a plea quoted in the story is the story's; the page's "
            "copyright notice for what it reprints ('The copyright of the article ... belongs to the "
            "original author.'); a "
            "date widget with a weekday, clock or "
            "label away from the story's top (with a listing item's section after a dash too: "
            "'10/15/2024 09:13 AM - Sports'; a bare date under a listing "
            "item's headline is the item's own, a date alone between the page's lines and the story's lead "
            "right under it, no story above it, is the story's own, and so is one above the story's first "
            "sentence, 'Published : Jan. 3, 2014 - 20:36', and a time alone in a timeline's style, "
            "'4:55 p.m.', a timeline story's entry); a Chinese site's licence number ('京ICP备16065310号'); "
            "the page's notice "
            "that its versions are machine translations ('... versions are automatically generated by the AI. So "
            "there may still be inaccuracies ...'); "
            "another story's title with its date stamp run on, a listing's item ('Panda cub born in the "
            "zooGMT 08:06 2018 Tuesday ,16 January'); "
            "a time counted back from the reader's clock "
            "('2 hours 31 min ago', the site's initials after it or not, a bar or the site's name run on before it: "
            "'|Updated: 15 minutes ago', 'Straits Times4 days ago', its count in words: 'timean hour ago'; in "
            "an aggregator's language too: "
            "'Post Courier - 2 ore 14 min fa'); a feed's or server's time "
            "stamp with seconds and a numeric zone, "
            "whatever fields stand around it ('Local Wed, 23 May 2018 01:45:56 +0000 theSundaily 549646'); "
            "a label line between the page's title and the same title printed again as the "
            "story's headline ('Source: Government of South Africa'); a link prompt on a line of its "
            "own ('Full Story', 'Continue reading \"...\"') or run into the next item's title ('View "
            "ArticleHousing minister ...'); the "
            "site's name after a title and a '»' or '|' ('... » Capital News'); an image's file name "
            "('DSC_0248', 'Banner.gif', or its extension alone: 'jpg'), a page's code name in small letters "
            "joined by hyphens or underscores ('image-language', 'wp-statistics'), a web address (a site's host "
            "name alone too, 'UrduPoint.com', the first line as well, or its scheme lost: "
            "'/cdn.site.com/images/...'), social handle "
            "or e-mail address alone on a line or under its label ('Pacific Journalism Online: "
            "http://...', or after the site the page took the story from: 'from Asharq Al-Awsat https://...'; "
            "a person's e-mail address alone, not a desk's mailbox, is the reporter's contact "
            "line under the story, 'kdon@yna.co.kr', and stays: NL411 shows it as the agency's sign-off), "
            "a telephone number alone on a line "
            "('(800) 654-4262': in groups, nine digits or more, no date) or under a contact label ('[Phone] "
            "02-398-8585', 'Fax: ...', '[Mail] desk@...', 'Feedback: desk@...'), "
            "or an identifier code (twenty digits or more alone count too), "
            "bulleted or not; a menu's links run together, a word of three capitalised common words "
            "or more ('ContributorsPublishersAdvertisers'; a firm's name has two: 'SoftBank'); a counter or reference "
            "number under its label ('Views: 1204', 'News Code: 84422939', or a code's label without "
            "the colon: 'News Code 148490'; not a fact box's field, its label a phrase of three words: "
            "'AGE WHEN ABDUCTED: 52'); a breadcrumb trail ('Home › "
            "News › World', or two steps glued to '>>': 'English>>China Society', or from 'Home' with its spaces "
            "lost and run into the title under it, 'Home', a section's name and one more capitalised part at "
            "least: 'HomeWorldPeru formally assumes ...'; a firm's name has one: 'HomeServe'); a listing's page "
            "numbers ('1 2 3 4 5 >', a forum's 'Pages : [1] 2 3'), an archive's calendar (a month and seven "
            "days or more in a row: 'October 2003: 2 3 4 ... 31'); an embedded tweet's link, author "
            "and date ('pic.twitter.com/... "
            "— Name (@handle) September 15, 2020'), and the photo's link ending the tweet's text over "
            "that signature on its own line; an audio player's label run on to a paragraph's first words "
            "('Listen to this article Shiv Sena MP ...': the label deleted), or its whole line with the "
            "story's title and its clock ('... x 00:00'); a photo's credit and rights notice glued after a "
            "caption's sentence ('... today. -- fotoBERNAMA (2025) COPYRIGHT RESERVED': deleted); a photo "
            "gallery's counter opening a caption ('1 of 4. "
            "Police stand guard ...'); marks alone on a short line, two kinds or more ('![]() |') or a "
            "trail's separators without their links ('// // //') or an ellipsis alone ('...'); one "
            "separator character or a "
            "counter of one to three digits alone on a line ('-', '|', '0'; thousands or millions shortened, "
            "'8.03K'), or a block of such counters "
            "one a line ('$' over '0' over '0') or two bulleted ones or more among a widget's items "
            "('• 12/7/2017' over '• 10' over '• 0'); the page's copyright line "
            "under the story ('[© 2018 SMPKE, PMO]', 'Copyright APP (...), 2017') with the short lines "
            "between the story's last "
            "sentence and it and the lines under it up to another story's paragraph or a sentence (an update "
            "date, a read counter, the publisher's address); between the headline and the lead (past a "
            "photo's credit there, 'Photo courtesy of ..., Inc.', whose stop ends no sentence), "
            "navigation and section labels (common words only, no name; a trail of them split by "
            "' / ', ' - ' or ' > ', a date after it or not; a menu bar of section names however many, "
            "'NEWS SPORTS IN DEPTH ENTERTAINMENT', up to fourteen, where four other words may be a subhead; "
            "never a speaker's words, 'I won't quit'; and any other line of one to three capitalised words, "
            "no figure or comma, that is no byline, given name first, no agency's short name, no place "
            "alone but a country or continent (the dateline on a line of its own, 'Doha'; 'Taiwan' may be a "
            "section's label), no "
            "place beside another and no ground over its day: 'QatarDay', "
            "'U.S. News'), "
            "labelled date widgets, the web editor's credit "
            "('Editor: huaxia'), the page's counters "
            "alone on their lines ('0', '814') and "
            "the site's or a news organisation's name written out ('VnExpress International', 'KYODO "
            "NEWS', 'The Daily Tribune – www.example.com' with its web address, 'NEWS AGENCY OF NIGERIA', "
            "'The Herald (Zimbabwe)' with its country in brackets, 'The Spokesman-Review Newspaper'; an "
            "agency's short name "
            "alone, 'Yonhap', is the story's credit, and so is a dateline's "
            "place in capitals with the agency after a dash or in brackets, 'ANKARA-Anadolu Agency'), and "
            "away from the "
            "top a news site's name alone on a line ('The Bangkok Post', 'The Kenyan DAILY POST', or run "
            "into the word it ends with: 'Zwnews'); a weather "
            "widget ('Kuala Lumpur 29°C, Mostly Cloudy', '29.3 C', 'Mostly Cloudy. H 69° L 56°', the sky and its high "
            "and low with the degree signs lost, 'Beijing Cloudy 34 / 24 City Forecast'; beside it, three or "
            "more lines in a row that are each a cell of its forecast, a day, a temperature, its unit or "
            "the sky: 'Thu', '19.87', '°', 'C', 'mostlycloudy'), a market "
            "widget's row ('-1,39% 99.606'), a page's address slug ('trudeau-once-again-assures-the-premiers'), "
            "a ticker of three headlines or more parted by bullets or bars, or by '+++' with each teaser cut "
            "short ('... Emergency Managem ... +++'), an exchange-rate widget's row whose codes "
            "are currencies' ('USD 23,150 23,460', '1 USD = 23,450 VND', a rate before its code: '4,85 RON', "
            "an amount by its sign against another: '¥10,000=P3,830'; "
            "rows the page spaced out as a table, every row a currency's), buttons the page spaced "
            "out so ('Follow us on : facebook  Facebook    Twitter'), a labelled date stamp "
            "opening the page ('date 2017-10-05 ...'), the day the page was served in the site's top "
            "bar (a weekday and a date on its first two lines whose day has an ordinal, 'Monday, "
            "January 19th, 2026', or that lies days from the story's own date printed on the page; a "
            "top date line nothing contradicts may be the story's and stays; or the day in the Gregorian and the "
            "Islamic calendar, 'Thursday, March 28, 2024 | Ramadan 17, 1445 H') or a logo's alternative "
            "text ('Business "
            "Recorder Logo'), the site's banner for its phone app ('Focus Taiwan App') or a line of buttons "
            "('Menu', '1 min read'), on the first line too, and a byline's or date's line with the reading "
            "time, its count run into the year ('Wed., July 6, 20221 min. read'); "
            "a trail that lost its separators ('Home "
            "Politics & Laws'); tags joined by ' , '; a label left empty above the footer's buttons "
            "('Reactions:'; a label over sentences, an emoji after their stops or not, is the story's "
            "list); a reader's comment's header, the commenter's name before the comment's "
            "weekday, date and time ('Patriot Sunday, 23 November 2014 08:41 PM'); the page's tags "
            "after the story's last sentence, two short capitalised "
            "lines or more closing the text ('Jammu and Kashmir', 'Srinagar'); a 'Read also' link "
            "glued to the linked title at a paragraph's start, "
            "the text run on after it (only the prompt is shown); a blog's default user as the "
            "byline ('By admin', or 'administrator' alone: shown, as a byline's "
            "place is the story's); a word in another script opening an English paragraph ('ຂປລ (KPL) The "
            "government's ...'); the wire's note to its editors ('ATTN EDITORS: ...', 'NOTE TO EDITORS: "
            "...'); a currency sign alone (an empty price widget, deleted by the fix); a small letter "
            "alone on a line other than 'a' and 'i' (an icon font's glyph, shown), and an icon font's ligature "
            "name ('exit_to_app', 'access_time 3 May 2024': words in small letters joined by '_', which prose "
            "never prints) alone, before a date or run into a breadcrumb's words ('Homechevron_rightWorld'), "
            "shown, and one of the font's plain words before a counter, date or reading time ('visibility 2', "
            "'schedule 3 min read'; `icon_words` in the data); links to the previous and next posts with their "
            "titles ('PREV The art of ...', 'Next post: ...'); a photo's credit alone on a line once the story "
            "has begun ('(Photo: Jane Doe)', 'Photo: "
            "Agency/Jane Doe', 'File photo', 'No caption', '[Image via "
            "Agency]': the photo is gone; under the headline, above the lead, it is the story's own), shown; a "
            "short line closing with its rights reserved ('-- fotoAGENCY (2025) COPYRIGHT RESERVED'), shown; "
            "other stories' titles each over the first words of its lead, cut short ('KATHMANDU: Several areas "
            "will see'; two such pairs at least), shown; related stories' titles each after its thumbnail's text,"
            " the page's title in small letters ('talks resume in the capital Minister resigns'), shown; other "
            "stories' teasers under the story, cut at the one width a listing gives its items (four lines or more"
            " of the same length, each opening with a capital and cut short of a stop; hard-wrapped copy breaks "
            "at words, so its lines differ), shown; a calendar widget's rows ('Mo Tu We Th Fr Sa Su', "
            "'28 29 30 31 1 2 3'); a hashtag alone ('#Energy'); a gallery's counter alone ('1 of 47'), "
            "or a gallery's or pager's with a spaced slash ('1 / 21', 'Previous 157 / 191 Next'), or a pager's "
            "'Previous' and 'Next' alone, run together or not ('« PreviousNext »'); "
            "an aggregator's source tag opening a line, its name in capitals glued to a dash ('(MENAFN- "
            "Kuwait News Agency (KUNA)) KUWAIT, Sept 11 (KUNA) -- ...'), deleted with the space after it; "
            "the author's box under the story ('Jane Doe is a seasoned reporter who "
            "...', the name alone above it or not); other stories' titles and teasers each over a link prompt "
            "of its own line ('Read More'; two such items at least, the story above them), or each title printed "
            "twice with its date between, or each teaser cut short with an ellipsis (three in a row at least), "
            "or each title after a dash at the text's end (three at least, not under the story's own 'covers:'); "
            "a link to another story in brackets after a paragraph's sentence ('... in the city. (READ: ...)'); "
            "one everyday word, "
            "capitalised, alone between two of the story's sentences ('Details', 'Popular': a button's or "
            "a tab's label; not a name, a place, an agency, a month, a table's label in capitals or a "
            "heading with its colon, 'Background:', nor a sub-heading the paragraph under it prints, "
            "'Agreements'), shown; the "
            "agency describing itself and its channels ('BERNAMA provides ... www.bernama.com') or saying "
            "what it is ('NEWS EXPRESS is Nigeria's leading online newspaper'), and any site naming the news it "
            "offers first ('Semana International delivers news about Colombia in English.'); "
            "the site's name and sections after the page's title when the page prints the title "
            "again alone below it ('... a deputy - KXYZ 7 News Springfield, Weather, Sports'), and the "
            "site's web address run on to the title ('... their cooperation www.montsame.mn'); "
            "a blog feed's line under the story it passed on ('The post ... appeared first on ...'); "
            "a copyright line with the sign inside it ('Bulgarian National Radio © 2024 All Rights "
            "Reserved'); a counter after a list's bullet ('• 16'); a date with the page's counter "
            "after it ('Nov 21, 2025 79', '... at 12:00 AM  Count : 18'), wherever it stands; "
            "a widget's label between two lines this rule reports (a prayer's name between two "
            "times: one word, or up to three in capitals, since capitalised words may be an author's "
            "name); "
            "anywhere, a "
            "line of running words in another language, named by a language identifier (a page's "
            "notice in Italian inside English copy; a quotation in it, or a line opening one, is the story's), "
            "and a shorter line beside such lines or one line away that the identifier, less sure, puts in "
            "that language too (a login form's labels in capitals, 'Lupa Kata Sandi? Klik di Sini', read in "
            "small letters). The "
            "finding says which shape. A web server's error notice printed into the page (\"... in "
            "/home/site/wp-includes/functions.php on line 6114\") is shown up to its line number, with "
            "the lines right above that its sentence runs on from; so is a line of the site's ads.txt file "
            "(\"google.com, pub-..., DIRECT, f08c47fec0942fa0\"). Only a line of buttons and counters, or a separator "
            "character alone, is certain and deleted by the fix, with its own line break and no more; the other "
            "shapes are shown for an editor to decide. A scrape's first line is the page's title slot: "
            "a news organisation's name ('Lana News', 'SANA - Syrian Arab News Agency') or a site's or "
            "section's name printed there above a headline and the story is shown (a site's masthead, "
            "'The Korea Times', above a headline of three words or more: 'New envoys appointed') (the `title_slot` "
            "option `false` leaves the slot alone); a date widget there reads as the story's own date and "
            "is reported only with `title_slot = true`, as copy editors leave it; a section's label "
            "(menu words only) on the line under such a name, above the headline, is reported, and so "
            "are menu and section labels between the headline under it and the lead (a byline's word, "
            "'Staff Reporter', 'Agencies', a newsroom's in another language, 'Redazione Ansa', makes none). "
            "A first line that holds no title is the page's whatever the option: a notice to the reader, "
            "a bar or trail ('calendar>>July 8. 2024 |'; a menu's items between four bars or more, however "
            "long: 'China Politics | CPC News| Foreign Affairs | World | ...'), a language switch "
            "('en Español', also run on "
            "to the site's name), buttons and menu words (three words at most, no section's or "
            "site's name) over the story's headline, or the page's clock ('12:56', '1 hour ago'). "
            "Anywhere: three lines or more in a row each closed by the page's separator (' -', ' |': a "
            "list of links); a relative day alone ('Yesterday') "
            "or after a clock time ('Updated at 7:15 am today'); a page's keywords in small letters "
            "('nigerian oil militants, nigeria pipeline attack': no function word, a name written small "
            "or items parted by commas), a number alone on a line that is no year and stands under no "
            "other figure ('25311'), an archive's years in a row, a language switcher's names or its "
            "languages' two-letter codes alone, English's among them ('ro ru en'), or two languages' own names "
            "run on to the menu's words ('Global EditionASIA 中文双语Français'). "
            "Under a first line that is a label (no title's shape), every line above the story's "
            "headline (the first line of a title's shape with the story's prose under it) is the "
            "page's menus and widgets, save a date, a byline, a person's name, a credit or an "
            "agency's short name, which are the story's own. After the story's last sentence, a "
            "sign-off, an end marker, a row of buttons or two lines of chrome begin the page's "
            "footer: the short lines under them are shown too (not a staff credit)."
        ),
        example="Talks resumed on Monday.\n\nShare\n\nFacebook\n\nTwitter",
        example_fixed="Talks resumed on Monday.",
        fix_safety="varies",
    )
    Options = PageChromeOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        found = list(self._check_all(doc))
        yield from found
        weather = [d.start for d in found if d.message.endswith(_WEATHER)]
        if len(found) < 2 and not weather:
            return
        # The passes over the lines around what was reported share one list of the page's lines.
        reported = {d.start for d in found}
        lines = [(block, line) for block in doc.blocks if block.kind in _SCOPE for line in lines_of(block)]
        if len(found) >= 2:
            yield from self._between_widgets(doc, lines, reported)
        if weather:
            yield from self._forecast(doc, lines, weather, reported)

    def _forecast(
        self, doc: Document, lines: list[tuple[Block, Line]], weather: list[int], reported: set[int]
    ) -> Iterator[Diagnostic]:
        """A weather widget's forecast, one cell a line, above or below a line reported as the
        widget ("Thu", "19.87", "°", "C", "mostlycloudy"): MIN_FORECAST_CELLS cells or more in a row."""
        at = {line.start: i for i, (_, line) in enumerate(lines)}
        taken: set[int] = set()
        for start in weather:
            i = at.get(start)
            if i is None:
                continue
            for step in (1, -1):
                run, j = [], i + step
                while 0 <= j < len(lines) and forecast_cell(lines[j][1].text.strip()):
                    run.append(j)
                    j += step
                if len(run) >= MIN_FORECAST_CELLS:
                    taken.update(run)
        for j in sorted(taken):
            block, line = lines[j]
            if line.start not in reported:
                yield self._line(doc, block, line, _FORECAST, False)

    def _between_widgets(
        self, doc: Document, lines: list[tuple[Block, Line]], reported: set[int]
    ) -> Iterator[Diagnostic]:
        """A widget's label between two of its lines that are reported ("Subuh" between two
        prayer times, "GENERAL INQUIRY" between two lines of buttons): one word, or up to three in
        capitals, with no sentence and no digit, whose neighbours above and below are both chrome."""
        for (_, above), (block, line), (_, below) in zip(lines, lines[1:], lines[2:], strict=False):
            if above.start in reported and below.start in reported and line.start not in reported and (
                widget_label(line.text)
            ):
                yield self._line(doc, block, line, _WIDGET_LABEL, False)

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        site = _site_line(doc.blocks)
        found = list(self._page(doc, site))
        yield from found
        reported = {d.start for d in found}
        if not doc.own_markup:  # a format's own lists (keywords, places) are its fields
            lone = [d for d in (*self._lone_marks(doc), *self._lone_words(doc)) if d.start not in reported]
            yield from lone
            reported.update(d.start for d in lone)
            runs = [d for d in self._runs(doc) if d.start not in reported]
            yield from runs
            reported.update(d.start for d in runs)
            yield from (d for d in self._listing_lines(doc) if d.start not in reported)
            yield from (d for d in self._cut_teasers(doc) if d.start not in reported)
            yield from (d for d in self._alt_titled(doc) if d.start not in reported)
            yield from (d for d in self._dateline_teasers(doc) if d.start not in reported)
            yield from (d for d in self._author_box(doc) if d.start not in reported)
            yield from (d for d in self._prompted_items(doc) if d.start not in reported)
            yield from (d for d in self._twice_titled(doc) if d.start not in reported)
            yield from (d for d in self._ellipsis_teasers(doc) if d.start not in reported)
            yield from (d for d in self._dashed_titles(doc) if d.start not in reported)
            yield from self._site_tails(doc, reported)
            yield from self._copyright_footer(doc, reported)
            yield from self._tweet_tails(doc)
            yield from self._glued_also(doc)
            yield from (d for d in self._glued_player(doc) if d.start not in reported)
            yield from (d for d in self._rights_tails(doc) if d.start not in reported)
            yield from (d for d in self._bracketed_links(doc) if d.start not in reported)
            yield from (d for d in self._closing_tags(doc) if d.start not in reported)
            yield from self._gallery_counters(doc)
            yield from (d for d in self._spaced_letters(doc) if d.start not in reported)
            yield from (d for d in self._trailing_tabs(doc) if d.start not in reported)
            yield from (d for d in self._epoch_stamps(doc) if d.start not in reported)
            yield from (d for d in self._logo_titles(doc) if d.start not in reported)
            yield from (d for d in self._feed_tags(doc) if d.start not in reported)
            if ".php on line " in doc.text:  # one C-level test: nearly every page has none
                yield from (d for d in self._server_notices(doc) if d.start not in reported)
            if "DIRECT" in doc.text or "RESELLER" in doc.text:
                yield from (d for d in self._ads_records(doc) if d.start not in reported)
            if not doc.text.isascii():
                yield from self._foreign_labels(doc, reported)
                yield from self._script_ends(doc, reported)
            yield from self._other_language(doc, reported)
        if site is not None and site[1] in (_SITE, _OUTLET) or doc.own_markup:
            # Under a site's name the headline is the second line; a reader that knows the
            # format put each field (abstract, credit, keywords) in its place.
            if not doc.own_markup:
                under = list(self._section_under_site(doc, reported))
                yield from under
                # The header under the headline, the line after the site's name and its section's.
                yield from self._header(doc, reported, 1 + len(under))
            return
        yield from self._header(doc, reported, 0)

    def _header(self, doc: Document, reported: set[int], headline: int) -> Iterator[Diagnostic]:
        for block, line, reason in header_lines(doc, headline):
            if line.start not in reported:
                yield self._line(doc, block, line, reason, False)

    def _check_all(self, doc: Document) -> Iterator[Diagnostic]:
        found = list(self._check(doc))
        yield from found
        if not doc.own_markup:
            # Last: a line above the title that a pass with a closer reason reported stays theirs.
            starts = {d.start for d in found}
            later = [
                d for d in (
                    *self._above_title(doc), *self._first_line(doc), *self._counter_rows(doc), *self._served_date(doc)
                )
                if d.start not in starts
            ]
            yield from later
            starts.update(d.start for d in later)
            options: PageChromeOptions = self.options  # type: ignore[assignment]
            if options.title_slot is None:
                # Unset: a site's or section's name in the title slot that no closer reason took.
                site = _site_line(doc.blocks)
                if site is not None and not any(site[0].start <= at < site[0].end for at in starts):
                    head, reason = site
                    yield self._line(doc, head, Line(head.start, head.end, head.text), reason, False)
