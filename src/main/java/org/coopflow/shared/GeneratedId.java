package org.coopflow.shared;

/** Receives the id the database gives a new row (MyBatis {@code useGeneratedKeys}, {@code keyProperty="row.id"}). */
public class GeneratedId {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
