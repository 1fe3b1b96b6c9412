package org.coopflow.obligation;

/** Who must fulfil an obligation: a Korean agency, or the partner organisation that signed the MOU. */
public enum PartyKind {
    AGENCY, PARTNER
}
