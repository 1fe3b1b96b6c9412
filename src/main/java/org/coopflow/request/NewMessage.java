package org.coopflow.request;

import java.time.Instant;

/** Insert parameter for a message; MyBatis writes the generated id back. */
class NewMessage {
    Long id;
    Long requestId;
    String author;
    String authorOrg;
    String body;
    Instant createdAt;
    MessageStatus status = MessageStatus.SENT;

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorOrg() {
        return authorOrg;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
