package org.coopflow.consultation;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Plans naming a modality (for the reference administration: a used modality keeps its code). */
@Mapper
interface ConsultationUsageMapper {

    long countPlansWithModality(@Param("modality") String modality);
}
