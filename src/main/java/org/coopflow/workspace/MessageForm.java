package org.coopflow.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message posted from the request page. */
public class MessageForm {

    @NotBlank
    @Size(max = 10000)
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
