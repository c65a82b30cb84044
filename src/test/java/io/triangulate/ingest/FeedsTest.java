package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RSS and Atom feeds by file and by URL, pages by URL, and the failures of each, against a loopback server. */
class FeedsTest {
    static final String LONG_PARAGRAPH = "Rescue teams worked through the night in the river town of Caldermoor after the "
            + "embankment gave way on Monday evening, flooding the lower streets. The mayor said two residents had died and "
            + "fourteen were taken to the district hospital, three of them in a serious condition. ";

    /** An RSS 2.0 feed: one entry with full content, one with a short summary, one with no text at all. */
    static String rss(String base, String pageLink) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>The Valley Courier &amp; Post</title>
                    <link>%s/</link>
                    <language>en-gb</language>
                    <item>
                      <title>Embankment collapse floods &lt;b&gt;Caldermoor&lt;/b&gt;</title>
                      <link>%s/news/2020/01/caldermoor-flood.html?utm_source=rss</link>
                      <guid isPermaLink="false">courier-88121</guid>
                      <pubDate>Mon, 06 Jan 2020 23:30:00 -0500</pubDate>
                      <description>Short teaser.</description>
                      <content:encoded><![CDATA[<p>%s</p><p>%s</p><div class="share-bar">Share this</div><script>alert(1)</script>]]></content:encoded>
                    </item>
                    <item>
                      <title>Bridge closed after lorry strike</title>
                      <link>%s</link>
                      <pubDate>Tue, 7 Jan 2020 08:00:00 GMT</pubDate>
                      <description>&lt;p&gt;The old bridge at Fenwick is closed &amp;amp; traffic diverted.&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>Pictures of the week</title>
                      <link>%s/gallery/week-2</link>
                    </item>
                  </channel>
                </rss>
                """.formatted(base, base, LONG_PARAGRAPH, LONG_PARAGRAPH, pageLink, base);
    }

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title type="text">Le Petit Riverain</title>
              <link href="https://riverain.example/"/>
              <id>urn:uuid:feed-1</id>
              <updated>2021-03-02T10:00:00+01:00</updated>
              <entry>
                <title>Incendie dans un entrepôt à Villebrune</title>
                <link rel="alternate" href="/2021/03/incendie-villebrune"/>
                <id>tag:riverain.example,2021:incendie-villebrune</id>
                <published>2021-03-01T23:45:00-03:00</published>
                <updated>2021-03-02T09:00:00+01:00</updated>
                <content type="html">&lt;p&gt;Un incendie a ravagé un entrepôt de la zone industrielle de Villebrune dans la nuit.&lt;/p&gt;&lt;p&gt;Aucune victime n'est à déplorer selon les pompiers.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Séance du conseil municipal</title>
                <link href="https://riverain.example/2021/03/conseil"/>
                <id>tag:riverain.example,2021:conseil</id>
                <updated>2021-03-02T08:00:00Z</updated>
                <summary type="text">Le conseil a voté le budget &lt;provisoire&gt;.</summary>
              </entry>
            </feed>
            """;

