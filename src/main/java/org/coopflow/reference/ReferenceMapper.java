package org.coopflow.reference;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads of the reference tables, and the revision counter of their names. */
@Mapper
public interface ReferenceMapper {

    /** A name of a code in one language (reference_name). */
    record NameRow(String kind, String code, String locale, String name, String description) {
    }

    /** Codes of one list (SECTOR, MODALITY, LANGUAGE) to look up in {@link #findChoices}. */
    record AskedCodes(ReferenceKind kind, Collection<String> codes) {

        public AskedCodes {
            if (!kind.isList()) {
                throw new IllegalArgumentException(kind + " is not a list");
            }
        }
    }

    /**
     * A row of {@link #findChoices}: the organisation ({@code source} ORGANISATION, with its kind, names and country), or
     * an asked code of a list (source SECTOR, MODALITY or LANGUAGE) that the list holds, as it was asked.
     */
    record ChoiceRow(String source, String code, boolean active, String kind, String name, String countryCode,
                     String countryName) {
    }

    List<Sector> findSectors();

    Sector findSector(@Param("code") String code);

    /** The codes of a list (SECTOR, MODALITY, LANGUAGE) in their order; only those offered when activeOnly. */
    List<ListItem> findListItems(@Param("kind") String kind, @Param("activeOnly") boolean activeOnly);

    ListItem findListItem(@Param("kind") String kind, @Param("code") String code);

    /**
     * In one statement: the organisation of this code, and each asked code its list holds (active or not); a code or an
     * organisation not found gives no row.
     */
    List<ChoiceRow> findChoices(@Param("organisationCode") String organisationCode,
                                @Param("lists") List<AskedCodes> lists);

    List<Organisation> findOrganisations(@Param("kind") String kind);

    Organisation findOrganisation(@Param("code") String code);

    List<NameRow> findAllNames();

    List<NameRow> findNames(@Param("kind") String kind, @Param("code") String code);

    long revision();

    void raiseRevision();
}
