package io.triangulate.analysis.time;

import io.triangulate.model.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.triangulate.analysis.time.TimeExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** French, Spanish, German, Italian, Dutch and Arabic: absolute and relative dates, weekdays, durations. */
class MultilingualTimeTest {
    static final LocalDate JAN4 = TimeExtractorTest.JAN4;

    static void check(String lang, String text, String mention, TimexType type, String value) {
        var m = find(text, lang, JAN4, mention);
        assertEquals(type, m.type(), () -> lang + ": " + mention);
        assertEquals(value, m.value(), () -> lang + ": " + mention);
    }

    @Test void french() {
        String t = "Samedi 4 janvier 2020, deux obus sont tombés. Hier soir, puis la semaine dernière et il y a trois jours, "
                + "comme lundi dernier et le 27 octobre, pendant deux semaines; ce matin à 20h30, tous les lundis, aujourd'hui, demain.";
        check("fr", t, "Samedi 4 janvier 2020", TimexType.DATE, "2020-01-04");
        check("fr", t, "Hier soir", TimexType.TIME, "2020-01-03TEV");
        check("fr", t, "la semaine dernière", TimexType.DATE, "2019-W52");
        check("fr", t, "il y a trois jours", TimexType.DATE, "2020-01-01");
        check("fr", t, "lundi dernier", TimexType.DATE, "2019-12-30");
        check("fr", t, "27 octobre", TimexType.DATE, "2019-10-27");
        check("fr", t, "deux semaines", TimexType.DURATION, "P2W");
        check("fr", t, "ce matin", TimexType.TIME, "2020-01-04TMO");
        check("fr", t, "20h30", TimexType.TIME, "2020-01-04T20:30");
        check("fr", t, "tous les lundis", TimexType.SET, "XXXX-WXX-1");
        check("fr", t, "aujourd'hui", TimexType.DATE, "2020-01-04");
        check("fr", t, "demain", TimexType.DATE, "2020-01-05");
        check("fr", "Les prix ont baissé l'année dernière et mardi.", "l'année dernière", TimexType.DATE, "2019");
        check("fr", "Les prix ont baissé l'année dernière et mardi.", "mardi", TimexType.DATE, "2019-12-31");
        check("fr", "Blessé le 28 décembre, il est mort le lendemain.", "le lendemain", TimexType.DATE, "2019-12-29");
        check("fr", "Dans la nuit de samedi à dimanche, des tirs.", "la nuit de samedi à dimanche", TimexType.TIME, "2020-01-04TNI");
        check("fr", "Depuis le 27 octobre dernier, la ville est calme.", "27 octobre dernier", TimexType.DATE, "2019-10-27");
        check("fr", "Le scrutin du 3 janvier prochain est reporté.", "3 janvier prochain", TimexType.DATE, "2021-01-03");
    }

    @Test void spanish() {
        String t = "El sábado 4 de enero de 2020 cayeron dos cohetes. Ayer por la mañana, la semana pasada, hace tres días, "
                + "el lunes pasado, el 27 de octubre, durante dos semanas, esta mañana, cada lunes, a las 20:00 horas, hoy.";
        check("es", t, "sábado 4 de enero de 2020", TimexType.DATE, "2020-01-04");
        check("es", t, "Ayer por la mañana", TimexType.TIME, "2020-01-03TMO");
        check("es", t, "la semana pasada", TimexType.DATE, "2019-W52");
        check("es", t, "hace tres días", TimexType.DATE, "2020-01-01");
        check("es", t, "el lunes pasado", TimexType.DATE, "2019-12-30");
        check("es", t, "27 de octubre", TimexType.DATE, "2019-10-27");
        check("es", t, "dos semanas", TimexType.DURATION, "P2W");
        check("es", t, "esta mañana", TimexType.TIME, "2020-01-04TMO");
        check("es", t, "cada lunes", TimexType.SET, "XXXX-WXX-1");
        check("es", t, "20:00 horas", TimexType.TIME, "2020-01-04T20:00");
        check("es", t, "hoy", TimexType.DATE, "2020-01-04");
        check("es", "Llegará mañana.", "mañana", TimexType.DATE, "2020-01-05");
        check("es", "Desde el pasado 3 de enero no hay agua.", "el pasado 3 de enero", TimexType.DATE, "2020-01-03");
    }

    @Test void german() {
        String t = "Am Samstag, 4. Januar 2020, schlugen zwei Raketen ein. Gestern Abend, letzte Woche, vor drei Tagen, "
                + "am vergangenen Montag, am 27. Oktober, zwei Wochen lang, heute Morgen, jeden Montag, um 20 Uhr, am 4.1.2020, morgen.";
        check("de", t, "Samstag, 4. Januar 2020", TimexType.DATE, "2020-01-04");
        check("de", t, "Gestern Abend", TimexType.TIME, "2020-01-03TEV");
        check("de", t, "letzte Woche", TimexType.DATE, "2019-W52");
        check("de", t, "vor drei Tagen", TimexType.DATE, "2020-01-01");
        check("de", t, "vergangenen Montag", TimexType.DATE, "2019-12-30");
        check("de", t, "27. Oktober", TimexType.DATE, "2019-10-27");
        check("de", t, "zwei Wochen", TimexType.DURATION, "P2W");
        check("de", t, "heute Morgen", TimexType.TIME, "2020-01-04TMO");
        check("de", t, "jeden Montag", TimexType.SET, "XXXX-WXX-1");
        check("de", t, "20 Uhr", TimexType.TIME, "2020-01-04T20:00");
        check("de", t, "4.1.2020", TimexType.DATE, "2020-01-04");
        check("de", t, "morgen", TimexType.DATE, "2020-01-05");
        check("de", "Die Raketen schlugen am Freitagabend ein.", "Freitagabend", TimexType.TIME, "2020-01-03TEV");
        check("de", "Schüsse fielen in der Nacht zum Samstag.", "der Nacht zum Samstag", TimexType.TIME, "2020-01-03TNI");
        check("de", "Das war am Dienstag, dem 31. Dezember.", "Dienstag, dem 31. Dezember", TimexType.DATE, "2019-12-31");
    }

