package org.coopflow.mou;

import java.time.Clock;
import java.util.List;

import org.coopflow.audit.AuditTrail;
import org.coopflow.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The versioned MOU document of a request. */
@Service
public class MouVersions {

    private final MouMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;

    MouVersions(MouMapper mapper, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    public int addVersion(Long requestId, String title, String body, String changeSummary, String author) {
        int versionNo = mapper.latestVersion(requestId) + 1;
        mapper.insert(requestId, versionNo, title, body, changeSummary, author, clock.instant());
        audit.record(requestId, author, "MOU_VERSION_ADDED", "v" + versionNo + ": " + title
                + (changeSummary == null ? "" : " — " + changeSummary));
        return versionNo;
    }

    public List<MouVersion> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    /** One version of the request's MOU; 404 when the request has no such version. */
    public MouVersion version(Long requestId, int versionNo) {
        MouVersion version = mapper.findVersion(requestId, versionNo);
        if (version == null) {
            throw new NotFoundException("mou.versionNotFound", versionNo);
        }
        return version;
    }
}
