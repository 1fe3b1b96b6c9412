package org.coopflow.identity;

/** The roles of PROCESS.md; a user's roles are the roles of the groups it belongs to. */
public enum Role {
    PARTNER, INTAKE, COORDINATOR, EXPERT, LEGAL, MANAGER, ADMIN, TRANSLATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
