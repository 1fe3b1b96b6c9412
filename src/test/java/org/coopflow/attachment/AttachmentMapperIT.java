package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The attachment mapper on MariaDB: the content round-trips as a LONGBLOB, lists carry metadata only. */
class AttachmentMapperIT extends MariaDbIntegrationTest {

    @Autowired
    AttachmentMapper mapper;

    @Autowired
    TestRestTemplate rest;

    @Test
    void storedContentComesBackByteForByteAndOnlyForItsRequest() {
        Long requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Mapper round trip"));
        Long otherRequestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Another request"));
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31); // every byte value, including 0, quotes and backslashes
        }
        NewAttachment row = new NewAttachment();
        row.requestId = requestId;
        row.filename = "Plan d'action — été.xlsx";
        row.contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        row.sizeBytes = content.length;
        row.sha256 = "ab".repeat(32);
        row.content = content;
        row.uploadedBy = "partner-kh";
        // whole seconds: the connection drops fractions (sendFractionalSeconds=false, as the engine requires)
        row.uploadedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        mapper.insert(row);

        assertThat(row.id).isNotNull();
        assertThat(mapper.findByRequest(requestId)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(row.id);
            assertThat(a.filename()).isEqualTo("Plan d'action — été.xlsx");
            assertThat(a.sizeBytes()).isEqualTo(300_000);
            assertThat(a.sha256()).isEqualTo(row.sha256);
            assertThat(a.uploadedBy()).isEqualTo("partner-kh");
            assertThat(a.uploadedAt()).isEqualTo(row.uploadedAt);
        });
        AttachmentFile file = mapper.findFile(requestId, row.id);
        assertThat(file.content()).isEqualTo(content);
        assertThat(file.filename()).isEqualTo("Plan d'action — été.xlsx");
        assertThat(mapper.findFile(otherRequestId, row.id)).isNull();
        assertThat(mapper.findByRequest(otherRequestId)).isEmpty();
    }
}
