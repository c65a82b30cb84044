package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PlaceExtractorTest {
    static PlaceExtractor x;

    @BeforeAll
    static void load() {
        x = new PlaceExtractor(Gazetteer.shared());
    }

    static Optional<PlaceMention> find(List<PlaceMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    static PlaceMention get(List<PlaceMention> ms, String text) {
        return find(ms, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
    }

    static void near(Place p, double lat, double lon, double km) {
        assertTrue(p.distanceKm(lat, lon) <= km, p + " is " + Math.round(p.distanceKm(lat, lon)) + " km away");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Flooding closed roads between Fargo and Moorhead on Tuesday, officials in North Dakota said.";
        List<PlaceMention> ms = x.extract(text, "en");
        assertFalse(ms.isEmpty());
        for (PlaceMention m : ms) assertEquals(m.text(), text.substring(m.start(), m.end()));
        assertEquals("North Dakota", get(ms, "Fargo").place().admin1());
        assertEquals("Minnesota", get(ms, "Moorhead").place().admin1());
    }

    @Test
    void elidedArticlesAreNotPartOfTheName() {
        String fr = "L'un des engins a visé l'aéroport d'Erbil, dans le nord de l'Irak, mardi soir.";
        List<PlaceMention> ms = x.extract(fr, "fr");
        assertEquals("IQ", get(ms, "Erbil").place().country());
        assertEquals(Place.Kind.COUNTRY, get(ms, "Irak").place().kind());
        assertTrue(ms.stream().noneMatch(m -> m.text().toLowerCase().contains("un")), ms.toString());
        String it = "Un razzo è caduto vicino all'ambasciata, nel centro dell'Iraq.";
        assertEquals("IQ", get(x.extract(it, "it"), "Iraq").place().country());
        // names that carry their article keep it
        assertEquals("L'Aquila", get(x.extract("The earthquake struck L'Aquila in the night.", "en"), "L'Aquila").text());
    }

    @Test
    void aRegionQualifyingAnInstitutionIsNoPlaceOfEvents() {
        List<PlaceMention> ms = x.extract("A guard was hurt near the airport in Mosul, a Nineveh health official said.", "en");
        assertTrue(get(ms, "Nineveh").demonym(), ms.toString());
        assertFalse(get(ms, "Mosul").demonym());
        List<PlaceMention> plain = x.extract("Heavy rain fell across Nineveh on Monday.", "en");
        assertFalse(get(plain, "Nineveh").demonym());
    }

    @Test
    void oneCityInEveryScript() {
        String ar = "قال مسؤولون إن صاروخين سقطا في بغداد مساء السبت.";
        String fr = "Deux obus sont tombés samedi soir à Bagdad, près de l'ambassade.";
        String ru = "В субботу вечером в Багдаде упали две ракеты. Багдад";
        assertEquals(98182, get(x.extract(ar, "ar"), "بغداد").place().geonamesId());
        assertEquals(98182, get(x.extract(fr, "fr"), "Bagdad").place().geonamesId());
        assertEquals(98182, get(x.extract(ru, "ru"), "Багдад").place().geonamesId());
        PlaceMention clitic = get(x.extract("سقطت قذائف ببغداد وفي محافظة صلاح الدين", "ar"), "ببغداد");
        assertEquals(98182, clitic.place().geonamesId());
    }

    @Test
    void anExplicitStateDecides() {
        List<PlaceMention> il = x.extract("The fair opens in Springfield, Ill., next week.", "en");
        assertEquals("Illinois", get(il, "Springfield").place().admin1());
        assertEquals(Place.Kind.ADMIN1, get(il, "Ill.").place().kind());
        List<PlaceMention> mo = x.extract("The fair opens in Springfield, Missouri, next week.", "en");
        assertEquals("Missouri", get(mo, "Springfield").place().admin1());
        List<PlaceMention> tx = x.extract("A storm hit Paris, TX, overnight.", "en");
        assertEquals("Texas", get(tx, "Paris").place().admin1());
        List<PlaceMention> wv = x.extract("He was born in Wheeling, W.Va., in 1950.", "en");
        assertEquals("West Virginia", get(wv, "W.Va.").place().name());
    }

    @Test
    void theArticleContextDecides() {
        List<PlaceMention> texas = x.extract("Lamar County deputies searched a house in Paris on Monday. "
                + "The Texas Rangers joined the investigation, and a suspect was later arrested near Clarksville and Sulphur Springs.", "en");
        assertEquals("Texas", get(texas, "Paris").place().admin1());
        List<PlaceMention> france = x.extract("Protesters marched in Paris on Saturday, and unions in Lyon and Marseille joined them.", "en");
        assertEquals("FR", get(france, "Paris").place().country());
        List<PlaceMention> ga = x.extract("Rain flooded roads in Athens and Gainesville, and more storms are expected across Georgia.", "en");
        assertEquals("Georgia", get(ga, "Athens").place().admin1());
        assertEquals("US", get(ga, "Georgia").place().country());
    }

    @Test
    void theOutletsHomeRegionDecidesWhenTheTextIsSilent() {
        String text = "The city council of Alexandria approved the budget on Tuesday.";
        PlaceMention none = get(x.extract(text, "en"), "Alexandria");
        assertEquals("EG", none.place().country());
        PlaceMention la = get(x.extract(text, "en", PlaceExtractor.Options.home("US", "Louisiana")), "Alexandria");
        assertEquals("Louisiana", la.place().admin1());
        PlaceMention va = get(x.extract(text, "en", PlaceExtractor.Options.home("US", "US.VA")), "Alexandria");
        assertEquals("Virginia", va.place().admin1());
    }

    @Test
    void demonymsAreTheirCountryButNotLocations() {
        List<PlaceMention> ms = x.extract("Iraqi officials met American and French diplomats. The Iraqis said little.", "en");
        PlaceMention iraqi = get(ms, "Iraqi");
        assertTrue(iraqi.demonym());
        assertEquals("IQ", iraqi.place().country());
        assertEquals(Place.Kind.COUNTRY, iraqi.place().kind());
        assertEquals("US", get(ms, "American").place().country());
        assertEquals("FR", get(ms, "French").place().country());
        assertTrue(get(ms, "Iraqis").demonym());
    }

    @Test
    void aCountryNameAsModifierIsNotALocation() {
        List<PlaceMention> ms = x.extract("A rocket hit near the U.S. Embassy in Baghdad, and U.S. troops were on alert.", "en");
        PlaceMention embassy = ms.stream().filter(m -> m.text().equals("U.S.") && m.facility() != null).findFirst().orElseThrow();
        assertTrue(embassy.demonym());
        assertEquals("U.S. Embassy", embassy.facility());
        assertEquals("US", embassy.place().country());
        assertFalse(get(ms, "Baghdad").demonym());
        assertTrue(ms.stream().filter(m -> m.text().equals("U.S.")).allMatch(PlaceMention::demonym));
    }

    @Test
    void facilitiesAttachToTheirTown() {
        List<PlaceMention> ms = x.extract("Two rockets landed on Balad air base, north of Baghdad, and flights at Baghdad International Airport were suspended.", "en");
        PlaceMention balad = get(ms, "Balad");
        assertEquals("Balad air base", balad.facility());
        near(balad.place(), 34.01, 44.15, 30);
        PlaceMention airport = ms.stream().filter(m -> m.facility() != null && m.facility().contains("Airport")).findFirst().orElseThrow();
        assertEquals("Baghdad International Airport", airport.facility());
    }

    @Test
    void facilitiesInOtherLanguages() {
        assertEquals("base aérienne de Balad",
                get(x.extract("Deux roquettes ont frappé la base aérienne de Balad, au nord de Bagdad.", "fr"), "Balad").facility());
        assertEquals("Luftwaffenstützpunkt Balad",
                get(x.extract("Eine Rakete traf den Luftwaffenstützpunkt Balad nördlich von Bagdad.", "de"), "Balad").facility());
        assertEquals("قاعدة بلد الجوية", get(x.extract("سقط صاروخ على قاعدة بلد الجوية شمال بغداد", "ar"), "بلد").facility());
        PlaceMention us = get(x.extract("Dos cohetes cayeron cerca de la embajada de Estados Unidos en Bagdad.", "es"), "Estados Unidos");
        assertTrue(us.demonym());
        assertEquals("embajada de Estados Unidos", us.facility());
    }

    @Test
    void functionWordsOfOtherLanguagesAreNotPlaces() {
        List<PlaceMention> fr = x.extract("Selon le commandement militaire, il n'y a pas eu de victimes. Au même moment, Bagdad était calme.", "fr");
        assertEquals(List.of("Bagdad"), fr.stream().map(PlaceMention::text).toList());
        List<PlaceMention> de = x.extract("Zwei Raketen schlugen in der Nähe der Botschaft in Bagdad ein. Eine weitere traf Balad.", "de");
        assertTrue(find(de, "Nähe").isEmpty() && find(de, "Eine").isEmpty(), de.toString());
        List<PlaceMention> ar = x.extract("وقالت واشنطن إن طهران تتحمل المسؤولية", "ar");
        assertEquals(List.of("واشنطن", "طهران"), ar.stream().map(PlaceMention::text).toList());
    }

    @Test
    void countyLists() {
        List<PlaceMention> ms = x.extract("The jobless rate for Clarke, Madison, Oconee and Oglethorpe counties fell in March, "
                + "the Georgia Department of Labor said.", "en");
        for (String c : List.of("Clarke", "Madison", "Oconee", "Oglethorpe")) {
            assertEquals("Georgia", get(ms, c).place().admin1(), c);
            assertTrue(get(ms, c).place().name().endsWith("County"), c);
        }
    }

    @Test
    void theIraqiCapitalIsBaghdad() {
        List<PlaceMention> ms = x.extract("The base lies 80 km north of the Iraqi capital.", "en");
        PlaceMention cap = get(ms, "the Iraqi capital");
        assertEquals(98182, cap.place().geonamesId());
        assertFalse(cap.demonym());
    }

    @Test
    void commonWordsAndPeopleAreNotPlaces() {
        String text = "Police said Will Smith and Mr. Jordan will speak. Mobile phones were banned. Hillary Clinton said Tuesday "
                + "that March was cold. Jones said nothing.";
        List<PlaceMention> ms = x.extract(text, "en");
        for (String w : List.of("Police", "Will", "Smith", "Jordan", "Mobile", "Clinton", "March", "Jones", "Hillary")) {
            assertTrue(find(ms, w).isEmpty(), w + " taken as a place: " + ms);
        }
        List<PlaceMention> mobile = x.extract("A ship docked in Mobile, Ala., on Friday.", "en");
        assertEquals("Alabama", get(mobile, "Mobile").place().admin1());
    }

    @Test
    void anAgeIsNoPlace() {
        // "Sixteen" is an alternate name of a town; before "-year-old" it is an age
        List<PlaceMention> ms = x.extract("Sixteen-year-old Bradenton girl shoots herself in the hand", "en");
        assertTrue(find(ms, "Sixteen").isEmpty(), ms.toString());
        assertFalse(find(ms, "Bradenton").isEmpty(), ms.toString());
    }

    @Test
    void countriesAndStatesAreFound() {
        List<PlaceMention> ms = x.extract("Talks between Iraq and Iran resumed, while Texas and the United States watched.", "en");
        assertEquals(Place.Kind.COUNTRY, get(ms, "Iraq").place().kind());
        assertEquals(Place.Kind.COUNTRY, get(ms, "Iran").place().kind());
        assertEquals(Place.Kind.ADMIN1, get(ms, "Texas").place().kind());
        assertEquals("US", get(ms, "United States").place().country());
    }

    @Test
    void emptyAndPlaceFreeTexts() {
        assertEquals(List.of(), x.extract("", "en"));
        assertEquals(List.of(), x.extract("nothing here but lower case words.", "en"));
        assertThrows(NullPointerException.class, () -> x.extract(null, "en"));
    }

    @Test
    void aStateAbbreviationIsTheStateButDcIsTheCapital() {
        List<PlaceMention> ms = x.extract("The teen was shot by Ardmore, Okla. police on Thursday.", "en");
        assertEquals(Place.Kind.ADMIN1, get(ms, "Okla.").place().kind());
        List<PlaceMention> dc = x.extract("Two men were shot in Northeast Washington, D.C. on Friday.", "en");
        assertEquals("Washington", get(dc, "D.C.").place().name());
    }
}
