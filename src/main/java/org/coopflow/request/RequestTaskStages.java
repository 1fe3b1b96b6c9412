package org.coopflow.request;

import java.util.Arrays;
import java.util.List;

import org.coopflow.tasklist.TaskStages;
import org.springframework.stereotype.Component;

/** Every status but the closed ones and SUBMITTED (routing runs before the first task exists). */
@Component
class RequestTaskStages implements TaskStages {

    @Override
    public List<String> open() {
        return Arrays.stream(RequestStatus.values())
                .filter(s -> !s.isClosed() && s != RequestStatus.SUBMITTED)
                .map(Enum::name)
                .toList();
    }
}
