package org.coopflow.account;

/**
 * An ADMIN moved an account to another organisation (published in the same transaction): what counts per agency by
 * the holder's organisation, such as the tasks the account holds, counts elsewhere from now on.
 */
public record AccountOrganisationChanged(String username) {
}
