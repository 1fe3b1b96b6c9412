package org.coopflow.attachment;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

    void insert(@Param("attachment") NewAttachment attachment);

    /** Metadata only: lists never read the content. */
    List<Attachment> findByRequest(@Param("requestId") Long requestId);

    /** The content of one attachment of this request, or null. */
    AttachmentFile findFile(@Param("requestId") Long requestId, @Param("id") Long id);
}
