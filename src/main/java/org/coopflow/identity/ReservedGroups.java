package org.coopflow.identity;

import java.util.Set;

/**
 * Group ids that no account may ever hold. {@link #ENGINE_SERVICE} is the internal group with which CoopFlow's own
 * services reach the engine (see org.coopflow.system.EngineIdentity); {@code camunda-admin} is the engine's built-in
 * administrator group. Either in a real membership would let Cockpit or /engine-rest bypass the engine's
 * authorization checks, so they are filtered out of every identity the engine or the webapps see, and the account
 * pages refuse them.
 */
public final class ReservedGroups {

    public static final String ENGINE_SERVICE = "coopflow$engine-service";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private static final Set<String> RESERVED = Set.of(ENGINE_SERVICE, CAMUNDA_ADMIN);

    private ReservedGroups() {
    }

    public static boolean isReserved(String groupId) {
        return groupId != null && RESERVED.contains(groupId);
    }
}