    @Test void italian() {
        String t = "Sabato 4 gennaio 2020 sono caduti due razzi. Ieri sera, la settimana scorsa, tre giorni fa, "
                + "lunedì scorso, il 27 ottobre, per due settimane, stamattina, ogni lunedì, oggi, domani.";
        check("it", t, "Sabato 4 gennaio 2020", TimexType.DATE, "2020-01-04");
        check("it", t, "Ieri sera", TimexType.TIME, "2020-01-03TEV");
        check("it", t, "la settimana scorsa", TimexType.DATE, "2019-W52");
        check("it", t, "tre giorni fa", TimexType.DATE, "2020-01-01");
        check("it", t, "lunedì scorso", TimexType.DATE, "2019-12-30");
        check("it", t, "27 ottobre", TimexType.DATE, "2019-10-27");
        check("it", t, "due settimane", TimexType.DURATION, "P2W");
        check("it", t, "stamattina", TimexType.TIME, "2020-01-04TMO");
        check("it", t, "ogni lunedì", TimexType.SET, "XXXX-WXX-1");
        check("it", t, "oggi", TimexType.DATE, "2020-01-04");
        check("it", t, "domani", TimexType.DATE, "2020-01-05");
    }

    @Test void dutch() {
        String t = "Zaterdag 4 januari 2020 vielen twee raketten. Gisteravond, vorige week, drie dagen geleden, "
                + "afgelopen maandag, op 27 oktober, twee weken lang, vanochtend, elke maandag, om 20.00 uur, vandaag, gisteren.";
        check("nl", t, "Zaterdag 4 januari 2020", TimexType.DATE, "2020-01-04");
        check("nl", t, "Gisteravond", TimexType.TIME, "2020-01-03TEV");
        check("nl", t, "vorige week", TimexType.DATE, "2019-W52");
        check("nl", t, "drie dagen geleden", TimexType.DATE, "2020-01-01");
        check("nl", t, "afgelopen maandag", TimexType.DATE, "2019-12-30");
        check("nl", t, "27 oktober", TimexType.DATE, "2019-10-27");
        check("nl", t, "twee weken", TimexType.DURATION, "P2W");
        check("nl", t, "vanochtend", TimexType.TIME, "2020-01-04TMO");
        check("nl", t, "elke maandag", TimexType.SET, "XXXX-WXX-1");
        check("nl", t, "20.00 uur", TimexType.TIME, "2020-01-04T20:00");
        check("nl", t, "vandaag", TimexType.DATE, "2020-01-04");
        check("nl", t, "gisteren", TimexType.DATE, "2020-01-03");
        check("nl", "De raketten vielen zaterdagavond.", "zaterdagavond", TimexType.TIME, "2020-01-04TEV");
    }

    @Test void arabic() {
        String t = "سقط صاروخان يوم السبت 4 يناير 2020. مساء أمس، الأسبوع الماضي، منذ ثلاثة أيام، يوم الاثنين الماضي، "
                + "في 27 أكتوبر، لمدة أسبوعين، صباح اليوم، كل يوم اثنين، أمس، غدا، الشهر المقبل، 4 كانون الثاني 2020.";
        check("ar", t, "يوم السبت 4 يناير 2020", TimexType.DATE, "2020-01-04");
        check("ar", t, "مساء أمس", TimexType.TIME, "2020-01-03TEV");
        check("ar", t, "الأسبوع الماضي", TimexType.DATE, "2019-W52");
        check("ar", t, "منذ ثلاثة أيام", TimexType.DATE, "2020-01-01");
        check("ar", t, "يوم الاثنين الماضي", TimexType.DATE, "2019-12-30");
        check("ar", t, "27 أكتوبر", TimexType.DATE, "2019-10-27");
        check("ar", t, "أسبوعين", TimexType.DURATION, "P2W");
        check("ar", t, "صباح اليوم", TimexType.TIME, "2020-01-04TMO");
        check("ar", t, "كل يوم اثنين", TimexType.SET, "XXXX-WXX-1");
        check("ar", t, "أمس", TimexType.DATE, "2020-01-03");
        check("ar", t, "غدا", TimexType.DATE, "2020-01-05");
        check("ar", t, "الشهر المقبل", TimexType.DATE, "2020-02");
        check("ar", t, "4 كانون الثاني 2020", TimexType.DATE, "2020-01-04");
        check("ar", "وقع الهجوم الجمعة الماضية، بالأمس.", "بالأمس", TimexType.DATE, "2020-01-03");
        check("ar", "وقع الانفجار منذ يومين.", "منذ يومين", TimexType.DATE, "2020-01-02");
        check("ar", "وقع الانفجار قبل أسبوع.", "قبل أسبوع", TimexType.DATE, "2019-W52");
        check("ar", "تشهد المدينة احتجاجات منذ عام 2019.", "2019", TimexType.DATE, "2019");
        check("ar", "توفي في اليوم التالي لهجوم 27 أكتوبر.", "27 أكتوبر", TimexType.DATE, "2019-10-27");
    }
}
