package org.coopflow.reference;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The writes of reference administration (ADMIN): the lists, organisations and their groups, experts, the names of
 * each in every language and the change log. Every update of an edited row names the version the administrator saw
 * and changes nothing (0 rows) when someone else saved it meanwhile.
 */
@Mapper
interface ReferenceAdminMapper {

    /** A partner organisation or Korean agency as the administration edits it. */
    record OrganisationRow(String code, String kind, String name, String countryCode, String ministryType,
                           String ownLanguage, String timeZone, boolean active, int version) {
    }

    /** A group of an organisation with its members' count. */
    record GroupRow(String id, String role, String name, long members) {
    }

    /** How many accounts an organisation has (organisations without any are not listed). */
    record AccountCount(String organisationCode, long accounts) {
    }

    /** An account of an organisation, as listed on its page (never its password). */
    record AccountRow(String username, String displayName, String email, boolean enabled) {
    }

    /** A registered expert. */
    record ExpertRow(String username, String displayName, boolean enabled, String agencyCode, String title,
                     String languages, int maxLoad, boolean available, int version) {

        /** The languages as codes (the column keeps them comma-separated). */
        public List<String> languageCodes() {
            return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(","));
        }
    }

    // lists (SECTOR, MODALITY, LANGUAGE)

    int insertListItem(@Param("kind") String kind, @Param("code") String code, @Param("sortOrder") int sortOrder);

    int insertSector(@Param("code") String code, @Param("name") String name, @Param("description") String description,
                     @Param("sortOrder") int sortOrder);

    int updateListItem(@Param("kind") String kind, @Param("code") String code, @Param("newCode") String newCode,
                       @Param("sortOrder") int sortOrder, @Param("version") int version);

    int updateSectorEnglish(@Param("code") String code, @Param("name") String name,
                            @Param("description") String description);

    int setListItemActive(@Param("kind") String kind, @Param("code") String code, @Param("active") boolean active,
                          @Param("version") int version);

    long countActive(@Param("kind") String kind);

    // names

    void deleteNames(@Param("kind") String kind, @Param("code") String code);

    void insertName(@Param("kind") String kind, @Param("code") String code, @Param("locale") String locale,
                    @Param("name") String name, @Param("description") String description);

    // organisations

    List<OrganisationRow> findOrganisations(@Param("kind") String kind);

    OrganisationRow findOrganisation(@Param("code") String code);

    int insertOrganisation(@Param("row") OrganisationRow row, @Param("countryName") String countryName);

    int updateOrganisation(@Param("code") String code, @Param("newCode") String newCode,
                           @Param("name") String name, @Param("countryCode") String countryCode,
                           @Param("countryName") String countryName, @Param("ministryType") String ministryType,
                           @Param("ownLanguage") String ownLanguage, @Param("version") int version);

    int setOrganisationActive(@Param("code") String code, @Param("active") boolean active,
                              @Param("version") int version);

    List<AccountRow> findAccounts(@Param("organisationCode") String organisationCode);

    long countAccounts(@Param("organisationCode") String organisationCode);

    List<AccountCount> countAccountsByOrganisation();

    // groups of organisations

    List<GroupRow> findGroups(@Param("organisationCode") String organisationCode);

    void insertGroup(@Param("id") String id, @Param("role") String role, @Param("organisationCode") String code,
                     @Param("name") String name);

    void renameGroup(@Param("id") String id, @Param("name") String name);

    /** Takes an unused organisation's groups off it, before its code changes (they are made again). */
    void deleteGroups(@Param("organisationCode") String organisationCode);

    // experts

    List<ExpertRow> findExperts(@Param("agencyCode") String agencyCode, @Param("sectorCode") String sectorCode,
                                @Param("available") Boolean available);

    ExpertRow findExpert(@Param("username") String username);

    List<String> sectorsOf(@Param("username") String username);

    /** Accounts in an experts' group (expert:AGENCY) not registered as experts yet. */
    List<AccountRow> findExpertCandidates();

    List<String> expertGroupsOf(@Param("username") String username);

    int insertExpert(@Param("username") String username, @Param("agencyCode") String agencyCode,
                     @Param("title") String title, @Param("languages") String languages,
                     @Param("maxLoad") int maxLoad);

    int updateExpert(@Param("username") String username, @Param("agencyCode") String agencyCode,
                     @Param("title") String title, @Param("languages") String languages,
                     @Param("maxLoad") int maxLoad, @Param("available") boolean available,
                     @Param("version") int version);

    int setExpertAvailable(@Param("username") String username, @Param("available") boolean available,
                           @Param("version") int version);

    void deleteExpertSectors(@Param("username") String username);

    void insertExpertSector(@Param("username") String username, @Param("sectorCode") String sectorCode);

    long countExperts(@Param("kind") String kind, @Param("code") String code);

    // the change log

    void insertChange(@Param("kind") String kind, @Param("code") String code, @Param("actor") String actor,
                      @Param("action") String action, @Param("before") String before, @Param("after") String after,
                      @Param("address") String address, @Param("at") Instant at);

    List<ReferenceChange> findChanges(@Param("kind") String kind, @Param("code") String code,
                                      @Param("offset") long offset, @Param("limit") int limit);

    long countChanges(@Param("kind") String kind, @Param("code") String code);

    void moveChanges(@Param("kind") String kind, @Param("code") String code, @Param("newCode") String newCode);
}
