package org.coopflow.obligation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestLifecycle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who may be responsible for an obligation, on the signing form: the partner organisation, then the request's lead and
 * supporting agencies, then every other Korean agency.
 */
@Component
class ObligationPartyOptions implements FormOptionsSource {

    private final RequestLifecycle requests;
    private final ReferenceData reference;
    private final RequestLabels labels;
    private final MessageSource messages;

    ObligationPartyOptions(RequestLifecycle requests, ReferenceData reference, RequestLabels labels,
                           MessageSource messages) {
        this.requests = requests;
        this.reference = reference;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public String valuesKey() {
        return ObligationProcess.OPTIONS_PARTIES;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        List<FormOption> options = new ArrayList<>();
        CooperationRequest request = context.requestId() == null ? null : requests.find(context.requestId());
        if (request != null) {
            options.add(new FormOption(ObligationProcess.PARTY_PARTNER, messages.getMessage("obligations.party.partner",
                    new Object[]{labels.organisation(request.partnerOrg())}, context.locale())));
        }
        Set<String> agencies = new LinkedHashSet<>();
        if (request != null) {
            requests.agencies(request.id()).stream().map(RequestAgency::agencyCode).forEach(agencies::add);
        }
        reference.agencies(context.locale()).forEach(a -> agencies.add(a.code()));
        for (String code : agencies) {
            options.add(new FormOption(code, labels.agency(code))); // the names carry their codes
        }
        return options;
    }
}
