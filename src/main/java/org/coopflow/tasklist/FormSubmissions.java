package org.coopflow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/** Read access to what was submitted through task forms (the text behind each decision). */
@Service
public class FormSubmissions {

    private final FormSubmissionMapper mapper;
    private final ObjectMapper json;

    FormSubmissions(FormSubmissionMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    public List<FormSubmission> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    /** The values of the latest submission of a task on a request (e.g. the screening reason). */
    public Optional<Map<String, Object>> latestValues(Long requestId, String taskKey) {
        return Optional.ofNullable(mapper.findLatest(requestId, taskKey)).map(s -> values(s));
    }

    public Map<String, Object> values(FormSubmission submission) {
        try {
            return json.readValue(submission.valuesJson(), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable form submission " + submission.id(), e);
        }
    }
}
