package org.coopflow.request;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.CappedCount;

@Mapper
public interface RequestMapper {

    void insert(@Param("request") NewRequest request);

    int incrementCounter(@Param("year") int year);

    void insertCounter(@Param("year") int year);

    int currentCounter(@Param("year") int year);

    void insertAllocation(@Param("year") int year, @Param("number") int number, @Param("at") Instant at);

    Integer lockFreeAllocation(@Param("year") int year, @Param("abandonedBefore") Instant abandonedBefore);

    void renewAllocation(@Param("year") int year, @Param("number") int number, @Param("at") Instant at);

    int deleteAllocation(@Param("year") int year, @Param("number") int number);

    void releaseAllocation(@Param("year") int year, @Param("number") int number);

    void linkProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

    CooperationRequest findById(@Param("id") Long id);

    CooperationRequest findByIdempotencyKey(@Param("partnerOrg") String partnerOrg, @Param("key") String key);

    CooperationRequest findVisible(@Param("id") Long id, @Param("scope") RequestScope scope);

    List<CooperationRequest> findPage(@Param("scope") RequestScope scope, @Param("filter") RequestFilter filter,
                                      @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scope") RequestScope scope, @Param("filter") RequestFilter filter);

    /** Counts at most {@code upTo} requests: a list's count that stops growing with the list (shared.CappedCount). */
    default long countUpTo(RequestScope scope, RequestFilter filter, int upTo) {
        return CappedCount.upTo(upTo, new CappedCount.Part(skip -> findPast(scope, filter, skip) != null,
                () -> count(scope, filter)));
    }

    /** 1 if more than {@code skip} requests are visible and match, null otherwise. */
    Integer findPast(@Param("scope") RequestScope scope, @Param("filter") RequestFilter filter,
                     @Param("skip") int skip);

    void updateStatus(@Param("id") Long id, @Param("status") RequestStatus status, @Param("now") Instant now);

    void close(@Param("id") Long id, @Param("status") RequestStatus status, @Param("reason") String reason,
               @Param("now") Instant now);

    List<RequestAgency> findAgencies(@Param("requestId") Long requestId);

    void deleteAgencies(@Param("requestId") Long requestId);

    void insertAgency(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                      @Param("lead") boolean lead);

    void insertMessage(@Param("message") NewMessage message);

    RequestMessage findMessage(@Param("id") Long id);

    List<RequestMessage> findMessages(@Param("requestId") Long requestId, @Param("sentOnly") boolean sentOnly);

    int releaseMessage(@Param("id") Long id);

    int withholdMessage(@Param("id") Long id);
}
