package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The ids an occurrence's and a term's instances carry. */
final class OccurrenceVariables {

    private OccurrenceVariables() {
    }

    static Long occurrenceId(VariableScope scope) {
        return ((Number) scope.getVariable(ObligationProcess.VAR_OCCURRENCE_ID)).longValue();
    }

    static Long termId(VariableScope scope) {
        return ((Number) scope.getVariable(ObligationProcess.VAR_TERM_ID)).longValue();
    }
}
