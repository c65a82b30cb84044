package io.triangulate.analysis.figures;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Number words and casualty phrases in every language of the lexicons, on sentences written for the test. */
class FigureLanguagesTest {
    private static final FigureExtractor FX = FigureExtractor.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // language | sentence | kind | min | max (- for open) | object (- for none)
            "fr | Deux personnes ont été tuées dans l'attaque. | KILLED | 2 | 2 | -",
            "fr | L'explosion a fait trois morts. | KILLED | 3 | 3 | -",
            "fr | On compte vingt-deux blessés. | INJURED | 22 | 22 | -",
            "fr | Au moins 12 personnes ont été tuées. | KILLED | 12 | - | -",
            "fr | Un soldat a été tué. | KILLED | 1 | 1 | -",
            "fr | La police a interpellé deux hommes. | ARRESTED | 2 | 2 | -",
            "fr | Deux roquettes Katioucha sont tombées. | WEAPON | 2 | 2 | Katyusha rocket",
            "fr | Deux obus de mortier sont tombés. | WEAPON | 2 | 2 | mortar shell",
            "es | Dos personas murieron en el ataque. | KILLED | 2 | 2 | -",
            "es | El ataque dejó veintidós muertos. | KILLED | 22 | 22 | -",
            "es | Cinco resultaron heridos. | INJURED | 5 | 5 | -",
            "es | Al menos 30 muertos. | KILLED | 30 | - | -",
            "es | La policía detuvo a dos hombres. | ARRESTED | 2 | 2 | -",
            "es | Dos cohetes Katiusha cayeron cerca de la embajada. | WEAPON | 2 | 2 | Katyusha rocket",
            "de | Zwei Menschen wurden getötet. | KILLED | 2 | 2 | -",
            "de | Es gab einundzwanzig Tote. | KILLED | 21 | 21 | -",
            "de | Fünf Verletzte wurden versorgt. | INJURED | 5 | 5 | -",
            "de | Mindestens 12 Menschen kamen ums Leben. | KILLED | 12 | - | -",
            "de | Ein Soldat wurde getötet. | KILLED | 1 | 1 | -",
            "de | Zwei Katjuscha-Raketen schlugen ein. | WEAPON | 2 | 2 | Katyusha rocket",
            "it | Due persone sono state uccise. | KILLED | 2 | 2 | -",
            "it | Ci sono ventitré morti. | KILLED | 23 | 23 | -",
            "it | Tre sono rimasti feriti. | INJURED | 3 | 3 | -",
            "it | La polizia ha arrestato due uomini. | ARRESTED | 2 | 2 | -",
            "it | Due razzi Katyusha sono caduti. | WEAPON | 2 | 2 | Katyusha rocket",
            "nl | Twee mensen werden gedood. | KILLED | 2 | 2 | -",
            "nl | Er vielen eenentwintig doden. | KILLED | 21 | 21 | -",
            "nl | Vijf gewonden werden behandeld. | INJURED | 5 | 5 | -",
            "nl | Minstens 12 doden. | KILLED | 12 | - | -",
            "nl | De politie arresteerde twee mannen. | ARRESTED | 2 | 2 | -",
            "nl | Twee raketten sloegen in. | WEAPON | 2 | 2 | rocket",
            "ar | مقتل شخصين في انفجار | KILLED | 2 | 2 | -",
            "ar | أسفر الهجوم عن ثلاثة قتلى | KILLED | 3 | 3 | -",
            "ar | وإصابة خمسة آخرين | INJURED | 5 | 5 | -",
            "ar | مقتل 12 شخصا على الأقل | KILLED | 12 | - | -",
            "ar | سقوط صاروخي كاتيوشا في محيط السفارة | WEAPON | 2 | 2 | Katyusha rocket",
            "ar | سقوط ثلاثة صواريخ كاتيوشا | WEAPON | 3 | 3 | Katyusha rocket",
    })
    void figures(String lang, String sentence, FigureKind kind, int min, String max, String object) {
        List<Figure> f = FX.extract(sentence, lang).stream().filter(x -> x.kind() == kind).toList();
        assertEquals(1, f.size(), () -> "one " + kind + " in " + FX.extract(sentence, lang));
        assertEquals(min, f.get(0).min());
        assertEquals(max.equals("-") ? null : Integer.valueOf(max), f.get(0).max());
        if (!object.equals("-")) assertEquals(object, f.get(0).object());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Il n'y a eu aucune victime.", "fr | L'attaque n'a fait aucune victime.", "fr | Personne n'a été blessé.",
            "es | No hubo víctimas.", "es | Nadie resultó herido.",
            "de | Niemand wurde verletzt.", "de | Es gab keine Opfer.",
            "it | Nessuna vittima.", "it | Nessuno è rimasto ferito.",
            "nl | Er vielen geen slachtoffers.", "nl | Niemand raakte gewond.",
            "ar | سقوط صاروخين دون وقوع إصابات", "ar | لم تسفر عن إصابات",
            "en | There were no casualties.", "en | Nobody was hurt.",
            // "neither dead nor wounded"
            "fr | L'attaque n'a fait ni mort ni blessé.", "es | El incendio no dejó ni muertos ni heridos.",
            "it | L'esplosione non ha causato né morti né feriti.", "de | Es gab weder Tote noch Verletzte.",
            "nl | Er vielen geen doden of gewonden."
    })
    void negativesAreZeroKilledAndInjured(String lang, String sentence) {
        CasualtySummary s = FigureExtractor.summarise(FX.extract(sentence, lang));
        assertEquals(new CasualtySummary(0, 0), s, () -> sentence + " → " + FX.extract(sentence, lang));
    }
}
