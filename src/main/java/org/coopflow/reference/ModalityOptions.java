package org.coopflow.reference;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.stereotype.Component;

/** The modalities an ADMIN has not retired, for the consultation plan's form (valuesKey "modalities"). */
@Component
class ModalityOptions implements FormOptionsSource {

    private final ReferenceData reference;

    ModalityOptions(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String valuesKey() {
        return "modalities";
    }

    @Override
    public List<FormOption> options(FormContext context) {
        return reference.modalities(context.locale()).stream().map(o -> new FormOption(o.code(), o.label())).toList();
    }
}
