package org.coopflow.reference;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads of the reference tables, and the revision counter of their names. */
@Mapper
public interface ReferenceMapper {

    /** A name of a code in one language (reference_name). */
    record NameRow(String kind, String code, String locale, String name, String description) {
    }

    List<Sector> findSectors();

    Sector findSector(@Param("code") String code);

    /** The codes of a list (SECTOR, MODALITY, LANGUAGE) in their order; only those offered when activeOnly. */
    List<ListItem> findListItems(@Param("kind") String kind, @Param("activeOnly") boolean activeOnly);

    ListItem findListItem(@Param("kind") String kind, @Param("code") String code);

    List<Organisation> findOrganisations(@Param("kind") String kind);

    Organisation findOrganisation(@Param("code") String code);

    List<NameRow> findAllNames();

    List<NameRow> findNames(@Param("kind") String kind, @Param("code") String code);

    long revision();

    void raiseRevision();
}
