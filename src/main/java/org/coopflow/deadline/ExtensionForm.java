package org.coopflow.deadline;

/** The holder's request for more time, as typed on the page (checked by {@link Extensions#ask}). */
public class ExtensionForm {

    private Integer days;
    private String reason;

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
