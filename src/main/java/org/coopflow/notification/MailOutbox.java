package org.coopflow.notification;

import java.time.Clock;
import java.util.List;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' view of the outbox: what failed, what waits, and a retry. ADMIN only. */
@Service
public class MailOutbox {

    static final int SHOWN = 200;

    private final NotificationMapper mapper;
    private final OutboxWorker worker;
    private final Clock clock;

    MailOutbox(NotificationMapper mapper, OutboxWorker worker, Clock clock) {
        this.mapper = mapper;
        this.worker = worker;
        this.clock = clock;
    }

    public record Overview(long failedCount, long pendingCount, List<OutboxEntry> failed, List<OutboxEntry> pending) {
    }

    public Overview overview(CurrentUser user) {
        requireAdmin(user);
        return new Overview(mapper.countByStatus(NotificationStatus.FAILED),
                mapper.countByStatus(NotificationStatus.PENDING),
                mapper.findByStatus(NotificationStatus.FAILED, SHOWN), mapper.findByStatus(NotificationStatus.PENDING, SHOWN));
    }

    /** A FAILED mail goes back to the outbox, due now, with a fresh count of attempts. */
    @Transactional
    public void retry(CurrentUser user, long id) {
        requireAdmin(user);
        if (mapper.retry(id, clock.instant()) == 0) {
            throw new NotFoundException("mailOutbox.notFailed", id);
        }
        worker.deliverSoon();
    }

    /** @return how many mails went back to the outbox */
    @Transactional
    public int retryAllFailed(CurrentUser user) {
        requireAdmin(user);
        int retried = mapper.retryAllFailed(clock.instant());
        worker.deliverSoon();
        return retried;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("mailOutbox.forbidden");
        }
    }
}
