package org.coopflow.mou;

import java.util.Map;
import java.util.Set;

import org.coopflow.tasklist.TaskContext;
import org.coopflow.tasklist.TaskStepHandler;
import org.springframework.stereotype.Component;

/** Each completed draft becomes a new MOU version (the text lives in mou_version, not in the process). */
@Component
class DraftMouStep implements TaskStepHandler {

    private final MouVersions versions;

    DraftMouStep(MouVersions versions) {
        this.versions = versions;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("draftMou");
    }

    @Override
    public void completed(TaskContext task, Map<String, Object> values) {
        versions.addVersion(task.requestId(), (String) values.get("mouTitle"), (String) values.get("mouText"),
                (String) values.get("changeSummary"), task.user().username());
    }
}
