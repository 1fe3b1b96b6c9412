package org.coopflow.inbox;

import java.time.Duration;
import java.time.Instant;

import org.coopflow.request.RequestLifecycle;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines approaching and passed, from the due dates of the task list: each step due within
 * {@code coopflow.inbox.due-soon} is announced once to whoever holds it (or may take it), and once more when its due
 * date has passed; a step whose due date moves is announced afresh. Steps that were overdue for longer than
 * {@link #LOOK_BACK} when first seen are not announced (the task list shows them as overdue).
 */
@Component
class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    static final Duration LOOK_BACK = Duration.ofDays(7);
    /** Steps read per pass; the rest wait for the next. */
    static final int BATCH = 500;

    private final TaskList taskList;
    private final InboxMapper mapper;
    private final Inbox inbox;
    private final Audience audience;
    private final RequestLifecycle lifecycle;
    private final InboxSettings settings;
    private final TransactionTemplate transaction;

    DeadlineNotices(TaskList taskList, InboxMapper mapper, Inbox inbox, Audience audience, RequestLifecycle lifecycle,
                    InboxSettings settings, PlatformTransactionManager transactions) {
        this.taskList = taskList;
        this.mapper = mapper;
        this.inbox = inbox;
        this.audience = audience;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One pass at this instant. @return how many steps were announced */
    int announce(Instant now) {
        int announced = 0;
        for (OpenTask task : taskList.dueBetween(now.minus(LOOK_BACK), now.plus(settings.dueSoon()), BATCH)) {
            ItemKind kind = task.due().isAfter(now) ? ItemKind.DEADLINE_SOON : ItemKind.DEADLINE_PASSED;
            if (mapper.countDeadlineNotices(task.taskId(), kind, task.due()) > 0) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> {
                    mapper.insertDeadlineNotice(task.taskId(), kind, task.due(), now);
                    inbox.deliver(News.of(kind, lifecycle.find(task.requestId())).step(task),
                            audience.stepHolders(task));
                });
                announced++;
            } catch (DuplicateKeyException announcedElsewhere) {
                log.debug("Deadline of {} already announced", task.taskId());
            }
        }
        return announced;
    }
}
