package org.coopflow.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** MouMapper on MariaDB: every version of an MOU draft kept, numbered per request. Rolled back. */
@Transactional
class MouMapperIT extends MariaDbIntegrationTest {

    @Autowired
    MouMapper mapper;

    @Autowired
    RequestMapper requests;

    private Instant t0;
    private Long request;
    private Long otherRequest;

    @BeforeEach
    void requests() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        request = request();
        otherRequest = request();
    }

    @Test
    void versionsAreKeptInOrderWithEveryField() {
        assertThat(mapper.latestVersion(request)).isZero();

        mapper.insert(request, 1, "MOU on national ID cooperation", "Article 1 ...", null, "coord-mois", t0);
        mapper.insert(request, 2, "MOU on national ID cooperation", "Article 1 ... Article 7 data protection",
                "Data protection clause added", "coord-mois", t0.plusSeconds(3600));
        mapper.insert(otherRequest, 1, "Another MOU", "Text", null, "coord-molit", t0);

        assertThat(mapper.latestVersion(request)).isEqualTo(2);
        assertThat(mapper.latestVersion(otherRequest)).isEqualTo(1);
        List<MouVersion> versions = mapper.findByRequest(request);
        assertThat(versions).extracting(MouVersion::versionNo).containsExactly(1, 2);
        MouVersion second = versions.get(1);
        assertThat(second.id()).isNotNull();
        assertThat(second.requestId()).isEqualTo(request);
        assertThat(second.title()).isEqualTo("MOU on national ID cooperation");
        assertThat(second.body()).isEqualTo("Article 1 ... Article 7 data protection");
        assertThat(second.changeSummary()).isEqualTo("Data protection clause added");
        assertThat(second.createdBy()).isEqualTo("coord-mois");
        assertThat(second.createdAt()).isEqualTo(t0.plusSeconds(3600));
        assertThat(versions.get(0).changeSummary()).isNull();
    }

    @Test
    void versionsAreListedByNumberNotByTime() {
        mapper.insert(request, 2, "v2", "second", null, "coord-mois", t0);
        mapper.insert(request, 1, "v1", "first", null, "coord-mois", t0.plusSeconds(60));

        assertThat(mapper.findByRequest(request)).extracting(MouVersion::title).containsExactly("v1", "v2");
    }

    @Test
    void aVersionNumberIsUsedOncePerRequest() {
        mapper.insert(request, 1, "v1", "first", null, "coord-mois", t0);

        assertThatThrownBy(() -> mapper.insert(request, 1, "v1 again", "concurrent draft", null, "coord-mois", t0))
                .isInstanceOf(DuplicateKeyException.class);
        mapper.insert(otherRequest, 1, "v1", "first of another request", null, "coord-mois", t0);
        assertThat(mapper.findByRequest(request)).hasSize(1);
    }

    @Test
    void bilingualTextRoundTrips() {
        String body = "제1조 (목적) 이 양해각서는 … — មាត្រា ១ គោលបំណង — Artículo 1 🇰🇷🤝🇰🇭";
        mapper.insert(request, 1, "양해각서 — អនុស្សរណៈ", body, "초안 ✍️", "coord-mois", t0);

        MouVersion version = mapper.findByRequest(request).get(0);
        assertThat(version.title()).isEqualTo("양해각서 — អនុស្សរណៈ");
        assertThat(version.body()).isEqualTo(body);
        assertThat(version.changeSummary()).isEqualTo("초안 ✍️");
    }

    private Long request() {
        return RequestRows.insert(requests, "MOU mapper test", t0);
    }
}
