package org.coopflow.system;

import java.util.Map;

/**
 * Activities a new version of a model renamed (old id → new id), so that instances still running on an older version
 * can be moved onto the latest one ({@link ProcessVersionUpgrade}). The module that owns the model says so.
 */
public interface ActivityRenames {

    String processKey();

    Map<String, String> renamedActivities();
}
