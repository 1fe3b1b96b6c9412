package org.coopflow.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.coopflow.reference.SectorRoutes;
import org.springframework.stereotype.Component;

/**
 * The routing decision as now deployed ({@code routing}, bpmn/routing.dmn), asked where each sector goes — for the
 * reference pages, read-only (routing is changed in the model). Evaluated by a DMN engine of its own on the deployed
 * XML, so asking leaves no decision history behind; parsed once per deployed version.
 */
@Component
class RoutingTable implements SectorRoutes {

    static final String DECISION_KEY = "routing";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private volatile Parsed parsed;

    private record Parsed(String definitionId, DmnDecision decision) {
    }

    RoutingTable(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Route> routes(Collection<String> sectors) {
        Map<String, Route> routes = new LinkedHashMap<>();
        DmnDecision decision = decision();
        for (String sector : sectors) {
            routes.put(sector, decision == null ? new Route(sector, null, List.of()) : route(decision, sector));
        }
        return routes;
    }

    /** As the process applies it (ApplyRoutingDelegate): no rule, or an empty lead, leaves the choice to intake. */
    private Route route(DmnDecision decision, String sector) {
        DmnDecisionResultEntries entries = dmn.evaluateDecision(decision,
                Variables.createVariables().putValue("sector", sector)).getFirstResult();
        if (entries == null) {
            return new Route(sector, null, List.of());
        }
        String lead = entries.getEntry("leadAgency");
        return new Route(sector, lead == null || lead.isBlank() ? null : lead.strip(),
                ApplyRoutingDelegate.codes(entries.getEntry("supportingAgencies")));
    }

    private DmnDecision decision() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        if (latest == null) {
            return null;
        }
        Parsed known = parsed;
        if (known == null || !known.definitionId().equals(latest.getId())) {
            try (InputStream xml = repository.getDecisionModel(latest.getId())) {
                known = new Parsed(latest.getId(), dmn.parseDecision(DECISION_KEY, xml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            parsed = known;
        }
        return known.decision();
    }
}
