package org.coopflow.translation;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TextTranslationMapper {

    void insert(@Param("t") NewTextTranslation translation);

    TextTranslation find(@Param("id") Long id);

    TextTranslation findBySubject(@Param("subject") TextTranslation.Subject subject, @Param("subjectId") Long subjectId);

    List<TextTranslation> findOfRequest(@Param("requestId") Long requestId,
                                        @Param("subject") TextTranslation.Subject subject);

    int verify(@Param("id") Long id, @Param("textPartner") String textPartner, @Param("textKo") String textKo,
               @Param("textEn") String textEn, @Param("verifiedBy") String verifiedBy,
               @Param("verifiedAt") Instant verifiedAt);
}
