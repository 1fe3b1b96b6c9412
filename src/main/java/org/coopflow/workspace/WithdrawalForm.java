package org.coopflow.workspace;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The partner's withdrawal: a reason, and an explicit confirmation that this ends the request. */
public class WithdrawalForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    @NotBlank
    @Size(max = 2000)
    private String reason;

    @AssertTrue
    private boolean confirmed;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
