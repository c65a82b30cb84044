package io.triangulate.analysis.eventtype;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexicon format, its matching, and the tokenizer it relies on. */
class LexiconTest {
    static Lexicon parse(String text) throws Exception {
        return Lexicon.parse(Lang.EN, new BufferedReader(new StringReader(text)), "test");
    }

    static List<String> matched(Lexicon lex, String text) {
        return lex.match(Tokenizer.tokenize(text, Lang.EN)).stream().map(m -> m.cue().source()).toList();
    }

    @Test void everyLanguageLoads() {
        for (Lang l : Lang.values()) assertTrue(Lexicon.load(l).size() > 100, l + " lexicon is too small");
    }

    @Test void stemsPrefixesExactWordsAndGaps() throws Exception {
        Lexicon lex = parse("""
                # comment
                ARTILLERY 2 rocket
                AIR 2 airstrike*
                CLASH 2 =firefight
                BASE_SETUP 2 set up ~3 base
                """);
        assertEquals(List.of("rocket"), matched(lex, "Rockets fell."));
        assertEquals(List.of("airstrike*"), matched(lex, "Airstrikes continued."));
        assertEquals(List.of("=firefight"), matched(lex, "A firefight broke out."));
        assertEquals(List.of(), matched(lex, "Firefighters arrived."));
        assertEquals(List.of("set up ~3 base"), matched(lex, "They set up a new military base."));
        assertEquals(List.of(), matched(lex, "They set up a school. The base was empty."));
    }

    @Test void wordClassesCombineEveryMember() throws Exception {
        Lexicon lex = parse("""
                @THROW throw hurl pelt
                @MISSILES stone bottle
                RIOT 2 @throw ~3 @missiles
                """);
        assertEquals(1, lex.size());
        assertEquals(List.of("@throw ~3 @missiles"), matched(lex, "Youths hurled bottles at the police."));
        assertEquals(List.of("@throw ~3 @missiles"), matched(lex, "They threw stones."));
        assertEquals(List.of(), matched(lex, "They threw no stones."));
        assertEquals(List.of(), matched(lex, "They threw flowers."));
        assertThrows(IllegalArgumentException.class, () -> parse("RIOT 2 @nope ~3 stone"));
        assertThrows(IllegalArgumentException.class, () -> parse("@TWO rocket-propelled\n"));
    }

    @Test void withoutDropsOnlyTheGivenCues() throws Exception {
        Lexicon lex = parse("""
                @THROW throw hurl
                RIOT 2 @throw ~3 stone
                ARTILLERY 2 rocket
                """);
        Cue riot = lex.match(Tokenizer.tokenize("They hurled a stone.", Lang.EN)).get(0).cue();
        Lexicon less = lex.without(java.util.Set.of(riot));
        assertEquals(List.of(), matched(less, "They hurled a stone."));
        assertEquals(List.of("rocket"), matched(less, "A rocket fell."));
    }

    @Test void withoutWordsRefusesOneMemberCombination() throws Exception {
        Lexicon lex = parse("""
                @THROW throw hurl
                RIOT 2 @throw ~3 stone
                """);
        var tokens = Tokenizer.tokenize("They hurled a stone.", Lang.EN);
        String key = Lexicon.wordsKey(lex.match(tokens).get(0), tokens);
        Lexicon less = lex.withoutWords(java.util.Set.of(key));
        assertEquals(List.of(), matched(less, "They hurled a stone."));
        // The same cue still fires on its other members.
        assertEquals(List.of("@throw ~3 stone"), matched(less, "They threw a stone."));
    }

    @Test void longestMatchWins() throws Exception {
        Lexicon lex = parse("""
                GRENADE 2 grenade
                ARTILLERY 3 rocket propelled grenade
                """);
        assertEquals(List.of("rocket propelled grenade"), matched(lex, "A rocket-propelled grenade hit the truck."));
    }

    @Test void badLinesAreReportedWithTheirLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("ARTILLERY 2 rocket\nNOPE 1 word\n"));
        assertTrue(e.getMessage().contains("test:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("ARTILLERY x rocket"));
        assertThrows(IllegalArgumentException.class, () -> parse("ARTILLERY 2 ~2 rocket"));
    }

    @Test void sentencesAndDatelines() {
        List<Token> t = Tokenizer.tokenize("Baghdad (AFP). Rockets hit the U.S. embassy. Nobody was hurt.", Lang.EN);
        // The short dateline joins the first sentence; "U.S." does not end a sentence.
        assertEquals(0, t.get(0).sentence());
        Token rockets = t.stream().filter(x -> x.raw().equals("rockets")).findFirst().orElseThrow();
        Token embassy = t.stream().filter(x -> x.raw().equals("embassy")).findFirst().orElseThrow();
        Token nobody = t.stream().filter(x -> x.raw().equals("nobody")).findFirst().orElseThrow();
        assertEquals(0, rockets.sentence());
        assertEquals(0, embassy.sentence());
        assertEquals(1, nobody.sentence());
    }

    @Test void languageGuess() {
        assertEquals(Lang.AR, LanguageGuess.guess("قتل خمسة أشخاص في انفجار"));
        assertEquals(Lang.DE, LanguageGuess.guess("Die Polizei hat am Montag in der Stadt einen Mann festgenommen, der mit einem Messer"));
        assertEquals(Lang.NL, LanguageGuess.guess("De politie heeft een man aangehouden die met een mes op straat liep en het verkeer"));
        assertFalse(LanguageGuess.guess("The police arrested a man on Monday in the city") != Lang.EN);
    }
}
