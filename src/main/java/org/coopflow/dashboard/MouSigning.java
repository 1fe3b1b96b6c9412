package org.coopflow.dashboard;

import java.time.Instant;

/** A completed "record the MOU signing" form: its values hold the date of signing. */
record MouSigning(Long requestId, String valuesJson, Instant submittedAt) {
}
