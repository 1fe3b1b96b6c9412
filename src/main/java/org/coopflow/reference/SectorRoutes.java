package org.coopflow.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the routing decision now deployed sends a sector (told by the routing module, which owns the decision): shown
 * read-only to the ADMIN, who changes routing in the model (bpmn/routing.dmn, Camunda Modeler), never from a page.
 */
public interface SectorRoutes {

    /** A sector's lead agency (null: intake chooses at screening) and supporting agencies. */
    record Route(String sector, String lead, List<String> supporting) {

        public boolean involves(String agency) {
            return agency.equals(lead) || supporting.contains(agency);
        }
    }

    /** The routes of these sectors (a sector the decision has no rule for: lead null, no supporting agency). */
    Map<String, Route> routes(Collection<String> sectors);
}
