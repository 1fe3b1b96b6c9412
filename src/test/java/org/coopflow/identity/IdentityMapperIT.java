package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * IdentityMapper on MariaDB: the demo users of db/demo (password "demo"), their groups and roles, and
 * users of the test's own (rolled back).
 */
@Transactional
class IdentityMapperIT extends MariaDbIntegrationTest {

    /** Every demo user with its organisation and its one group (R__demo_data.sql). */
    static final Map<String, String[]> DEMO = Map.ofEntries(
            Map.entry("partner-kh", new String[] {"KH-MOI", "partner:KH-MOI", "PARTNER"}),
            Map.entry("partner-gt", new String[] {"GT-MINGOB", "partner:GT-MINGOB", "PARTNER"}),
            Map.entry("intake", new String[] {"MOIS", "intake", "INTAKE"}),
            Map.entry("intake-2", new String[] {"MOIS", "intake", "INTAKE"}),
            Map.entry("coord-mois", new String[] {"MOIS", "coordinator:MOIS", "COORDINATOR"}),
            Map.entry("coord-komsco", new String[] {"KOMSCO", "coordinator:KOMSCO", "COORDINATOR"}),
            Map.entry("coord-nec", new String[] {"NEC", "coordinator:NEC", "COORDINATOR"}),
            Map.entry("coord-molit", new String[] {"MOLIT", "coordinator:MOLIT", "COORDINATOR"}),
            Map.entry("expert-mois", new String[] {"MOIS", "expert:MOIS", "EXPERT"}),
            Map.entry("expert-mois-2", new String[] {"MOIS", "expert:MOIS", "EXPERT"}),
            Map.entry("expert-komsco", new String[] {"KOMSCO", "expert:KOMSCO", "EXPERT"}),
            Map.entry("expert-nec", new String[] {"NEC", "expert:NEC", "EXPERT"}),
            Map.entry("expert-molit", new String[] {"MOLIT", "expert:MOLIT", "EXPERT"}),
            Map.entry("legal", new String[] {"MOLEG", "legal", "LEGAL"}),
            Map.entry("manager", new String[] {"MOIS", "manager", "MANAGER"}),
            Map.entry("admin", new String[] {"MOIS", "admin", "ADMIN"}));

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    /** bcrypt of "secret", computed once (hashing per user would cost ~0.1 s each). */
    private static final String SECRET_HASH = BCRYPT.encode("secret");

    @Autowired
    IdentityMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    private String prefix;

