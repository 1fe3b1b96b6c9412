package org.coopflow.reference;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.stereotype.Component;

/** The active Korean agencies, for forms that route a request (intake's override at screening). */
@Component
class AgencyOptions implements FormOptionsSource {

    private final ReferenceData reference;

    AgencyOptions(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String valuesKey() {
        return "agencies";
    }

    @Override
    public List<FormOption> options(FormContext context) {
        return reference.offeredAgencies(context.locale()).stream().map(o -> new FormOption(o.code(), o.label())).toList();
    }
}
