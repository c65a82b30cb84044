package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HomeRegionsTest {
    @Test
    void aLocalPapersStateIsLearntFromItsOwnArticlesAndUsed() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        HomeRegions homes = new HomeRegions(x);
        List<String> articles = List.of(
                "Deputies in Rapides Parish arrested a Pineville man on Monday after a chase through Ball and Tioga.",
                "The Louisiana Department of Health opened a clinic in Marksville, and Bunkie officials welcomed it.",
                "Natchitoches and Leesville schools will close early Friday, Louisiana officials said.",
                "A Lafayette company will build a plant near Opelousas, creating 200 jobs in Louisiana.",
                "Shreveport police said a man from Winnfield was arrested in Monroe on Thursday.");
        for (String a : articles) homes.add("towntalk.example", a, "en");
        PlaceExtractor.Options o = homes.options("towntalk.example");
        assertEquals("US", o.homeCountry());
        assertEquals("US.LA", o.homeAdmin1());
        assertEquals(PlaceExtractor.Options.NONE, homes.options("unknown.example"));
        String text = "The Alexandria city council approved the budget on Tuesday.";
        PlaceMention alex = x.extract(text, "en", o).get(0);
        assertEquals("Louisiana", alex.place().admin1());
    }

    @Test
    void anOutletTooNewToTellIsFromTheStreamsCountry() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        HomeRegions homes = new HomeRegions(x);
        List<String> articles = List.of(
                "Deputies in Rapides Parish arrested a Pineville man on Monday after a chase through Ball and Tioga, Louisiana.",
                "Natchitoches and Leesville schools will close early Friday, Louisiana officials said.",
                "Shreveport police said a man from Winnfield was arrested in Monroe, Louisiana, on Thursday.");
        // nine outlets of one country are not enough to call the stream's; ten are
        for (int o = 0; o < 9; o++) for (String a : articles) homes.add("outlet" + o + ".example", a, "en");
        assertEquals(PlaceExtractor.Options.NONE, homes.options("new.example"));
        for (String a : articles) homes.add("outlet9.example", a, "en");
        PlaceExtractor.Options o = homes.options("new.example");
        assertEquals("US", o.homeCountry());
        assertNull(o.homeAdmin1());
    }

    @Test
    void aCityPapersHomeTownIsTheTownMostOfItsArticlesName() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        HomeRegions homes = new HomeRegions(x);
        List<String> articles = List.of(
                "Nashville police said two men were hurt in a crash on Interstate 40 near Lebanon, Tennessee.",
                "The Nashville council voted on the budget; Franklin and Murfreesboro leaders attended.",
                "A Nashville school reopened Monday, Tennessee officials said.",
                "Metro Nashville police arrested a man in Madison on Friday.",
                "Clarksville and Memphis teams will play in Knoxville, Tennessee, next week.");
        for (String a : articles) homes.add("tennessean.example", a, "en");
        PlaceExtractor.Options o = homes.options("tennessean.example");
        assertEquals("US.TN", o.homeAdmin1());
        assertNotNull(o.homeTown());
        assertEquals("Nashville", o.homeTown().name());
        // a town named in too few of an outlet's articles is no home town
        HomeRegions few = new HomeRegions(x);
        for (String a : articles.subList(0, 2)) few.add("small.example", a, "en");
        assertNull(few.options("small.example").homeTown());
    }

    @Test
    void aNamesakeNearTheHomeTownWinsAcrossAStateLine() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        io.triangulate.model.Place nyc = Gazetteer.shared().candidates("New York City").stream()
                .filter(p -> p.kind() == io.triangulate.model.Place.Kind.CITY).findFirst().orElseThrow();
        String text = "Five people were shot at a home in Newark early Sunday, police said.";
        PlaceExtractor.Options state = PlaceExtractor.Options.home("US", "US.NY");
        assertEquals("New York", x.extract(text, "en", state).get(0).place().admin1());
        assertEquals("New Jersey", x.extract(text, "en", state.withTown(nyc)).get(0).place().admin1());
    }

    @Test
    void anOutletsHostMayNameItsTown() {
        Gazetteer g = Gazetteer.shared();
        assertEquals("Philadelphia", HomeRegions.townOfSource(g, "www.nbcphiladelphia.example", null, null).name());
        assertEquals("Kansas City", HomeRegions.townOfSource(g, "https://www.kansascity.example/news", "US", "US.MO").name());
        // "richmond": two cities of 100,000+; with the outlet's state known, the one of that state
        assertNull(HomeRegions.townOfSource(g, "richmond.example", null, null));
        assertEquals("Virginia", HomeRegions.townOfSource(g, "richmond.example", "US", "US.VA").admin1());
        // a postal code after the name says which state's town it is
        assertNull(HomeRegions.townOfSource(g, "www.springfieldxx.example", null, null));
        assertNull(HomeRegions.townOfSource(g, "www.daytonok.example", null, null));
        // a newspaper's nameplate word is no town
        assertNull(HomeRegions.townOfSource(g, "www.sentinelandenterprise.example", null, null));
        assertNull(HomeRegions.townOfSource(g, "www.wxyz.example", null, null));
        // a name inside a longer town name is part of it ("bradenton" is not Denton), and a town's name must open or
        // close the label ("cumberlink" holds no Berlin)
        Place b = HomeRegions.townOfSource(g, "www.bradenton.example", null, null);
        assertTrue(b == null || !b.name().equals("Denton"), String.valueOf(b));
        assertNull(HomeRegions.townOfSource(g, "cumberlink.example", null, null));
        // a small paper's label: the town's name alone or with a nameplate word, when one town of the country so named
        assertEquals("Lufkin", HomeRegions.townOfSource(g, "lufkindailynews.example", "US", null).name());
        assertEquals("Illinois", HomeRegions.townOfSource(g, "www.galesburg.example", "US", null).admin1());
        assertNull(HomeRegions.townOfSource(g, "www.lufkindailynews.example", null, null)); // the country unknown
        assertNull(HomeRegions.townOfSource(g, "www.thebrunswicknews.example", "US", null)); // several Brunswicks
        PlaceExtractor x = new PlaceExtractor(g);
        PlaceExtractor.Options o = HomeRegions.withSourceTown(x, PlaceExtractor.Options.NONE, "www.nbcphiladelphia.example");
        assertEquals("Philadelphia", o.homeTown().name());
    }
}