    static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><title>Bridge closed | Courier</title>
            <meta property="og:site_name" content="The Valley Courier">
            <meta property="article:published_time" content="2020-01-07T07:55:00Z">
            <link rel="canonical" href="/news/2020/01/bridge-closed">
            </head><body><nav><a href="/">Home</a></nav>
            <article><h1>Bridge closed after lorry strike</h1>
            <p>The old bridge at Fenwick was closed on Tuesday morning after a lorry struck its parapet, police said.</p>
            <p>Engineers will inspect the structure before it reopens; traffic is diverted through Hollin Lane.</p>
            <p>The driver was unhurt. A 40-year-old man was later arrested on suspicion of dangerous driving.</p>
            </article><footer>© Courier</footer></body></html>
            """;

    LocalHttp http;

    @BeforeEach void start() throws IOException {
        http = new LocalHttp();
    }

    @AfterEach void stop() {
        http.close();
    }

    private static IngestResult read(Ingestor ing, InputFormat f, String... paths) {
        return ing.readAll(List.of(paths), f);
    }

    private static Map<String, Article> byTitle(IngestResult r) {
        return r.articles().stream().collect(Collectors.toMap(Article::title, a -> a));
    }

    @Test void rssFileEntriesBecomeArticles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("courier.rss");
        Files.writeString(f, rss("https://www.courier.example", "https://courier.example/news/2020/01/bridge-closed"));
        IngestResult r = read(Ingestor.create(), InputFormat.AUTO, f.toString());

        assertEquals(2, r.articles().size(), r.toString());
        Map<String, Article> a = byTitle(r);
        Article flood = a.get("Embankment collapse floods Caldermoor");
        assertEquals("The Valley Courier & Post", flood.source());
        assertEquals(LocalDate.of(2020, 1, 6), flood.published(), "the date as written, not shifted to UTC");
        assertEquals("https://www.courier.example/news/2020/01/caldermoor-flood.html?utm_source=rss", flood.url());
        assertEquals("en", flood.language());
        assertTrue(flood.id().startsWith("courier-88121-"), flood.id());
        assertEquals(LONG_PARAGRAPH.strip() + "\n\n" + LONG_PARAGRAPH.strip(), flood.text(), "content, not the teaser; no share bar, no script");
        assertTrue(flood.origin().startsWith(f.toString()), flood.origin());

        Article bridge = a.get("Bridge closed after lorry strike");
        assertEquals("The old bridge at Fenwick is closed & traffic diverted.", bridge.text());
        assertEquals(LocalDate.of(2020, 1, 7), bridge.published());
        assertTrue(bridge.id().startsWith("courier-example-news-2020-01-bridge-closed-"), bridge.id());

        // the third entry has neither text nor a page to read
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("has no text (pass --fetch-pages"), r.warnings().toString());

        // the same feed read again gives the same ids
        assertEquals(r.articles().stream().map(Article::id).toList(),
                read(Ingestor.create(), InputFormat.AUTO, f.toString()).articles().stream().map(Article::id).toList());
    }

    @Test void atomInAnXmlFileIsRecognisedByItsRoot(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("riverain.xml");
        Files.writeString(f, ATOM);
        IngestResult r = read(Ingestor.create(), InputFormat.AUTO, f.toString());
        assertEquals(List.of(), r.warnings());
        Map<String, Article> a = byTitle(r);
        Article fire = a.get("Incendie dans un entrepôt à Villebrune");
        assertEquals("https://riverain.example/2021/03/incendie-villebrune", fire.url(), "relative link resolved against the feed's link");
        assertEquals(LocalDate.of(2021, 3, 1), fire.published(), "published, in the writer's zone");
        assertEquals("Le Petit Riverain", fire.source());
        assertEquals("fr", fire.language());
        assertEquals("Un incendie a ravagé un entrepôt de la zone industrielle de Villebrune dans la nuit.\n\n"
                + "Aucune victime n'est à déplorer selon les pompiers.", fire.text());
        Article council = a.get("Séance du conseil municipal");
        assertEquals("Le conseil a voté le budget <provisoire>.", council.text(), "a text summary is not parsed as HTML");
        assertEquals(LocalDate.of(2021, 3, 2), council.published(), "updated when there is no published");

        // an explicit format reads a feed whatever its name; a non-feed given as a feed is a clear warning
        Path txt = dir.resolve("feed.txt");
        Files.writeString(txt, ATOM);
        assertEquals(2, read(Ingestor.create(), InputFormat.FEED, txt.toString()).articles().size());
        Path html = dir.resolve("page.txt");
        Files.writeString(html, PAGE);
        IngestResult bad = read(Ingestor.create(), InputFormat.FEED, html.toString());
        assertEquals(List.of(new Warning(html.toString(), "not an RSS or Atom feed (root element <html>)")), bad.warnings());
        // an .xml file that is not a feed is read as before, as text
        Path other = dir.resolve("notes.xml");
        Files.writeString(other, "<notes><note>Water levels fell overnight.</note></notes>");
        assertEquals(1, read(Ingestor.create(), InputFormat.AUTO, other.toString()).articles().size());
    }

    @Test void malformedFeedIsOneWarning(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.rss");
        Files.writeString(f, "<rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>");
        Path ok = dir.resolve("ok.atom");
        Files.writeString(ok, ATOM);
        IngestResult r = read(Ingestor.create(), InputFormat.AUTO, f.toString(), ok.toString());
        assertEquals(2, r.articles().size(), "the bad feed does not stop the batch");
        assertEquals(1, r.warnings().size());
        assertEquals(f.toString(), r.warnings().get(0).input());
        assertTrue(r.warnings().get(0).message().startsWith("malformed feed: "), r.warnings().toString());

        Path doctype = dir.resolve("xxe.rss");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description></item></channel></rss>");
        IngestResult x = read(Ingestor.create(), InputFormat.AUTO, doctype.toString());
        assertEquals(1, x.articles().size(), x.toString());
        Article a = x.articles().get(0);
        assertEquals("d", a.text());
        assertFalse(String.valueOf(a.title()).contains("root:"), "an external entity is never loaded: " + a.title());

        // RSS 0.91 with Netscape's DOCTYPE (its DTD is not fetched)
        Path old = dir.resolve("old.rss");
        Files.writeString(old, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old Times</title>"
                + "<link>https://old.example/</link><description>d</description><language>en</language>"
                + "<item><title>Mill fire</title><link>https://old.example/mill</link><description>The old mill burned down.</description></item>"
                + "</channel></rss>");
        IngestResult o = read(Ingestor.create(), InputFormat.AUTO, old.toString());
        assertEquals(List.of(), o.warnings());
        assertEquals("The old mill burned down.", o.articles().get(0).text());
    }

    @Test void feedAndPageByUrl() {
        http.document("/feed.rss", "application/rss+xml; charset=utf-8", rss(http.url(""), "/news/2020/01/bridge-closed"))
                .document("/story.html", "text/html; charset=utf-8", PAGE);
        IngestResult r = read(Ingestor.create(), InputFormat.AUTO, http.url("/feed.rss"), http.url("/story.html"));
        assertEquals(2, r.articles().size(), r.toString());
        // the page is the article the feed's second entry links to: the same id, read once
        assertEquals(http.url("/story.html"), r.warnings().get(1).input());
        assertTrue(r.warnings().get(1).message().startsWith("duplicate id"), r.warnings().toString());
        Article bridgeEntry = r.articles().get(1);
        assertEquals(http.url("/feed.rss") + "#2", bridgeEntry.origin());
        assertEquals(http.url("/news/2020/01/bridge-closed"), bridgeEntry.url(), "a relative link is resolved against the feed URL");

        IngestResult p = read(Ingestor.create(), InputFormat.AUTO, http.url("/story.html"));
        assertEquals(List.of(), p.warnings());
        Article page = p.articles().get(0);
        assertEquals(http.url("/story.html"), page.origin());
        assertEquals("Bridge closed after lorry strike", page.title(), "the article's headline before the <title>");
        assertEquals("The Valley Courier", page.source());
        assertEquals(LocalDate.of(2020, 1, 7), page.published());
        assertEquals(http.url("/news/2020/01/bridge-closed"), page.url(), "the canonical link, made absolute");
        assertTrue(page.text().startsWith("The old bridge at Fenwick was closed"), page.text());
        assertFalse(page.text().contains("Home"));
        assertEquals(bridgeEntry.id(), page.id(), "the page and the feed entry linking to it share an id");

        var req = http.requests("/feed.rss").get(0).headers();
        assertTrue(req.getFirst("User-Agent").startsWith("Triangulate/"), "a clear User-Agent");
    }

    @Test void urlFailuresAreOneLineWarnings() throws IOException {
        http.document("/data.json", "application/json", "{\"not\": \"a feed\"}")
                .route("/gone", ex -> LocalHttp.status(ex, 404))
                .document("/big.rss", "application/rss+xml", rss(http.url(""), "/b").repeat(3))
                .document("/feed.rss", "application/rss+xml", rss(http.url(""), "/b"));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/feed.rss";
        Ingestor ing = Ingestor.builder().maxFeedBytes(4000).maxArticleBytes(4000).build();
        IngestResult r = read(ing, InputFormat.AUTO, http.url("/data.json"), http.url("/gone"), http.url("/big.rss"), refused,
                "ftp://127.0.0.1/feed.rss", http.url("/feed.rss"));
        Map<String, String> w = r.warnings().stream().collect(Collectors.toMap(Warning::input, Warning::message, (x, y) -> x + " | " + y));
        assertEquals("not an RSS/Atom feed or an HTML page (Content-Type: application/json)", w.get(http.url("/data.json")));
        assertEquals("HTTP 404 Not Found", w.get(http.url("/gone")));
        assertTrue(w.get(http.url("/big.rss")).startsWith("response too large: "), w.toString());
        assertEquals("connection refused by 127.0.0.1:" + closedPort, w.get(refused));
        assertTrue(w.containsKey("ftp://127.0.0.1/feed.rss") || r.warnings().stream().anyMatch(x -> x.input().startsWith("ftp:")),
                "an ftp URL is no file either: " + w);
        assertEquals(2, r.articles().size(), "the good feed is read after the failures: " + w);
    }

    @Test void stalledServersTimeOut() {
        http.route("/silent.rss", ex -> sleep(4000))
                .route("/stalls.rss", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 0); // chunked
                    ex.getResponseBody().write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes());
                    ex.getResponseBody().flush();
                    sleep(4000);
                });
        Ingestor ing = Ingestor.builder().timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        IngestResult r = read(ing, InputFormat.AUTO, http.url("/silent.rss"), http.url("/stalls.rss"));
        Map<String, String> w = r.warnings().stream().collect(Collectors.toMap(Warning::input, Warning::message));
        assertEquals("timed out after 1 s", w.get(http.url("/silent.rss")));
        assertEquals("timed out reading the response after 1 s", w.get(http.url("/stalls.rss")));
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(7).toNanos(), "neither waited for the server (4 s each)");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test void gzipAndCharsetFromTheServer() {
        byte[] latin1 = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Région Nord</title>"
                + "<item><title>Crue à Saint-Brévin</title><link>" + http.url("/crue") + "</link>"
                + "<description>La rivière est sortie de son lit à Saint-Brévin.</description></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        http.route("/latin1.rss", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/xml; charset=ISO-8859-1");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            var buf = new java.io.ByteArrayOutputStream();
            try (var gz = new java.util.zip.GZIPOutputStream(buf)) {
                gz.write(latin1);
            }
            ex.sendResponseHeaders(200, buf.size());
            ex.getResponseBody().write(buf.toByteArray());
        });
        IngestResult r = read(Ingestor.create(), InputFormat.AUTO, http.url("/latin1.rss"));
        assertEquals(List.of(), r.warnings());
        assertEquals("Crue à Saint-Brévin", r.articles().get(0).title());
        assertEquals("Région Nord", r.articles().get(0).source());
        assertEquals("gzip", http.requests("/latin1.rss").get(0).headers().getFirst("Accept-Encoding"));
    }

    @Test void shortSummariesAreCompletedFromTheirPagesOnlyWhenAsked() {
        http.document("/feed.rss", "application/rss+xml", rss(http.url(""), "/story.html"))
                .document("/story.html", "text/html", PAGE)
                .route("/gallery/week-2", ex -> LocalHttp.status(ex, 500));
        String feed = http.url("/feed.rss");

        IngestResult plain = read(Ingestor.create(), InputFormat.AUTO, feed);
        assertEquals(0, http.bodiesSent("/story.html"), "no page fetched unless asked");
        assertEquals("The old bridge at Fenwick is closed & traffic diverted.",
                byTitle(plain).get("Bridge closed after lorry strike").text());

        List<String> requested = new java.util.ArrayList<>();
        IngestResult fetched = read(Ingestor.builder().fetchPages(true).onFetch(requested::add).build(), InputFormat.AUTO, feed);
        assertEquals(List.of(feed, http.url("/story.html"), http.url("/gallery/week-2")), requested);
        assertEquals(1, http.bodiesSent("/story.html"), "only the summary-only entry's page");
        Article bridge = byTitle(fetched).get("Bridge closed after lorry strike");
        assertTrue(bridge.text().startsWith("The old bridge at Fenwick was closed on Tuesday morning"), bridge.text());
        assertTrue(bridge.text().contains("arrested on suspicion of dangerous driving"));
        assertEquals(LocalDate.of(2020, 1, 7), bridge.published());
        assertEquals(http.url("/story.html"), bridge.url(), "the entry's link is kept");
        assertEquals(byTitle(plain).get("Bridge closed after lorry strike").id(), bridge.id(), "same id with or without the page");
        // the full-content entry is not fetched; the gallery's page fails: one warning naming it, entry skipped
        assertEquals(2, fetched.articles().size());
        assertEquals(1, fetched.warnings().size(), fetched.warnings().toString());
        assertNotEquals(-1, fetched.warnings().get(0).message().indexOf("HTTP 500"));

        // an entry already stored is neither returned nor has its page fetched
        IngestResult skipping = read(Ingestor.builder().fetchPages(true)
                .skipKnownEntries(a -> "Bridge closed after lorry strike".equals(a.title())).build(), InputFormat.AUTO, feed);
        assertEquals(1, http.bodiesSent("/story.html"));
        assertNull(byTitle(skipping).get("Bridge closed after lorry strike"));
    }

    @Test void ids() {
        String a = FeedReader.articleId("https://www.example.com/world/2024/05/quake-hits-coast.html");
        assertTrue(a.matches("example-com-world-2024-05-quake-hits-coast-[0-9a-f]{8}"), a);
        assertNotEquals(a, FeedReader.articleId("https://www.example.com/world/2024/05/quake-hits-coast.htm"));
        assertTrue(FeedReader.articleId("tag:x.org,2024:1").matches("tag-x-org-2024-1-[0-9a-f]{8}"));
        assertEquals("rss", FeedReader.rootElement("\uFEFF<?xml version='1.0'?><!-- c --><rss>".getBytes()));
        assertEquals("RDF", FeedReader.rootElement("<rdf:RDF xmlns:rdf='x'>".getBytes()));
        assertEquals("feed", FeedReader.rootElement("<!DOCTYPE feed [<!ENTITY a 'b'>]><feed>".getBytes()));
        assertEquals("rss", FeedReader.rootElement("<!DOCTYPE rss []><rss>".getBytes()));
    }
}
