package org.coopflow.translation;

import java.time.Instant;

/** Insert parameter of a text_translation row; MyBatis writes the generated id back. */
class NewTextTranslation {
    public Long id;
    public Long requestId;
    public TextTranslation.Subject subject;
    public Long subjectId;
    public TextTranslation.Direction direction;
    public String sourceLanguage;
    public String targetLanguage;
    public String draftProvider;
    public String textPartner;
    public String textKo;
    public String textEn;
    public String requestedBy;
    public Instant requestedAt;
}
