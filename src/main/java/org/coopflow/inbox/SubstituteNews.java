package org.coopflow.inbox;

import java.time.Instant;
import java.util.Set;

import org.coopflow.absence.Absence;
import org.coopflow.absence.Absences;
import org.coopflow.absence.SubstituteOffer;
import org.coopflow.absence.SubstituteOffered;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A substitute hears of each step of their absent colleague's that is offered to them as well. */
@Component
class SubstituteNews {

    private final Inbox inbox;
    private final Absences absences;
    private final TaskList taskList;
    private final RequestLifecycle lifecycle;

    SubstituteNews(Inbox inbox, Absences absences, TaskList taskList, RequestLifecycle lifecycle) {
        this.inbox = inbox;
        this.absences = absences;
        this.taskList = taskList;
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onOffered(SubstituteOffered event) {
        SubstituteOffer offer = absences.offer(event.offerId());
        Absence absence = absences.find(offer.absenceId());
        Instant due = taskList.find(offer.taskId()).map(OpenTask::due).orElse(null);
        inbox.deliver(News.of(ItemKind.SUBSTITUTE_OFFERED, lifecycle.find(event.requestId()))
                        .step(offer.taskId(), offer.step(), due).subject(offer.id()).actor(absence.username()),
                Set.of(absence.substitute()));
    }
}
