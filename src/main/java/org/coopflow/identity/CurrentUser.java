package org.coopflow.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: the identity every service checks permissions against.
 *
 * @param organisationCode the partner organisation (PARTNER) or the Korean agency of an official
 * @param groups           Camunda candidate groups, e.g. {@code coordinator:MOIS}, {@code partner:KH-MOI}
 */
public record CurrentUser(String username, String displayName, String organisationCode, Set<Role> roles,
                          Set<String> groups) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPartner() {
        return has(Role.PARTNER);
    }

    /** Agencies this user coordinates (from {@code coordinator:<AGENCY>} groups). */
    public Set<String> coordinatedAgencies() {
        return agenciesOf("coordinator:");
    }

    /** Agencies this user is an expert of (from {@code expert:<AGENCY>} groups). */
    public Set<String> expertAgencies() {
        return agenciesOf("expert:");
    }

    public List<String> groupList() {
        return List.copyOf(groups);
    }

    private Set<String> agenciesOf(String prefix) {
        return groups.stream().filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
