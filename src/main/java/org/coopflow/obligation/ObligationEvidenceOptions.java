package org.coopflow.obligation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.coopflow.attachment.Attachments;
import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.stereotype.Component;

/** The fulfilment form's evidence choices: the request's documents, newest first. */
@Component
class ObligationEvidenceOptions implements FormOptionsSource {

    private final Attachments attachments;

    ObligationEvidenceOptions(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String valuesKey() {
        return ObligationProcess.OPTIONS_EVIDENCE;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        List<FormOption> options = new ArrayList<>(attachments.ofRequest(context.requestId()).stream()
                .map(a -> new FormOption(String.valueOf(a.id()), a.filename())).toList());
        Collections.reverse(options);
        return options;
    }
}
