package org.coopflow.reference;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReferenceMapper {

    List<Sector> findSectors();

    Sector findSector(@Param("code") String code);

    List<Organisation> findOrganisations(@Param("kind") String kind);

    Organisation findOrganisation(@Param("code") String code);
}
