package org.coopflow.deadline;

import org.coopflow.request.RequestProcess;

/**
 * Who answers for a step (escalationLadder's {@code responsible}): told when the step is overdue, and decides on
 * requests for more time. Resolved to a candidate group when needed; a coordinator party without an agency yet (a
 * request of sector OTHER before intake chose its lead) falls back to the managers.
 */
public enum Party {
    /** The coordinators of the request's lead agency. */
    LEAD_COORDINATOR,
    /** The coordinators of the agency the step is for (the agency that nominated an expert); else the lead's. */
    AGENCY_COORDINATOR,
    INTAKE,
    MANAGER;

    public String group(String leadAgency, String stepAgency) {
        return switch (this) {
            case LEAD_COORDINATOR -> leadAgency == null ? RequestProcess.GROUP_MANAGER
                    : RequestProcess.coordinatorGroup(leadAgency);
            case AGENCY_COORDINATOR -> stepAgency != null ? RequestProcess.coordinatorGroup(stepAgency)
                    : LEAD_COORDINATOR.group(leadAgency, null);
            case INTAKE -> RequestProcess.GROUP_INTAKE;
            case MANAGER -> RequestProcess.GROUP_MANAGER;
        };
    }

    /** A decision's value; unknown or missing: the managers. */
    static Party of(String code) {
        if (code != null) {
            for (Party party : values()) {
                if (party.name().equals(code.strip())) {
                    return party;
                }
            }
        }
        return MANAGER;
    }
}
