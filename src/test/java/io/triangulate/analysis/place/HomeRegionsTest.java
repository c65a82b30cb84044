package io.triangulate.analysis.place;

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
}
