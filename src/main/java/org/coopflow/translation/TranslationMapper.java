package org.coopflow.translation;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TranslationMapper {

    void insert(@Param("requestId") Long requestId, @Param("sourceLanguage") String sourceLanguage,
                @Param("draftProvider") String draftProvider, @Param("titleKo") String titleKo,
                @Param("titleEn") String titleEn, @Param("descriptionKo") String descriptionKo,
                @Param("descriptionEn") String descriptionEn, @Param("requestedAt") Instant requestedAt);

    RequestTranslation find(@Param("requestId") Long requestId);

    int verify(@Param("requestId") Long requestId, @Param("titleKo") String titleKo, @Param("titleEn") String titleEn,
               @Param("descriptionKo") String descriptionKo, @Param("descriptionEn") String descriptionEn,
               @Param("verifiedBy") String verifiedBy, @Param("verifiedAt") Instant verifiedAt);
}
