package org.coopflow.mou;

/** The lead coordinator drafted a new version of the MOU; reviewers are asked again. */
public record MouVersionCreated(Long requestId, int versionNo) {
}