    @BeforeEach
    void unique() {
        prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Stream<Arguments> demoUsers() {
        return DEMO.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1], Role.valueOf(e.getValue()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}, group {2}")
    @MethodSource("demoUsers")
    void demoUserWithBcryptPasswordAndGroup(String username, String organisation, String group, Role role) {
        UserAccount user = mapper.findUser(username);

        assertThat(user).isNotNull();
        assertThat(user.username()).isEqualTo(username);
        assertThat(user.organisationCode()).isEqualTo(organisation);
        assertThat(user.displayName()).isNotBlank();
        assertThat(user.email()).contains("@");
        assertThat(user.enabled()).isTrue();
        // a bcrypt hash (never the password itself) that matches the demo password
        assertThat(user.passwordHash()).matches("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}").doesNotContain("demo");
        assertThat(BCRYPT.matches("demo", user.passwordHash())).isTrue();
        assertThat(BCRYPT.matches("wrong", user.passwordHash())).isFalse();

        List<GroupMembership> groups = mapper.findGroupsOfUser(username);
        assertThat(groups).extracting(GroupMembership::groupId).containsExactly(group);
        assertThat(groups.get(0).role()).isEqualTo(role);
        assertThat(groups.get(0).groupName()).isNotBlank();
    }

    @Test
    void membershipsCarryTheirGroupsAgency() {
        assertThat(mapper.findGroupsOfUser("coord-komsco")).containsExactly(new GroupMembership("coordinator:KOMSCO",
                "Coordinators, Korea Minting, Security Printing & ID Card Operating Corporation", Role.COORDINATOR,
                "KOMSCO"));
        assertThat(mapper.findGroupsOfUser("partner-kh")).containsExactly(new GroupMembership("partner:KH-MOI",
                "Cambodia Ministry of Interior", Role.PARTNER, "KH-MOI"));
        assertThat(mapper.findGroupsOfUser("legal")).containsExactly(new GroupMembership("legal",
                "Legal reviewers", Role.LEGAL, null));
    }

    @Test
    void demoUsersKeepTheirProfile() {
        UserAccount partner = mapper.findUser("partner-gt");

        assertThat(partner.displayName()).isEqualTo("María López");
        assertThat(partner.email()).isEqualTo("maria.lopez@mingob.gob.gt.example");
        assertThat(mapper.findUser("coord-mois").displayName()).isEqualTo("Kim Min-jun");
    }

    @Test
    void unknownUserHasNoAccountAndNoGroups() {
        assertThat(mapper.findUser(prefix + "-nobody")).isNull();
        assertThat(mapper.findGroupsOfUser(prefix + "-nobody")).isEmpty();
    }

    @Test
    void userWithSeveralGroupsHasThemAllSortedById() {
        String user = createUser(prefix + "-multi", "MOIS", "Kim 김민준 🧑‍💼", true);
        join(user, "intake");
        join(user, "coordinator:MOIS");
        join(user, "expert:MOIS");

        assertThat(mapper.findGroupsOfUser(user)).extracting(GroupMembership::groupId, GroupMembership::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("coordinator:MOIS", Role.COORDINATOR),
                        org.assertj.core.groups.Tuple.tuple("expert:MOIS", Role.EXPERT),
                        org.assertj.core.groups.Tuple.tuple("intake", Role.INTAKE));
        assertThat(mapper.findUser(user).displayName()).isEqualTo("Kim 김민준 🧑‍💼");
    }

    @Test
    void disabledUserIsReadWithItsFlag() {
        String user = createUser(prefix + "-off", "NEC", "Retired official", false);

        assertThat(mapper.findUser(user).enabled()).isFalse();
    }

    @Test
    void findUsersFiltersByNameOrganisationAndGroupAndPages() {
        String a = createUser(prefix + "-a", "NAK", "Archivist A", true);
        String b = createUser(prefix + "-b", "NAK", "Archivist B", true);
        String c = createUser(prefix + "-c", "NAK", "Archivist C", true);
        String other = createUser(prefix + "-d", "KCS", "Customs officer", true);
        join(a, "coordinator:NAK");
        join(b, "expert:NAK");
        join(c, "expert:NAK");
        join(other, "expert:KCS");

        assertThat(names(mapper.findUsers(a, null, null, 0, 10))).containsExactly(a);
        assertThat(names(mapper.findUsers(null, null, "NAK", 0, 100))).containsSequence(a, b, c).doesNotContain(other);
        assertThat(names(mapper.findUsers(null, "expert:NAK", "NAK", 0, 100))).containsSequence(b, c).doesNotContain(a);
        assertThat(names(mapper.findUsers(b, "expert:NAK", null, 0, 10))).containsExactly(b);
        assertThat(names(mapper.findUsers(a, "expert:NAK", null, 0, 10))).isEmpty();
        assertThat(names(mapper.findUsers(other, null, "NAK", 0, 10))).isEmpty();

        // paging: the three NAK users of this test, one page at a time, in username order
        List<String> all = names(mapper.findUsers(null, null, "NAK", 0, 1000));
        int start = all.indexOf(a);
        assertThat(names(mapper.findUsers(null, null, "NAK", start, 2))).containsExactly(a, b);
        assertThat(names(mapper.findUsers(null, null, "NAK", start + 2, 2))).startsWith(c);
    }

    @Test
    void findUsersWithoutFilterListsTheDemoUsersInOrder() {
        List<String> all = names(mapper.findUsers(null, null, null, 0, 10_000));

        assertThat(all).containsAll(DEMO.keySet());
        // database collation order; the demo names compare the same way in Java
        assertThat(all.stream().filter(DEMO::containsKey).toList()).isSorted();
        assertThat(names(mapper.findUsers(null, "intake", null, 0, 100))).contains("intake", "intake-2");
        assertThat(names(mapper.findUsers(null, "partner:KH-MOI", "KH-MOI", 0, 100))).contains("partner-kh")
                .doesNotContain("partner-gt");
    }

    @Test
    void findGroupsByIdOrMember() {
        assertThat(mapper.findGroups("coordinator:MOIS", null, 0, 10)).containsExactly(new GroupMembership(
                "coordinator:MOIS", "Coordinators, Ministry of the Interior and Safety", Role.COORDINATOR, "MOIS"));
        assertThat(mapper.findGroups(null, "expert-molit", 0, 10)).extracting(GroupMembership::groupId)
                .containsExactly("expert:MOLIT");
        assertThat(mapper.findGroups("intake", "intake-2", 0, 10)).hasSize(1);
        assertThat(mapper.findGroups("manager", "intake-2", 0, 10)).isEmpty();
        assertThat(mapper.findGroups(prefix, null, 0, 10)).isEmpty();
    }

    @Test
    void everyAgencyHasACoordinatorAndAnExpertGroup() {
        List<GroupMembership> groups = mapper.findGroups(null, null, 0, 10_000);

        assertThat(groups).extracting(GroupMembership::groupId)
                .contains("intake", "legal", "manager", "admin", "partner:KH-MOI", "partner:GT-MINGOB");
        assertThat(groups.stream().map(GroupMembership::groupId)
                .filter(id -> List.of("admin", "coordinator:MOIS", "expert:NEC", "intake", "legal", "manager",
                        "partner:GT-MINGOB", "partner:KH-MOI").contains(id)).toList())
                .containsExactly("admin", "coordinator:MOIS", "expert:NEC", "intake", "legal", "manager",
                        "partner:GT-MINGOB", "partner:KH-MOI");
        for (String agency : List.of("BUSAN", "KCS", "KEIS", "KOMSCO", "MOE", "MOEL", "MOHW", "MOIS", "MOLEG", "MOLIT",
                "NAK", "NEC", "NIA", "SMG")) {
            assertThat(groups).contains(
                    new GroupMembership("coordinator:" + agency, groupName("coordinator:" + agency), Role.COORDINATOR, agency),
                    new GroupMembership("expert:" + agency, groupName("expert:" + agency), Role.EXPERT, agency));
        }
        assertThat(mapper.findGroups(null, null, 0, 3)).hasSize(3);
        assertThat(mapper.findGroups(null, null, 1, 2)).containsExactlyElementsOf(groups.subList(1, 3));
    }

    @Test
    void preferencesAreUpdatedForThatUserOnly() {
        String user = createUser(prefix + "-prefs", "MOIS", "Preferences test", true);
        String neighbour = createUser(prefix + "-prefs2", "MOIS", "Neighbour", true);

        mapper.updatePreferences(user, "km", "Asia/Phnom_Penh");

        UserAccount updated = mapper.findUser(user);
        assertThat(updated.locale()).isEqualTo("km");
        assertThat(updated.timeZone()).isEqualTo("Asia/Phnom_Penh");
        assertThat(mapper.findUser(neighbour).locale()).isEqualTo("ko");

        mapper.updatePreferences(user, null, null);
        assertThat(mapper.findUser(user).locale()).isNull();
        assertThat(mapper.findUser(user).timeZone()).isNull();
    }

    private String groupName(String id) {
        return jdbc.queryForObject("SELECT name FROM app_group WHERE id = ?", String.class, id);
    }

    private String createUser(String username, String organisation, String displayName, boolean enabled) {
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale, "
                        + "time_zone, enabled) VALUES (?, ?, ?, ?, ?, 'ko', 'Asia/Seoul', ?)",
                username, displayName, username + "@example.org", SECRET_HASH, organisation, enabled);
        return username;
    }

    private void join(String username, String group) {
        jdbc.update("INSERT INTO group_membership (username, group_id) VALUES (?, ?)", username, group);
    }

    private static List<String> names(List<UserAccount> users) {
        return users.stream().map(UserAccount::username).toList();
    }
}
