package org.coopflow.mou;

import java.time.Instant;
import java.time.LocalDate;

/** The signing of an MOU version (a row of mou_signing), with the signed copy among the request's documents. */
public record MouSigning(Long id, Long requestId, int versionNo, LocalDate signedOn, String place, String signatories,
                         Long signedCopyId, String recordedBy, Instant recordedAt) {
}
