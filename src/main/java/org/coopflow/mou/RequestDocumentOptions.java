package org.coopflow.mou;

import java.util.List;

import org.coopflow.attachment.Attachments;
import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.stereotype.Component;

/** The signing form's signed-copy choices: the request's documents, newest first. */
@Component
class RequestDocumentOptions implements FormOptionsSource {

    private final Attachments attachments;

    RequestDocumentOptions(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String valuesKey() {
        return MouProcess.OPTIONS_REQUEST_DOCUMENTS;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        List<FormOption> options = new java.util.ArrayList<>(attachments.ofRequest(context.requestId()).stream()
                .map(a -> new FormOption(String.valueOf(a.id()), a.filename()))
                .toList());
        java.util.Collections.reverse(options);
        return options;
    }
}
