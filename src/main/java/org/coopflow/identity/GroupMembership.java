package org.coopflow.identity;

/** A group a user belongs to, with the role it confers. */
public record GroupMembership(String groupId, String groupName, Role role, String organisationCode) {
}
