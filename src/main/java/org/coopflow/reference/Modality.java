package org.coopflow.reference;

/**
 * How a consultation takes place (PROCESS.md, submission): the codes seeded in the modality table (V120). An ADMIN adds,
 * renames and retires modalities; what a form offers comes from {@link ReferenceData#modalities}.
 */
public final class Modality {

    public static final String ONLINE_FORUM = "ONLINE_FORUM";
    public static final String STUDY_VISIT = "STUDY_VISIT";
    public static final String EXPERT_DISPATCH = "EXPERT_DISPATCH";
    public static final String WRITTEN_CONSULTATION = "WRITTEN_CONSULTATION";

    private Modality() {
    }
}
