package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Page;

class HtmlExtractionTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
  private static final String P1 = "The foreign ministers of both countries met in Geneva on Monday to discuss the "
      + "ceasefire, the exchange of prisoners and the reopening of the border crossings, officials said.";
  private static final String P2 = "According to a statement released after the meeting, the two delegations agreed "
      + "to continue the talks next month, although several questions about the sequencing remain open.";
  private static final String P3 = "Analysts in both capitals described the meeting as cautious but constructive, "
      + "noting that neither side had repeated the demands that ended the previous round in March.";

  private static Document html(String html) {
    return EXTRACTOR.extract(new Page("test.html", "https://news.example.com/2025/10/27/talks-resume/", html,
        Page.Format.HTML, Instant.parse("2025-10-27T12:00:00Z"), null, null, null));
  }

  private static String page(String head, String article) {
    return "<!doctype html><html><head>" + head + "</head><body>"
        + "<header class=\"site-header\"><div class=\"logo\">Example News</div><nav><ul><li><a href=\"/\">Home</a></li>"
        + "<li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li></ul></nav></header>"
        + "<div id=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all cookies</button></div>"
        + "<main>" + article + "</main>"
        + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Teaser one about something else that "
        + "happened elsewhere in the world this week</a></li><li><a href=\"/b\">Teaser two</a></li></ul></aside>"
        + "<footer><p>Copyright 2025 Example News. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>"
        + "</body></html>";
  }

  @Test
  void keepsTheArticleAndDropsTheBoilerplate() {
    String article = "<article><h1>Talks resume in Geneva</h1>"
        + "<div class=\"byline\">By Jane Doe and John Roe</div><time datetime=\"2025-10-27T09:30:00Z\">Oct. 27, 2025</time>"
        + "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>"
        + "<div class=\"article-body\"><p>" + P1 + "</p>"
        + "<figure><img src=\"x.jpg\"><figcaption>The delegations in Geneva. Photo: Reuters</figcaption></figure>"
        + "<p>" + P2 + "</p>"
        + "<div class=\"newsletter-signup\"><p>Sign up for our daily newsletter and get the best stories in your inbox "
        + "every morning.</p><input type=\"email\"></div>"
        + "<p>" + P3 + "</p></div>"
        + "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/x\">Earlier talks collapsed over the "
        + "sequencing of the prisoner exchange and the border</a></li></ul></div>"
        + "<section id=\"comments\"><h3>3 comments</h3><div class=\"comment\"><p>This is a long comment by a reader "
        + "who thinks the talks are a waste of time and says so at length, with many words.</p></div></section>"
        + "</article>";
    Document d = html(page("<title>Talks resume in Geneva | Example News</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(d.title()).isEqualTo("Talks resume in Geneva");
    assertThat(d.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(d.published()).startsWith("2025-10-27");
    assertThat(d.source().domain()).isEqualTo("news.example.com");
    assertThat(d.language()).isEqualTo("en");
  }

  @Test
  void readsJsonLdAndOpenGraph() {
    String head = "<title>Headline for search engines - Example</title>"
        + "<meta property=\"og:title\" content=\"Talks resume in Geneva\">"
        + "<meta property=\"og:site_name\" content=\"Example News\">"
        + "<link rel=\"canonical\" href=\"https://news.example.com/world/talks-resume\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Talks resume in Geneva\",\"datePublished\":\"2025-10-26T22:15:00-04:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}],\"publisher\":{\"@type\":\"Organization\","
        + "\"name\":\"Example News\"}}]}</script>";
    Document d = html(page(head, "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"));
    assertThat(d.title()).isEqualTo("Talks resume in Geneva");
    assertThat(d.authors()).containsExactly("Jane Doe");
    assertThat(d.published()).startsWith("2025-10-26");
    assertThat(d.url()).isEqualTo("https://news.example.com/world/talks-resume");
    assertThat(d.source().name()).isEqualTo("Example News");
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void splitsTextAtLineBreaks() {
    String article = "<div class=\"post\">" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void keepsListsHeadingsAndTablesInTheArticle() {
    String article = "<article><p>" + P1 + "</p><h2>What was agreed</h2><ul><li>A ceasefire along the line of "
        + "contact</li><li>An exchange of prisoners</li></ul><p>" + P2 + "</p><table><tr><td>Round</td><td>Date</td>"
        + "</tr><tr><td>First</td><td>March 2025</td></tr></table><p>" + P3 + "</p></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).contains("What was agreed", "A ceasefire along the line of contact",
        "An exchange of prisoners", "March 2025", P3);
    assertThat(d.text()).doesNotContain("Home", "Teaser", "cookies", "Copyright");
  }

  @Test
  void forumRepliesAreTheContent() {
    String posts = "<div class=\"topic\"><h1>Which tent for a first trip?</h1>"
        + "<div class=\"post\"><div class=\"username\">hiker42</div><div class=\"message-body\"><p>I am planning my first "
        + "overnight trip in the mountains and wonder which tent a beginner should buy without spending a fortune."
        + "</p></div></div>"
        + "<div class=\"comments\"><div class=\"comment\"><div class=\"username\">trailmix</div><div class=\"message-body\">"
        + "<p>Buy a used freestanding two-person tent first, learn what you like, and upgrade later once you know.</p>"
        + "</div></div><div class=\"comment\"><div class=\"username\">summit</div><div class=\"message-body\"><p>Rent "
        + "one from a local outdoor shop for the first trips, it costs little and you can try several models.</p></div>"
        + "</div></div></div>";
    Document d = EXTRACTOR.extract(new Page("forum.html", "https://forum.example.org/t/which-tent/123",
        page("<title>Which tent</title>", posts), Page.Format.HTML, null, null, null, null));
    assertThat(d.text()).contains("I am planning my first overnight trip", "Buy a used freestanding",
        "Rent one from a local outdoor shop");
    // Some forums put each post in the form that edits it: on a forum thread, forms are not removed.
    String inForms = posts.replace("<div class=\"message-body\">", "<form action=\"#\" class=\"usertext\">"
        + "<div class=\"message-body\">").replace("</p></div>", "</p></div></form>");
    Document f = EXTRACTOR.extract(new Page("forum.html", "https://forum.example.org/t/which-tent/123",
        page("<title>Which tent</title>", inForms), Page.Format.HTML, null, null, null, null));
    assertThat(f.text()).contains("I am planning my first overnight trip", "Buy a used freestanding",
        "Rent one from a local outdoor shop");
  }

  @Test
  void articleCommentsAreNotTheContent() {
    String article = "<article><p>" + P1 + "</p><p>" + P2 + "</p></article><div class=\"comments\"><div class=\"comment\">"
        + "<p>Readers comment: I have always said that these talks would go nowhere, and here we are again, talking.</p>"
        + "</div></div>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void brokenMarkupGivesBestEffort() {
    String broken = "<html><body><div><p>" + P1 + "<p>" + P2 + "<div><span>" + P3 + "</b></i></table>";
    Document d = html(broken);
    assertThat(d.text()).contains(P1, P2, P3);
  }

  @Test
  void aPageWithoutProseGivesItsVisibleText() {
    Document d = html("<html><head><title>Opening hours</title></head><body><div>Open daily</div>"
        + "<div>9:00 to 17:00</div></body></html>");
    assertThat(d.text()).contains("Open daily", "9:00 to 17:00");
    assertThat(d.title()).isEqualTo("Opening hours");
  }

  @Test
  void aPageRenderedInHiddenSegmentsKeepsItsText() {
    String html = "<html><body><nav><a href=\"/\">Home</a></nav><template id=\"B:1\"></template>"
        + "<div hidden id=\"S:1\"><article><p>" + P1 + "</p><p>" + P2 + "</p></article></div></body></html>";
    Document d = html(html);
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aHugePageEndsInBoundedTime() {
    StringBuilder b = new StringBuilder("<html><head><title>Big</title></head><body>");
    int i = 0;
    while (b.length() < 5_000_000) {
      b.append("<div class=\"block-").append(i % 50).append("\"><p>").append(P1).append(' ').append(i++)
          .append("</p><ul><li><a href=\"/x\">link</a></li></ul></div>");
    }
    b.append("</body></html>");
    assertThatCode(() -> assertThat(html(b.toString()).text()).isNotEmpty()).doesNotThrowAnyException();
  }

  @Test
  void keepsTheCommentsOfACodeListing() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"post-content\"><p>" + P1 + "</p>"
        + "<pre><code class=\"language-bash\"><span class=\"hljs-comment\"># fetch the statement</span>\n"
        + "curl -O https://example.com/statement.txt\n<span class=\"comment\"># count its words</span>\n"
        + "wc -w statement.txt</code></pre><p>" + P2 + "</p></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).contains("# fetch the statement").contains("# count its words")
        .contains("curl -O").contains(P1).contains(P2);
  }

  @Test
  void dropsRunsOfTeaserCardsAfterTheArticle() {
    for (String cls : new String[] {"post-card", "post-card post-%d card_%d"}) {
      dropsRunsOfTeaserCardsAfterTheArticle(cls);
    }
  }

  /** Teaser cards whose class names may number them (a post id): the numbers do not make them different cards. */
  private static void dropsRunsOfTeaserCardsAfterTheArticle(String cls) {
    StringBuilder cards = new StringBuilder("<div class=\"more-posts\">");
    for (int i = 1; i <= 3; i++) {
      cards.append("<article class=\"").append(cls.replace("%d", String.valueOf(100 + i))).append("\"><h3 class=\"card-heading\"><a href=\"/2025/10/").append(i)
          .append("/story\">Another story number ").append(i).append(" about the border crossings</a></h3>")
          .append("<p>An excerpt of story ").append(i).append(" that tells the reader a little about what "
              + "happened at the border crossings last week...</p></article>");
    }
    cards.append("</div>");
    String p4 = "Diplomats familiar with the file said the humanitarian corridor would be the first test of the "
        + "agreement, with convoys expected to cross before the end of the month if the ceasefire holds.";
    String p5 = "The next round is due to open in Vienna, where the mediators hope to settle the order in which "
        + "prisoners are released and the checkpoints are handed over to the joint monitoring teams.";
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>" + p4 + "</p><p>" + p5 + "</p></div></article>" + cards;
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(String.join("\n\n", P1, P2, P3, p4, p5));
  }

  @Test
  void keepsSectionsWhoseHeadingsAreLinksWhenTheyAreTheArticle() {
    StringBuilder sections = new StringBuilder("<div class=\"guide\">");
    for (int i = 1; i <= 4; i++) {
      sections.append("<div class=\"chapter\"><h3><a href=\"/guide/").append(i).append("\">Chapter ").append(i)
          .append(" of the guide to the talks</a></h3><p>Chapter ").append(i).append(" explains, in plain words, "
              + "how the delegations prepared the ceasefire and what each side asked for.</p></div>");
    }
    sections.append("</div>");
    Document d = html(page("<title>Talks</title>", "<article><h1>A guide</h1>" + sections + "</article>"));
    assertThat(d.text()).contains("Chapter 1 explains").contains("Chapter 4 of the guide to the talks")
        .contains("Chapter 4 explains");
  }

  @Test
  void movesStreamedSegmentsIntoTheirSlotsAndBoundaries() {
    // The article's paragraphs arrive late: one into a boundary (B:n), one into a slot (P:n) inside that late part.
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"article-body\"><template id=\"B:0\">"
        + "</template><div>Loading paragraph...</div></div></article>";
    String late = "<div hidden id=\"S:0\"><div><p>" + P1 + "</p><template id=\"P:1\"></template><p>" + P3
        + "</p></div></div><div hidden id=\"S:1\"><p>" + P2 + "</p></div>";
    Document d = html(page("<title>Talks</title>", article) .replace("</body>", late + "</body>"));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void keepsALayoutWrapperWithANoisyNameWhenItHoldsTheArticleBody() {
    StringBuilder footer = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      footer.append("<div class=\"site-promo\"><p>Our annual report on the region is out now, with maps, figures and "
          + "interviews with the negotiators of the past ten years; order your copy today.</p></div>");
    }
    String article = "<div class=\"grid-content-sidebar\"><div class=\"article-body\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></div>" + footer;
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void keepsARepeatedParagraphOnce() {
    String cta = "Get the latest analysis from the region delivered to your inbox every single week.";
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + cta
        + "</p><p>" + P2 + "</p><p>" + cta + "</p><p>" + P3 + "</p><p>Short line.</p><p>Short line.</p></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text().split(java.util.regex.Pattern.quote(cta), -1)).hasSize(2);
    assertThat(d.text()).contains(P1).contains(P2).contains(P3);
  }

  @Test
  void keepsTheFoldedPanelsOfAnAccordionButNotOtherHiddenText() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"article-body\"><p>" + P1 + "</p>"
        + "<div class=\"accordion-item\"><h3>The second day</h3><div class=\"accordion-panel\" style=\"display:none\">"
        + "<p>" + P2 + "</p></div></div>"
        + "<div class=\"note\" style=\"display: none\"><p>This paragraph is never shown to readers of the page, it is "
        + "a leftover of an older layout of the site.</p></div><p>" + P3 + "</p></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).contains(P1).contains(P2).contains(P3).doesNotContain("never shown");
  }

  @Test
  void joinsAnArticleBodyCutIntoSiblingsOfTheSameClass() {
    String p4 = "Diplomats familiar with the file said the humanitarian corridor would be the first test of the "
        + "agreement, with convoys expected to cross before the end of the month if the ceasefire holds.";
    String article = "<div class=\"post\"><div class=\"rich-text\"><p>" + P1 + "</p></div>"
        + "<div class=\"table-wrap\"><table><tr><th>Country</th><th>Prisoners</th></tr><tr><td>North</td><td>120</td>"
        + "</tr></table></div>"
        + "<div class=\"rich-text\"><p>" + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p></div>"
        + "<ul class=\"links\"><li><a href=\"/1\">Ceasefire talks collapse again over the exchange of prisoners</a></li>"
        + "<li><a href=\"/2\">The border crossings reopen for the first time in a year after long talks</a></li>"
        + "<li><a href=\"/3\">What the mediators want from the next round of talks in Vienna this winter</a></li>"
        + "<li><a href=\"/4\">Five things to know about the humanitarian corridor and its convoys</a></li></ul></div>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).startsWith(P1).contains("Prisoners").endsWith(p4);
  }

  @Test
  void keepsASentenceOfLinksInsideTheArticleButNotALinkedTeaser() {
    String cited = "Read the <a href=\"/report\">full report of the mediators on the prisoner exchange</a> from "
        + "the Geneva office.";
    String teaser = "<a href=\"/other\">Explore our other coverage of the talks in the region this year.</a>";
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + cited
        + "</p><p>" + teaser + "</p><ul><li><a href=\"/un\">Statement of the United Nations envoy on the talks</a> (PDF)"
        + "</li></ul><p>" + P2 + "</p><p>" + P3 + "</p></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).contains("full report of the mediators on the prisoner exchange from the Geneva office.")
        .contains("Statement of the United Nations envoy on the talks (PDF)")
        .doesNotContain("Explore our other coverage").contains(P1).contains(P3);
  }

  @Test
  void dropsAuthorBoxesAndDisclaimersInsideTheArticle() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p>"
        + "<div class=\"author__bio\"><p>Jane Doe has covered diplomacy in Europe for twenty years and writes about "
        + "ceasefires, sanctions and the people who negotiate them.</p></div>"
        + "<div class=\"cmp-text--disclaimer\"><p>The views expressed in this analysis are those of the author and do not "
        + "reflect the position of the publisher or of its partners.</p></div></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void dropsWhatIsShownOnPhonesOnly() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p>"
        + "<div class=\"elementor-widget elementor-hidden-desktop\"><p>Tap here to open the talks in our mobile application "
        + "and follow every session of the negotiations live on your phone.</p></div>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void dropsFormsInsideTheArticleButNotAPageWrappedInAForm() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p>"
        + "<form action=\"/contact\"><p>Tell us what you think of our coverage of the talks and we will reply to you "
        + "within two working days.</p><p>This field is for validation purposes and should be left unchanged.</p>"
        + "<input type=\"text\"></form></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    // Some sites wrap the whole page in one form: it holds the article and is not removed.
    Document wrapped = html("<html><body><form action=\"/page\"><div class=\"content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></form></body></html>");
    assertThat(wrapped.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void endsTheArticleAtAHeadingThatIntroducesMoreReading() {
    String teasers = "<p>Five things to know about the humanitarian corridor and the convoys that use it.</p>"
        + "<p>What the mediators want from the next round of talks in Vienna, explained in full.</p>";
    for (String heading : new String[] {"Explore more articles.", "Read This Next", "Related topics",
        "You may also like these posts...", "More articles by Jane Doe", "Trackbacks"}) {
      String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>"
          + P2 + "</p><p>" + P3 + "</p><h3>" + heading + "</h3>" + teasers + "</div></article>";
      Document d = html(page("<title>Talks</title>", article));
      assertThat(d.text()).as(heading).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
  }

  @Test
  void narrowsTheContainerToTheMarkedArticleBodyThatHoldsNearlyAllItsProse() {
    String p4 = "Diplomats familiar with the file said the humanitarian corridor would be the first test of the "
        + "agreement, with convoys expected to cross before the end of the month if the ceasefire holds.";
    String box = "<div class=\"box\"><p>Our consultants help companies plan their travel to the region, contact "
        + "them today for a first meeting.</p></div>";
    String article = "<h1>Talks resume in Geneva</h1><div class=\"post-content\"><div class=\"entry-content\"><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p></div>" + box + "</div>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + p4);
    // Prose outside the marked body that is a real share of the article (here a long introduction) stays.
    String intro = "<div class=\"standfirst\"><p>" + P3 + " " + P2 + "</p></div>";
    String split = "<article><h1>Talks resume in Geneva</h1>" + intro + "<div class=\"entry-content\"><p>" + P1
        + "</p><p>" + p4 + "</p></div></article>";
    assertThat(html(page("<title>Talks</title>", split)).text()).startsWith(P3).endsWith(p4);
    // The same with an <article> inside a wrapper whose class reads like an article body.
    String wrapped = "<div class=\"post-content\"><article><h1>Talks resume in Geneva</h1><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>" + p4 + "</p></article>" + box + "</div>";
    assertThat(html(page("<title>Talks</title>", wrapped)).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3
        + "\n\n" + p4);
  }

  @Test
  void dropsTheMessagesAFormShowsOnlyAfterItIsSent() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><div class=\"w-form\"><div class=\"w-form-done\"><p>Thank you! Your submission has "
        + "been received and one of our editors will reply to you shortly.</p></div><div class=\"w-form-fail\"><p>Oops! "
        + "Something went wrong while submitting the form, please try again later.</p></div></div></div></article>";
    Document d = html(page("<title>Talks</title>", article));
    assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void leavesOutParagraphsThatTheDeclaredArticleBodyDoesNotHold() {
    String note = "Jane Doe reports on diplomacy from Vienna and has followed every round of these negotiations "
        + "since they began.";
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>" + note + "</p></div></article>";
    String full = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\","
        + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}</script>";
    assertThat(html(page(full, article)).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    // A declared body that is only a summary (far fewer words than the page's text) filters nothing.
    String summary = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\","
        + "\"articleBody\":\"" + P1 + "\"}</script>";
    assertThat(html(page(summary, article)).text()).endsWith(note);
  }

  @Test
  void aFaqPageIsNotAForum() {
    String faq = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\","
        + "\"mainEntity\":[{\"@type\":\"Question\",\"name\":\"When do the talks resume?\",\"acceptedAnswer\":"
        + "{\"@type\":\"Answer\",\"text\":\"Next month.\"}}]}</script>";
    String article = "<article><p>" + P1 + "</p><p>" + P2 + "</p></article><div class=\"comments\"><div class=\"comment\">"
        + "<p>Readers comment: I have always said that these talks would go nowhere, and here we are again, talking.</p>"
        + "</div></div>";
    // On a forum the comments would be the content; on a page with a FAQ they are not.
    assertThat(html(page("<title>Talks</title>" + faq, article)).text()).isEqualTo(P1 + "\n\n" + P2);
    String qa = faq.replace("FAQPage", "QAPage");
    assertThat(html(page("<title>Talks</title>" + qa, article)).text()).contains("Readers comment");
  }

  @Test
  void topicAndCommunityPathsAreForumsOnlyWithATopicNumber() {
    Markup m = Markup.standard();
    assertThat(m.forumUrl("https://www.example.org/topic/12345-which-tent-for-a-first-trip/")).isTrue();
    assertThat(m.forumUrl("https://community.example.org/topic/18427/which-tent")).isTrue();
    assertThat(m.forumUrl("https://www.example.org/community/4521/which-tent")).isTrue();
    assertThat(m.forumUrl("https://www.example.com/topics/camping-and-hiking/best-tent")).isFalse();
    assertThat(m.forumUrl("https://www.example.com/topic/history-of-coffee")).isFalse();
    assertThat(m.forumUrl("https://www.example.com/community/tutorials/how-to-pitch-a-tent")).isFalse();
  }

  @Test
  void dropsAHiddenCopyOfTheArticle() {
    // The page shows the article once and keeps a hidden copy (for another layout) with a line of its own.
    String extra = "Officials in Vienna said a further meeting of the technical committees could follow in the spring.";
    String article = "<div class=\"column\"><h1>Talks resume in Geneva</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div><article class=\"story hide\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + extra
        + "</p></article>";
    assertThat(html(page("<title>Talks</title>", article)).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    // A folded panel whose text is not shown elsewhere is kept.
    String panel = "The annex lists the crossings to be reopened first and the teams that will monitor them.";
    String folded = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><div class=\"accordion\"><div class=\"tab-content\" style=\"display:none\"><p>" + panel
        + "</p></div></div></div></article>";
    assertThat(html(page("<title>Talks</title>", folded)).text()).contains(panel);
  }

  @Test
  void keepsTheListThatASentenceEndingInAColonAnnounces() {
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>The delegations agreed on three points:</p><ul><li>A ceasefire</li>"
        + "<li>Prisoner swaps</li><li>Open crossings</li></ul></div></article>";
    assertThat(html(page("<title>Talks</title>", article)).text()).isEqualTo(String.join("\n\n", P1, P2, P3,
        "The delegations agreed on three points:", "A ceasefire", "Prisoner swaps", "Open crossings"));
    // Short items after the last paragraph that no colon announces are not the article.
    String loose = article.replace("The delegations agreed on three points:", "The delegations agreed.");
    assertThat(html(page("<title>Talks</title>", loose)).text()).doesNotContain("A ceasefire");
  }

  @Test
  void dropsTeaserCardsThatHoldLessThanHalfOfThePageText() {
    StringBuilder cards = new StringBuilder("<div class=\"more-posts\">");
    for (int i = 1; i <= 3; i++) {
      cards.append("<div class=\"post-card\"><h3><a href=\"/2025/10/").append(i).append("/story\">Another story number ")
          .append(i).append(" about the border crossings</a></h3><p>An excerpt of story ").append(i)
          .append(" that tells the reader a little about what happened at the border crossings last week, and why "
              + "it matters for the talks...</p></div>");
    }
    cards.append("</div>");
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></article>" + cards;
    assertThat(html(page("<title>Talks</title>", article)).text()).isEqualTo(String.join("\n\n", P1, P2, P3));
  }

  @Test
  void aDeclaredBodyWithLittleMoreThanHalfTheWordsFiltersNothing() {
    String p4 = "Diplomats familiar with the file said the humanitarian corridor would be the first test of the "
        + "agreement, with convoys expected to cross before the end of the month if the ceasefire holds.";
    String p5 = "The next round is due to open in Vienna, where the mediators hope to settle the order in which "
        + "prisoners are released and the checkpoints are handed over to the joint monitoring teams.";
    String article = "<article><h1>Talks resume in Geneva</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>" + p4 + "</p><p>" + p5 + "</p></div></article>";
    // The declaration holds 80 of the 145 words found: a shortened article, not the publisher's full text.
    String partial = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\","
        + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}</script>";
    assertThat(html(page(partial, article)).text()).isEqualTo(String.join("\n\n", P1, P2, P3, p4, p5));
  }

  @Test
  void aFooterOutsideTheMainRegionIsRemovedEvenWhenItHoldsMoreText() {
    String disclaimer = "This material is not intended to replace the advice of a qualified advisor. Information has "
        + "been obtained from sources believed to be reliable. It is for informational purposes only and is not "
        + "guaranteed as to accuracy, and may not reflect our current opinion. No reproduction in whole or in part is "
        + "permitted without the express written consent of the publisher and its affiliates, who are not "
        + "responsible for the content of other web or social networking sites.";
    String html = "<!doctype html><html><head><title>Talks</title></head><body><main><h1>Talks resume in Geneva</h1>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>Topics on the agenda include:</p><ul><li>The ceasefire</li><li>Prisoner swaps</li>"
        + "</ul></main><footer><p>" + disclaimer + "</p></footer></body></html>";
    assertThat(html(html).text()).isEqualTo(String.join("\n\n", P1, P2, "Topics on the agenda include:",
        "The ceasefire", "Prisoner swaps"));
    // An element outside the main region that holds a marked article body with most of the prose is kept.
    String intro = "Our weekly briefing on the negotiations brings together the reporting of our correspondents in "
        + "Geneva, Vienna and New York, with the documents the delegations have published since the last round, and "
        + "a short note on what to watch next. It is sent to subscribers every Friday.";
    String aside = "<!doctype html><html><head><title>Talks</title></head><body><main><p>" + intro + "</p></main>"
        + "<aside><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></aside></body></html>";
    assertThat(html(aside).text()).contains(P1, P2, P3);
  }
}
