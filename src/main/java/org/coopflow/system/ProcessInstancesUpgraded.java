package org.coopflow.system;

import java.util.List;

/** Running process instances were moved onto the latest version of their model (their tasks may have new keys). */
public record ProcessInstancesUpgraded(List<String> processInstanceIds) {
}
