package org.coopflow.reference;

/** How a consultation takes place (PROCESS.md, submission). */
public enum Modality {
    ONLINE_FORUM, STUDY_VISIT, EXPERT_DISPATCH, WRITTEN_CONSULTATION
}
