package io.triangulate.analysis.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlDateTest {
    @Test void aYearMonthDayPathGivesThePublicationDate() {
        assertEquals(Optional.of(LocalDate.of(2021, 6, 9)),
                PublicationDateInference.fromUrl("https://news.example/2021/06/09/flood-hits-valley/"));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 3)),
                PublicationDateInference.fromUrl("http://www.paper.example/world/2019/nov/03/talks-collapse"));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 4)),
                PublicationDateInference.fromUrl("https://wire.example/article/2020-01-04/rockets-hit-base.html"));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 7)),
                PublicationDateInference.fromUrl("https://tv.example/2018/3/7/index.html"));
    }

    @Test void partialOrImpossibleDatesAndSlugNumbersGiveNothing() {
        assertEquals(Optional.empty(), PublicationDateInference.fromUrl("https://mag.example/2013/08/five-thoughts.html"));
        assertEquals(Optional.empty(), PublicationDateInference.fromUrl("https://mag.example/news/story-1200566939/"));
        assertEquals(Optional.empty(), PublicationDateInference.fromUrl("https://x.example/2013/13/45/slug"));
        assertEquals(Optional.empty(), PublicationDateInference.fromUrl("https://x.example/story?d=/2013/08/02/"));
        assertEquals(Optional.empty(), PublicationDateInference.fromUrl(null));
    }
}
