package io.triangulate.analysis.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Two rockets struck near the airport in Erbil late on Tuesday, and security officials said nobody was hurt in the attack.
            fr | Deux roquettes sont tombées mardi soir près de l'aéroport d'Erbil, sans faire de victimes, selon les services de sécurité.
            es | Dos cohetes cayeron el martes por la noche cerca del aeropuerto de Erbil, sin causar víctimas, según fuentes de seguridad.
            de | Zwei Raketen schlugen am Dienstagabend in der Nähe des Flughafens von Erbil ein, verletzt wurde nach Angaben der Behörden niemand.
            it | Due razzi sono caduti martedì sera vicino all'aeroporto di Erbil, senza provocare vittime, secondo le fonti di sicurezza.
            nl | Twee raketten sloegen dinsdagavond in bij het vliegveld van Erbil, er vielen volgens veiligheidsbronnen geen slachtoffers.
            pt | Dois foguetes caíram na noite de terça-feira perto do aeroporto de Erbil, sem causar vítimas, segundo fontes de segurança.
            ar | سقط صاروخان مساء الثلاثاء قرب مطار أربيل دون وقوع إصابات بحسب مصادر أمنية
            ru | Две ракеты упали во вторник вечером недалеко от аэропорта Эрбиля, пострадавших нет, сообщили источники в силовых структурах.
            uk | Дві ракети впали у вівторок ввечері поблизу аеропорту Ербіля, постраждалих немає, повідомили джерела.
            tr | Salı akşamı Erbil havalimanı yakınlarına iki roket düştü, güvenlik kaynaklarına göre yaralanan olmadı.
            fa | دو موشک سه‌شنبه شب در نزدیکی فرودگاه اربیل فرود آمد و به گفته منابع امنیتی کسی آسیب ندید
            zh | 周二晚间两枚火箭弹落在埃尔比勒机场附近，安全部门消息人士说没有人员伤亡。
            ja | 火曜日の夜、エルビル空港の近くに二発のロケット弾が落下したが、けが人はいなかったと治安当局者は述べた。
            ko | 화요일 밤 에르빌 공항 근처에 로켓 두 발이 떨어졌으나 다친 사람은 없었다고 보안 당국자들이 밝혔다.
            el | Δύο ρουκέτες έπεσαν το βράδυ της Τρίτης κοντά στο αεροδρόμιο της Ερμπίλ χωρίς να προκαλέσουν θύματα.
            he | שתי רקטות נפלו ביום שלישי בערב ליד שדה התעופה של ארביל ולא היו נפגעים
            """)
    void detectsNewsSentences(String expected, String text) {
        assertEquals(expected, detector.detect(text));
    }

    @Test void tooLittleTextIsUndetermined() {
        assertEquals("und", detector.detect(""));
        assertEquals("und", detector.detect("12345 !!! ..."));
        assertEquals("und", detector.detect("OK"));
        assertEquals("und", detector.detect(null));
    }

    @Test void shortTextInAClearScriptUsesTheScript() {
        assertEquals("ar", detector.detect("بغداد"));
        assertEquals("ru", detector.detect("Москва"));
        assertEquals("el", detector.detect("Αθήνα"));
    }

    @Test void linksHandlesAndHashtagsDoNotDecide() {
        String t = "@AlertsBreaking #BREAKING https://t.co/xyz123 Un séisme de magnitude 6,1 a frappé la région de Nice ce matin, "
                + "provoquant d'importants dégâts matériels selon la préfecture.";
        assertEquals("fr", detector.detect(t));
    }

    @Test void onlyTheStartOfALongTextIsRead() {
        String english = "The storm brought down power lines across the county and closed schools for a second day. ";
        String text = english.repeat(10) + "Der Sturm hat viele Bäume umgeworfen und Straßen blockiert. ".repeat(200);
        assertEquals("en", detector.detect(text));
    }

    @Test void shortLatinTextFallsBackToFunctionWords() {
        assertEquals("en", detector.detect("The election is over in Malawi."));
        assertEquals("de", detector.detect("Der Zug ist in Bern."));
        assertEquals("und", detector.detect("Nairobi Mombasa Kisumu"));
    }

    @Test void featuresAreOpenNlpsOwn() {
        String sample = LanguageDetector.sample("Deux roquettes sont tombées près de l'aéroport, selon les autorités.", 600);
        java.util.Set<String> ours = java.util.Set.of(LanguageDetector.context(sample));
        java.util.Set<String> theirs = new java.util.HashSet<>();
        for (Object o : LanguageDetector.openNlpContext(sample)) theirs.add(o.toString());
        assertEquals(theirs, ours);
    }

    @Test void iso639Mapping() {
        assertEquals("fr", Iso639.toPart1("fra"));
        assertEquals("de", Iso639.toPart1("deu"));
        assertEquals("zh", Iso639.toPart1("cmn"));
        assertEquals("fa", Iso639.toPart1("pes"));
        assertEquals("et", Iso639.toPart1("ekk"));
        assertEquals("ceb", Iso639.toPart1("ceb"));
        assertEquals("sq", Iso639.toPart1("sqi"));
    }
}
