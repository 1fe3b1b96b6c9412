package org.coopflow.consultation;

import java.util.List;

import org.coopflow.reference.ReferenceKind;
import org.coopflow.reference.ReferenceUsage;
import org.springframework.stereotype.Component;

/** Consultation plans that name a modality. */
@Component
class ConsultationReferenceUsage implements ReferenceUsage {

    private final ConsultationUsageMapper mapper;

    ConsultationReferenceUsage(ConsultationUsageMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Use> usesOf(ReferenceKind kind, String code) {
        long plans = kind == ReferenceKind.MODALITY ? mapper.countPlansWithModality(code) : 0;
        return plans == 0 ? List.of() : List.of(new Use("reference.use.consultationPlans", plans, 0, List.of()));
    }
}
