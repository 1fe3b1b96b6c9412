package org.coopflow.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message posted from the request page. */
public class MessageForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    @NotBlank
    @Size(max = 10000)
    private String text;

    /** An official asks the translation desk to translate the message into the partner's language first. */
    private boolean translate;

    public boolean isTranslate() {
        return translate;
    }

    public void setTranslate(boolean translate) {
        this.translate = translate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
