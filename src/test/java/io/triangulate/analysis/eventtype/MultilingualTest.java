package io.triangulate.analysis.eventtype;

import io.triangulate.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The violent types and the protests in French, Spanish, German, Italian, Dutch and Arabic, on sentences
 * written for these tests; each is checked with the language given and with the language guessed.
 */
class MultilingualTest {
    static final EventTypeClassifier C = EventTypeClassifier.create();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | ART_MISS_ATTACK | Deux roquettes Katioucha sont tombées près de l'ambassade, sans faire de victimes.
            fr | AIR_STRIKE | Une frappe aérienne a visé un convoi près de la frontière.
            fr | REM_EXPLOS | Une voiture piégée a explosé devant le commissariat.
            fr | SUIC_BOMB | Un kamikaze s'est fait exploser sur un marché, tuant douze personnes.
            fr | ATTACK | Des hommes armés ont ouvert le feu sur les fidèles à la sortie de l'église.
            fr | ARMED_CLASH | De violents affrontements ont opposé l'armée aux rebelles dans le nord.
            fr | PROTEST_WITH_INTER | La police a dispersé les manifestants à coups de gaz lacrymogène.
            fr | PEACE_PROTEST | Des milliers de manifestants ont défilé pacifiquement dans la capitale.
            fr | VIOL_DEMONSTR | Des émeutiers ont lancé des pierres et incendié des voitures.
            es | ART_MISS_ATTACK | Varios proyectiles de mortero cayeron sobre un barrio de la capital.
            es | AIR_STRIKE | Aviones de combate bombardearon una aldea y mataron a seis civiles.
            es | ATTACK | Hombres armados abrieron fuego contra los fieles en una iglesia.
            es | ARMED_CLASH | Intensos enfrentamientos entre el ejército y la guerrilla dejaron diez muertos.
            es | GRENADE | Un ataque con granada contra una comisaría dejó tres policías heridos.
            es | PEACE_PROTEST | Miles de manifestantes marcharon pacíficamente por el centro de la capital.
            es | PROTEST_WITH_INTER | La policía dispersó a los manifestantes con gases lacrimógenos.
            es | NATURAL_DISASTER | Un terremoto de magnitud 6,1 sacudió el norte del país.
            de | AIR_STRIKE | Bei einem Luftangriff auf ein Dorf wurden zwölf Zivilisten getötet.
            de | ART_MISS_ATTACK | Mehrere Raketen schlugen in der Nähe des Flughafens ein.
            de | REM_EXPLOS | Ein Sprengsatz explodierte am Straßenrand neben einem Militärkonvoi.
            de | SUIC_BOMB | Ein Selbstmordattentäter sprengte sich vor einer Moschee in die Luft.
            de | ATTACK | Ein Schütze hat in einer Schule drei Menschen erschossen.
            de | PROTEST_WITH_INTER | Die Polizei setzte Tränengas und Wasserwerfer gegen Demonstranten ein.
            de | VIOL_DEMONSTR | Bei den Krawallen warfen Randalierer Steine und Brandsätze auf Polizisten.
            de | PEACE_PROTEST | Zehntausende demonstrierten friedlich gegen die neue Regierung.
            it | SUIC_BOMB | Un attentato suicida ha ucciso dieci persone in un mercato di Kabul.
            it | ART_MISS_ATTACK | Colpi di mortaio sono caduti sul centro della città.
            it | AIR_STRIKE | Un raid aereo ha colpito un ospedale nel nord del paese.
            it | ATTACK | Uomini armati hanno aperto il fuoco contro i passanti.
            it | VIOL_DEMONSTR | Scontri tra manifestanti e polizia: lancio di pietre e molotov.
            it | PEACE_PROTEST | Migliaia di manifestanti hanno sfilato pacificamente nel centro di Roma.
            nl | ATTACK | Bij een schietpartij in een winkelcentrum zijn drie doden gevallen.
            nl | REM_EXPLOS | Een bermbom ontplofte naast een militair konvooi.
            nl | AIR_STRIKE | Een luchtaanval op het dorp kostte vijf burgers het leven.
            nl | PEACE_PROTEST | Duizenden betogers demonstreerden vreedzaam tegen de regering.
            nl | PROTEST_WITH_INTER | De politie zette traangas en een waterkanon in tegen de demonstranten.
            ar | ART_MISS_ATTACK | سقط صاروخان من طراز كاتيوشا قرب السفارة الأمريكية في بغداد
            ar | PROTEST_WITH_INTER | أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين
            ar | REM_EXPLOS | قتل خمسة أشخاص في انفجار عبوة ناسفة على طريق في الموصل
            ar | AIR_STRIKE | غارة جوية على قرية في ريف إدلب أسفرت عن مقتل مدنيين
            ar | SUIC_BOMB | فجر انتحاري نفسه في سوق شعبي وسط المدينة
            ar | ARMED_CLASH | اندلعت اشتباكات عنيفة بين الجيش ومسلحين في المنطقة
            ar | PEACE_PROTEST | خرج آلاف المتظاهرين في مسيرة سلمية وسط العاصمة
            """)
    void classifies(String lang, EventType expected, String text) {
        assertEquals(expected, C.classify(text, lang), () -> C.explain(text, lang));
        assertEquals(expected, C.classify(text, null), () -> "language guessed: " + C.explain(text, null));
    }
}
